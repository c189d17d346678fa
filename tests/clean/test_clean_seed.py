"""The founding example, clean stage only: two documents, body once, no furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from panchina.clean import clean
from panchina.models import Document, RawDocument

TITLES = [
    'Un altro ex Juve su una panchina di Serie B: l\'Ascoli sceglie un "contiano"',
    "Dalla Juve allo Spartak Mosca: tutto su Carrera",
]
STANDFIRST = (
    "L'ufficialità del nuovo allenatore del club marchigiano dopo l'esonero di Castori per "
    "l'attuale terzultimo posto in classifica"
)
SUBHEADING = "Ascoli, Carrera è ufficialmente il nuovo allenatore"


@pytest.fixture(scope="module")
def docs(seed_path: Path) -> list[Document]:
    return clean(RawDocument(str(seed_path), seed_path.read_text(encoding="utf-8")))


def test_clean_seed_two_documents_with_their_titles(docs):
    assert [d.title for d in docs] == TITLES
    assert [d.text.split("\n\n")[0] for d in docs] == TITLES


def test_clean_seed_no_furniture(docs):
    for doc in docs:
        for junk in ("© RIPRODUZIONE RISERVATA", "RIPRODUZIONE", "Loading...", "\n1\n"):
            assert junk not in doc.text


def test_clean_seed_main_body_once(docs):
    texts = "\n".join(d.text for d in docs)
    assert texts.count("l'Ascoli ha deciso di esonerare Fabrizio Castori") == 1
    assert texts.count("Picchio Village") == 1


def test_clean_seed_standfirst_and_subheading_in_the_first_document(docs):
    first, second = docs
    assert first.text.split("\n\n")[1] == STANDFIRST
    assert f"\n\n{SUBHEADING}\n\n" in first.text
    assert SUBHEADING not in second.text and STANDFIRST not in second.text


def test_clean_seed_sources_and_ids(docs, seed_path: Path):
    assert [d.source for d in docs] == [str(seed_path), f"{seed_path}#2"]
    assert len({d.id for d in docs}) == 2
    again = clean(RawDocument("elsewhere.txt", seed_path.read_text(encoding="utf-8")))
    assert [d.id for d in again] == [d.id for d in docs]


def test_clean_seed_second_document_ends_with_its_body(docs):
    assert docs[1].text.endswith("con l'obiettivo di salvare l'Ascoli.")
    assert docs[0].text.endswith('presso la sala stampa del Picchio Village".')
