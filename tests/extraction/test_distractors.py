"""Sentences a careless reader takes for a coaching change: none is an official one."""

from __future__ import annotations

import pytest

from panchina.extraction import extract_document
from panchina.models import Document, PartialDate


@pytest.mark.parametrize(
    "text",
    [
        "La Juventus ha ufficializzato l'arrivo di Teun Koopmeiners: il centrocampista olandese "
        "ha firmato fino al 2029.",
        "Il Bari ha nominato il nuovo direttore sportivo: è Giuseppe Magalini, che ha firmato un "
        "biennale.",
        "La Roma femminile ha esonerato l'allenatore Alessandro Spugna dopo la sconfitta nel "
        "derby.",
        "La Virtus Bologna ha esonerato il coach Luca Banchi: al suo posto arriva Dusko Ivanovic.",
        "L'allenatore del Pisa Alberto Aquilani ha presentato la sfida di domani contro il Bari "
        "in conferenza stampa.",
        "La Primavera dell'Inter ha un nuovo allenatore: la società ha scelto Andrea Zanchetta.",
        "Esonerato il direttore generale del Cagliari, al suo posto arriva Stefano Melis.",
        "Il Genoa ha ingaggiato l'attaccante Mateo Retegui, che ha firmato un contratto "
        "quinquennale.",
        "L'allenatore della Roma cambia all'intervallo: fuori Dybala, dentro Soulé, e la "
        "partita gira.",
    ],
)
def test_no_official_change(text):
    found = extract_document(Document("d", "t", None, text, PartialDate(2024, 8, 10))).events
    assert [e for e in found if e.status == "official"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Il Bari ha scelto Luca Neri come nuovo allenatore. Neri era stato esonerato dal Pisa il "
        "12 ottobre, dopo sette giornate.",
        "Il Bari ha scelto Luca Neri come nuovo allenatore, al posto di Marco Verdi. Verdi era "
        "arrivato il 10 ottobre al posto dell'esonerato Carlo Bianchi.",
    ],
)
def test_a_change_told_in_the_pluperfect_weeks_before_is_background(text):
    found = extract_document(Document("d", "t", None, text, PartialDate(2025, 2, 10))).events
    assert {(e.type, e.coach.name) for e in found} == {("appointment", "Luca Neri")}


def test_a_resignation_the_club_turned_down_changes_nothing():
    text = (
        "Marco Verdi aveva presentato le dimissioni da allenatore del Pisa domenica, ma il "
        "presidente le ha respinte ieri: il tecnico resta."
    )
    found = extract_document(Document("d", "t", None, text, PartialDate(2025, 2, 10))).events
    assert [e for e in found if e.type == "resignation"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Roma, ufficiale: Federico Guidi è il nuovo allenatore della Primavera.",
        "Il Bari ha confermato Michele Mignani. La Primavera, dopo l'esonero di Rossi, è stata "
        "affidata a Mario Bianchi.",
        "Juventus Women, è Max Canzi il nuovo allenatore\n\nIl club bianconero ha annunciato "
        "che sarà Max Canzi a sedere in panchina dalla prossima stagione al posto di Joe "
        "Montemurro.",
        "Sampdoria, Pietro Accardi è il nuovo direttore sportivo. La presentazione ufficiale "
        "alla stampa è prevista per la prossima settimana.",
    ],
)
def test_another_side_or_a_director_is_no_bench_change(text):
    found = extract_document(Document("d", "t", None, text, PartialDate(2024, 6, 20))).events
    assert [e for e in found if e.status == "official"] == []


@pytest.mark.parametrize(
    "text",
    [
        'Di Francesco si racconta: "L\'esonero dalla Roma? Una ferita".',
        "Reggina, dopo l'esonero di Toscano è il giorno di Baroni: stamattina la firma.",
    ],
)
def test_a_question_or_a_signature_to_come_is_not_official(text):
    found = extract_document(Document("d", "t", None, text, PartialDate(2024, 6, 20))).events
    assert not [e for e in found if e.status == "official" and e.coach.name != "Toscano"]


@pytest.mark.parametrize(
    "text",
    [
        "Il Cittadella ha rinnovato con Roberto Venturato. Alla guida della Primavera arriva "
        "Manuel Iori, finora responsabile degli Allievi.",
        "Venturato sarà affiancato da un nuovo collaboratore tecnico, Giulio Salvalaggio, che "
        "arriva dalla Triestina.",
        "Nessuna novità per la squadra femminile del Cittadella, che resta affidata a Luca Bigon.",
        "«Non siamo qui per fare i nostalgici», ha detto Attilio Lombardo nel breve saluto "
        "registrato per i canali della Sampdoria.",
    ],
)
def test_staff_youth_and_kept_benches_are_no_first_team_change(text):
    found = extract_document(Document("d", "t", None, text, PartialDate(2024, 6, 20))).events
    assert [e for e in found if e.status == "official"] == []


def test_a_player_inheriting_a_players_role_is_no_appointment():
    text = (
        "La Fiorentina ha individuato in Kean il profilo ideale per raccogliere l'eredità di "
        "Nico Gonzalez e per alternarsi con Lucas Beltran."
    )
    found = extract_document(Document("d", "t", None, text, PartialDate(2024, 7, 5))).events
    assert [e for e in found if e.status == "official"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Per la panchina dell'Alessandria il tecnico campano è il favorito, mentre l'ex "
        "allenatore del Lumezzane Mauro Zanin si chiama fuori.",
        "Lecce, è Marco Giampaolo il dopo Luca Gotti: domani la presentazione del nuovo "
        "allenatore al Via del Mare.",
    ],
)
def test_people_named_as_a_reference_are_not_the_news(text):
    found = extract_document(Document("d", "t", None, text, PartialDate(2024, 11, 12))).events
    assert not [
        e for e in found if e.status == "official" and e.coach.name in ("Mauro Zanin", "Luca Gotti")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "«Viali è arrivato in estate con un progetto condiviso e io quel progetto voglio "
        "portarlo avanti», ha detto il presidente della Reggiana respingendo le dimissioni "
        "dell'allenatore.",
        "Il ritorno in A porta invece la firma di Filippo Inzaghi, allenatore del Benevento "
        "dal 2019 al 2021.",
        "Ascoli, Viali rischia. Più indietro nelle gerarchie Paolo Zanetti, anche lui senza "
        "squadra dopo l'esonero di settembre a Empoli: un sondaggio c'è stato, ma senza seguito.",
    ],
)
def test_past_arrivals_and_credits_are_not_news(text):
    found = extract_document(Document("d", "t", None, text, PartialDate(2024, 12, 2))).events
    assert [e for e in found if e.status == "official"] == []


def test_a_resignation_refused_in_the_next_sentence_changes_nothing():
    text = (
        "Dopo la sconfitta di sabato William Viali ha messo sul tavolo le proprie dimissioni. "
        "Il presidente della Reggiana le ha respinte: l'allenatore resta."
    )
    found = extract_document(Document("d", "t", None, text, PartialDate(2024, 12, 2))).events
    assert [e for e in found if e.status == "official"] == []


def test_nobody_speaking_of_a_sacking_is_no_sacking():
    text = (
        "Ufficialmente nessuno parla di esonero dell'allenatore Nicola Bruni, ma a Trapani si dà "
        "per scontato che la partita di domenica sarà decisiva."
    )
    found = extract_document(Document("d", "t", None, text, PartialDate(2019, 11, 7))).events
    assert [e for e in found if e.status == "official"] == []


def test_a_new_sporting_director_in_the_old_ones_place_is_no_coach():
    text = (
        "Lo Spezia ha comunicato la separazione dal direttore sportivo Riccardo Bellandi. Al suo "
        "posto è stato scelto Pietro Garbini. Fiducia confermata all'allenatore Luca Ferrandino."
    )
    found = extract_document(Document("d", "t", None, text, PartialDate(2023, 9, 21))).events
    assert [e for e in found if e.status == "official"] == []
