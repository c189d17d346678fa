"""Career stints from a biography we wrote (facts loosely after a real career)."""

from __future__ import annotations

from panchina.extraction import extract_document
from panchina.models import Document, PartialDate

BIO = """Chi è Roberto Venturato, il nuovo tecnico

Roberto Venturato è il nuovo allenatore del Südtirol. Dopo una lunga carriera da calciatore, \
nel 2000 diventa responsabile del settore giovanile del Cittadella. Nel 2005 entra nello staff \
della prima squadra come collaboratore tecnico. Nel 2015 si trasferisce alla Pro Patria, dove \
resta solo un anno. Nella stagione successiva torna al Cittadella sulla panchina della prima \
squadra e vince il campionato di Serie C. Nel 2022 viene esonerato."""


def stints():
    doc = Document("d-bio", "test", BIO.split("\n")[0], BIO, PartialDate(2023, 6, 20))
    return extract_document(doc).stints


def find(team: str, role: str):
    return [s for s in stints() if s.team.name == team and s.role == role]


def test_stints_youth_coordinator_from_the_year_in_the_sentence():
    (s,) = find("Cittadella", "youth_coordinator")
    assert s.coach.name == "Roberto Venturato" and s.start == PartialDate(2000)


def test_stints_assistant_keeps_the_current_club():
    (s,) = find("Cittadella", "assistant_coach")
    assert s.start == PartialDate(2005)


def test_stints_duration_closes_the_stint():
    (s,) = find("Pro Patria", "head_coach")
    assert (s.start, s.end) == (PartialDate(2015), PartialDate(2016))


def test_stints_dismissal_ends_the_stint_with_its_reason():
    (s,) = [s for s in find("Cittadella", "head_coach")]
    assert s.end == PartialDate(2022) and s.end_reason == "dismissal"


def test_stints_honours_join_the_current_stint():
    (s,) = find("Cittadella", "head_coach")
    assert any(h.startswith("Serie C") or h.startswith("Campionato") for h in s.honours)


def test_stints_an_appointment_opens_a_current_stint():
    (s,) = find("Südtirol", "head_coach")
    assert s.end is None and s.start == PartialDate(2023, 6, 20)


def test_stints_a_coach_kept_or_extended_sits_on_the_bench_now():
    for text in (
        "La Sampdoria smentisce l'esonero dell'allenatore Andrea Pirlo: fiducia confermata.",
        "Il Mantova ha esteso il contratto dell'allenatore Davide Possanzini fino al 2027.",
    ):
        doc = Document("d", "test", None, text, PartialDate(2024, 1, 10))
        got = [(s.coach.name, s.role, s.end) for s in extract_document(doc).stints]
        assert len(got) == 1 and got[0][1:] == ("head_coach", None)
        assert extract_document(doc).stints[0].evidence
