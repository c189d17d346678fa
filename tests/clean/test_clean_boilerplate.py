"""Boilerplate: page furniture out, article text kept, the vocabulary read from the pack."""

from __future__ import annotations

import pytest

from panchina.clean import clean
from panchina.clean.boilerplate import classify
from panchina.lang import load_pack
from panchina.models import RawDocument

HEAD = "Lecco, esonerato Bonazzoli"
BODY = (
    "Il Lecco ha sollevato dall'incarico l'allenatore Emiliano Bonazzoli dopo la sconfitta "
    "casalinga contro la Reggiana, la quinta nelle ultime sei partite."
)
MORE = "Al suo posto arriva Andrea Malgrati, finora alla guida della Primavera bluceleste."


def body_of(text: str) -> str:
    (doc,) = clean(RawDocument("p.txt", text))
    return doc.text


@pytest.mark.parametrize(
    "junk",
    [
        "Loading...",
        "Leggi anche",
        "Condividi",
        "Seguici su",
        "Seguici su Instagram e TikTok",
        "Questo sito utilizza cookie tecnici e di profilazione.",
        "Accetta",
        "Pubblicità",
        "ADV",
        "Iscriviti alla newsletter",
        "Facebook",
        "WhatsApp",
        "Facebook Twitter WhatsApp",
        "- Twitter",
        "(foto Ansa)",
        "Foto: LaPresse",
        "Getty Images",
        "Tutti i diritti riservati",
        "© 2024 Editoriale Lombarda Srl - P.IVA 01234567890",
        "Ultimo aggiornamento: 12 marzo 2024, 18:32",
        "Leggi anche: Reggiana, Nesta resta al suo posto",
        "3 min di lettura",
        "Home | Serie A | Serie B | Serie C | Calciomercato",
        "Home » Calcio » Serie C",
        "Home / Next Gen / Notizie",
        "Pubblicato il 25/02/2025 alle 09:15",
        "Redazione | Lettura: 2 minuti",
        "Rispondi | Segnala",
        "COMMENTI (4) bianconero_77 - 25/02/2025 09:40 Giusto così, fuori tutti.",
        "Lascia un commento",
        "Commenti: 14",
        "Articolo precedente: Reggiana, Nesta resta al suo posto",
        "#Lecco #SerieB #Bonazzoli",
        "Usiamo i cookie per migliorare la tua esperienza",
    ],
)
def test_boilerplate_furniture_line_removed(junk: str):
    text = body_of(f"{HEAD}\n\n{BODY}\n\n{junk}\n\n{MORE}\n")
    assert text == f"{HEAD}\n\n{BODY}\n\n{MORE}"


@pytest.mark.parametrize(
    "kept",
    [
        "Il club ha condiviso la scelta con i tifosi su Facebook e Twitter.",
        "La foto della squadra è stata scattata prima della partita.",
        "Le riprese tv non sono riproduzione riservata di nessuno, dice il presidente.",
        "Ecco i tre motivi dell'esonero: 1. i risultati; 2. il gioco; 3. lo spogliatoio.",
        "Guarda anche tu la partita: si gioca stasera alle 20.30 al Rigamonti-Ceppi.",
    ],
)
def test_boilerplate_article_sentences_kept(kept: str):
    assert kept in body_of(f"{HEAD}\n\n{BODY}\n\n{kept}\n\n{MORE}")


@pytest.mark.parametrize(
    "related",
    [
        "1\nReggiana, Nesta resta al suo posto\n2\nFeralpisalò, via Zaffaroni",
        "1. Reggiana, Nesta resta al suo posto\n2. Feralpisalò, via Zaffaroni",
        "1) Reggiana, Nesta resta al suo posto\n\n2) Feralpisalò, via Zaffaroni",
    ],
)
def test_boilerplate_trailing_numbered_headlines_removed(related: str):
    text = body_of(f"{HEAD}\n\n{BODY}\n\n{MORE}\n\n© RIPRODUZIONE RISERVATA\n{related}")
    assert text == f"{HEAD}\n\n{BODY}\n\n{MORE}"


def test_boilerplate_numbered_list_inside_the_article_kept():
    steps = "1. Il modulo cambia\n2. La difesa torna a tre"
    text = body_of(f"{HEAD}\n\n{BODY}\n\n{steps}\n\n{MORE}")
    assert "1. Il modulo cambia" in text and "2. La difesa torna a tre" in text


@pytest.mark.parametrize(
    "related",
    [
        "Leggi anche:\nReggiana, Nesta resta al suo posto\nFeralpisalò, via Zaffaroni",
        "LEGGI ANCHE\n\nReggiana, Nesta resta al suo posto",
        "Ti potrebbe interessare\n\n- Reggiana, Nesta resta al suo posto\n\n- Feralpisalò, via "
        "Zaffaroni",
        "Altre notizie di sport\n» Reggiana, Nesta resta al suo posto\n» Feralpisalò, via "
        "Zaffaroni",
        "I più letti\n1. Reggiana, Nesta resta al suo posto\n2. Feralpisalò, via Zaffaroni",
    ],
)
def test_boilerplate_lead_in_and_its_headlines_removed(related: str):
    text = body_of(f"{HEAD}\n\n{BODY}\n\n{related}\n\n{MORE}")
    assert text == f"{HEAD}\n\n{BODY}\n\n{MORE}"


def test_boilerplate_lead_in_stops_at_body_text():
    text = body_of(f"{HEAD}\n\nLeggi anche\n{BODY}\n\n{MORE}")
    assert text == f"{HEAD}\n\n{BODY}\n\n{MORE}"


def test_boilerplate_labels():
    lines = ["Titolo della pagina", "", "Loading...", "© RIPRODUZIONE RISERVATA", "Testo."]
    assert classify(lines, load_pack("it")) == ["text", "blank", "furniture", "end", "text"]


def test_boilerplate_vocabulary_is_data():
    data = load_pack("it")["boilerplate"]
    assert {"lines", "patterns"} <= set(data["furniture"])
    assert data["related"]["lead_ins"] and data["boundaries"]["article_end"]
    assert all(line == line.lower() for line in data["furniture"]["lines"])


def test_boilerplate_a_comment_header_and_its_comment_removed():
    comments = (
        "3 commenti\nmarco_78 · 2 ore fa\nEra ora, fuori tutti\nbeppe - 25/02/2025 09:58\n"
        "Non sono d'accordo con la società."
    )
    text = body_of(f"{HEAD}\n\n{BODY}\n\n{MORE}\n\n{comments}")
    assert text == f"{HEAD}\n\n{BODY}\n\n{MORE}"


def test_boilerplate_a_short_list_of_words_in_the_article_is_kept():
    kept = "Difesa, centrocampo, attacco: tutto da rifare."
    assert kept in body_of(f"{HEAD}\n\n{BODY}\n\n{kept}\n\n{MORE}")


def test_boilerplate_related_headlines_marked_with_angle_brackets_removed():
    text = (
        "Il Latina conferma Boscaglia dopo la sconfitta di Caserta.\n\n"
        "TI POTREBBERO INTERESSARE ANCHE:\n"
        "> Serie C, il Trapani cambia ancora: ufficiale il nuovo allenatore\n"
        "> Sorrento, le dimissioni del tecnico scuotono l'ambiente\n"
    )
    body = body_of(text)
    assert "Trapani" not in body and "Sorrento" not in body
    assert "Boscaglia" in body


def test_boilerplate_breadcrumb_with_angle_brackets_removed():
    body = body_of(
        "Home > Notizie > Genoa > Esonero Juric\n\nIl Genoa ha esonerato Ivan Juric dopo il derby."
    )
    assert "Notizie" not in body and "Juric dopo il derby" in body
