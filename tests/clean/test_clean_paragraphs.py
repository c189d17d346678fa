"""Paragraphs: blank-line, one-per-line and hard-wrapped pages give the same paragraphs."""

from __future__ import annotations

import pytest

from panchina.clean import clean, page_blocks
from panchina.clean.paragraphs import normalise
from panchina.models import RawDocument

HEAD = "Bari, esonerato Mignani"
P1 = (
    "Il Bari ha esonerato l'allenatore Michele Mignani dopo il pareggio interno con il "
    "Cosenza, il terzo consecutivo."
)
P2 = "La società ha ringraziato il tecnico per il lavoro svolto, a partire dalla promozione."
P3 = "Il successore sarà annunciato nelle prossime ore: in pole c'è Pasquale Marino."


def paragraphs(text: str) -> list[str]:
    return [b.text for b in page_blocks(text)]


def wrap(text: str, width: int = 72) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


@pytest.mark.parametrize(
    "text",
    [
        f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}",
        f"{HEAD}\n{P1}\n{P2}\n{P3}",  # one paragraph per line
        f"{HEAD}\n\n{wrap(P1)}\n\n{wrap(P2)}\n\n{wrap(P3)}",  # hard-wrapped
        f"{HEAD}\r\n\r\n{P1}\r\n\r\n{P2}\r\n\r\n{P3}\r\n",
    ],
)
def test_paragraphs_same_whatever_the_layout(text: str):
    assert paragraphs(text) == [HEAD, P1, P2, P3]


def test_paragraphs_wrapped_without_blank_lines_break_at_short_sentence_ends():
    text = "\n".join([HEAD, wrap(P1, 60), wrap(P2, 60)])
    assert paragraphs(text)[1:] == [P1, P2]


def test_paragraphs_continuation_line_joined():
    assert paragraphs(f"{HEAD}\nIl Bari ha esonerato\nl'allenatore Mignani.") == [
        HEAD,
        "Il Bari ha esonerato l'allenatore Mignani.",
    ]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Il Bari Ã¨ giÃ\u00a0 al lavoro", "Il Bari è già al lavoro"),
        ("lâ€™allenatore Â«esoneratoÂ»", "l’allenatore «esonerato»"),
        ("perch&egrave; &laquo;no&raquo;", "perchè «no»"),
        ("cosi\u0300", "così"),  # decomposed accent composed
        ("a\u00a0b\u2009c\u200bd\u00adе", "a b cdе"),
        ("PERCHÈ’ così", "PERCHÈ’ così"),  # real text, not mojibake
    ],
)
def test_paragraphs_normalise(raw: str, expected: str):
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    "mangled, expected",
    [
        ("La societÃ\u00a0 ha giÃ\u00a0 scelto lâ€™erede.", "La società ha già scelto l’erede."),
        ("La societÃ  ha giÃ  scelto lâ€™erede.", "La società ha già scelto l’erede."),
        ("La societÃ  ha giÃ  scelto l'erede.", "La società ha già scelto l'erede."),
    ],
)
def test_paragraphs_mojibake_page_cleaned_end_to_end(mangled: str, expected: str):
    (doc,) = clean(RawDocument("p.txt", f"{HEAD}\n\n{mangled}"))
    assert doc.text == f"{HEAD}\n\n{expected}"


def test_list_items_stay_apart_without_full_stops():
    text = (
        "Ecco il riepilogo:\n"
        "• Sampdoria: fuori Di Francesco (7/10), dentro Ranieri, che firma il 12/10\n"
        "• Milan: fuori Giampaolo (8/10), dentro Pioli il giorno seguente\n"
        "A febbraio:\n"
        "- Roma (2 febbraio) – esonerato Zeman\n"
        "- Palermo (24 febbraio) – torna Gasperini"
    )
    assert paragraphs(text)[1:] == [
        "• Sampdoria: fuori Di Francesco (7/10), dentro Ranieri, che firma il 12/10",
        "• Milan: fuori Giampaolo (8/10), dentro Pioli il giorno seguente",
        "A febbraio:",
        "- Roma (2 febbraio) – esonerato Zeman",
        "- Palermo (24 febbraio) – torna Gasperini",
    ]
