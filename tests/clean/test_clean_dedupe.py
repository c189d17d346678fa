"""Dedupe: a block pasted twice is kept once, whatever its small differences."""

from __future__ import annotations

import pytest

from panchina.clean import clean
from panchina.clean.dedupe import first_copies, normal_form
from panchina.models import RawDocument

HEAD = "Spezia, via Alvini"
P1 = (
    "Lo Spezia ha esonerato Massimiliano Alvini dopo il pareggio contro la Ternana, che lascia "
    "i liguri al penultimo posto della classifica di Serie B."
)
P2 = "Il club ha scelto Luca D'Angelo, ex allenatore del Pisa, che firmerà fino al 2025."
SUB = "Le prime parole"
P3 = (
    "«Sono felice di essere qui, la squadra ha valori importanti e possiamo salvarci», ha "
    "detto D'Angelo nella conferenza stampa di presentazione."
)


def texts(text: str) -> str:
    return "\n\n".join(d.text for d in clean(RawDocument("p.txt", text)))


def test_dedupe_repeated_block_kept_once():
    once = f"{P1}\n\n{P2}\n\n{SUB}\n\n{P3}"
    out = texts(f"{HEAD}\n\n{once}\n\n{once}")
    assert out == f"{HEAD}\n\n{once}"


@pytest.mark.parametrize(
    "copy",
    [
        P1.upper(),
        P1.replace(" ", "  "),
        P1.replace("'", "’"),
        P1.replace("penultimo", "penultimmo"),  # a typo
        P1.replace("Ternana", "Ternana,"),
    ],
)
def test_dedupe_near_identical_long_paragraph_dropped(copy: str):
    assert texts(f"{HEAD}\n\n{P1}\n\n{P2}\n\n{copy}") == f"{HEAD}\n\n{P1}\n\n{P2}"


def test_dedupe_different_long_paragraphs_kept():
    other = P1.replace("Alvini", "Gotti").replace("Ternana", "Cittadella")
    assert texts(f"{HEAD}\n\n{P1}\n\n{other}").count("esonerato") == 2


def test_dedupe_lone_short_repeat_kept_but_immediate_repeat_dropped():
    keep = first_copies([SUB, P1, SUB, P2])
    assert keep == [True, True, True, True]
    assert first_copies([SUB, SUB, P1]) == [True, False, True]


def test_dedupe_run_of_short_repeats_in_order_dropped():
    assert first_copies(["Uno due", "Tre quattro", P1, "Uno due", "Tre quattro"]) == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_dedupe_short_paragraph_inside_a_repeated_block_dropped():
    assert first_copies([P1, SUB, P3, P2, P1, SUB, P3]) == [True] * 4 + [False] * 3


def test_dedupe_normal_form():
    assert normal_form("  L’Ascoli  «sceglie»\nCarrera ") == 'l\'ascoli "sceglie" carrera'


def test_dedupe_many_paragraphs_stays_fast():
    paragraphs = [f"{P1} Variante numero {i} con parole diverse {i * 7919}." for i in range(3000)]
    assert sum(first_copies(paragraphs + paragraphs)) <= 3000
