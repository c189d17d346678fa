"""Events from sentences we wrote: type, coach, club, status, links, position, reason."""

from __future__ import annotations

import pytest

from panchina.extraction import extract_document
from panchina.models import Document, PartialDate

PUB = PartialDate(2023, 11, 14)


def events(text: str, published: PartialDate | None = PUB, title: str | None = None):
    body = f"{title}\n\n{text}" if title else text
    doc = Document("d-test", "test", title, body, published)
    return extract_document(doc).events


def summary(text: str, **kw) -> set[tuple[str, str, str, str]]:
    return {(e.type, e.status, e.club.name, e.coach.name) for e in events(text, **kw)}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Il Bari ha esonerato Michele Mignani dopo la sconfitta interna.",
            ("dismissal", "official", "Bari", "Michele Mignani"),
        ),
        ("Fabio Grosso è stato sollevato dall'incarico di allenatore del Lione.", None),
        (
            "La Sampdoria ha sollevato dalla guida tecnica Andrea Pirlo.",
            ("dismissal", "official", "Sampdoria", "Andrea Pirlo"),
        ),
        (
            "Paolo Zanetti non è più l'allenatore dell'Empoli.",
            ("dismissal", "official", "Empoli", "Paolo Zanetti"),
        ),
        (
            "Marco Baroni si è dimesso dalla guida dell'Hellas Verona.",
            ("resignation", "official", "Hellas Verona", "Marco Baroni"),
        ),
        (
            "Il Lecco e il tecnico Luciano Foschi hanno raggiunto la risoluzione consensuale.",
            ("mutual_termination", "official", "Lecco", "Luciano Foschi"),
        ),
    ],
)
def test_events_departure_phrasings(text, expected):
    found = summary(text)
    if expected is None:
        assert not any(
            t == "dismissal" and s == "official" and c != "Lione" for t, s, c, _ in found
        )
    else:
        assert expected in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Il Palermo ha affidato la conduzione tecnica della prima squadra a Michele Mignani.",
            ("appointment", "official", "Palermo", "Michele Mignani"),
        ),
        (
            "Roberto D'Aversa è il nuovo allenatore del Lecce.",
            ("appointment", "official", "Lecce", "Roberto D'Aversa"),
        ),
        (
            "Luca Gotti siederà sulla panchina del Lecce: lo ha comunicato il club.",
            ("appointment", "official", "Lecce", "Luca Gotti"),
        ),
        (
            "Alberto Aquilani subentra a Stefano Vecchi sulla panchina del Catanzaro.",
            ("appointment", "official", "Catanzaro", "Alberto Aquilani"),
        ),
    ],
)
def test_events_appointment_phrasings(text, expected):
    assert expected in summary(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mignani rischia l'esonero dopo l'ennesima sconfitta del Bari.",
        "Il nome di Fabio Cannavaro è in pole per la panchina dell'Udinese.",
        "Secondo indiscrezioni, il Genoa avrebbe esonerato Alberto Gilardino.",
        "Stamattina Davide Nicola firmerà con l'Empoli.",
        "Per la panchina del Bari manca solo l'annuncio: sarà Pasquale Marino.",
    ],
)
def test_events_hedges_are_never_official(text):
    assert all(e.status != "official" for e in events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Il Sassuolo smentisce l'esonero di Alessio Dionisi: il tecnico resta al suo posto.",
        "Il Bari non ha esonerato Michele Mignani, nonostante la sconfitta.",
        "Non sarà Fabio Grosso il nuovo allenatore della Sampdoria.",
        "Il Padova blinda Torrente: «Nessun esonero, nessun contatto con l'allenatore Oddo».",
        "Il dirigente spegne le voci sul Catania: «Non abbiamo contattato il tecnico Marino». "
        "Qualche sito parlava di contatti con Pasquale Marino per la panchina.",
        "A Salerno i tifosi non hanno preso bene il mancato arrivo del tecnico Alessio Dionisi.",
    ],
)
def test_events_denials_are_denied(text):
    found = events(text)
    assert found and all(e.status == "denied" for e in found)


def test_events_player_transfer_is_not_a_coaching_event():
    text = (
        "Ufficiale l'arrivo di Gianluca Scamacca all'Atalanta: l'attaccante ha firmato "
        "fino al 2028."
    )
    assert events(text) == []


def test_events_appointment_links_predecessor_and_successor():
    text = (
        "L'Ascoli ha esonerato William Viali. Al suo posto la società ha scelto Fabrizio "
        "Castori, che torna sulla panchina del Picchio."
    )
    found = {e.type: e for e in events(text)}
    assert found["appointment"].replaces.name == "William Viali"
    assert found["dismissal"].replaced_by.name == "Fabrizio Castori"


def test_events_position_counts_from_the_bottom():
    text = "La Ternana, penultima in classifica in Serie B, ha esonerato Cristiano Lucarelli."
    (e,) = [e for e in events(text) if e.type == "dismissal"]
    assert e.position == 19 and e.league == "Serie B" and e.season == "2023-24"


def test_events_reason_names_the_opponent():
    text = "Dopo il ko contro il Cittadella, il Lecco ha esonerato Luciano Foschi."
    (e,) = events(text)
    assert e.reason == "defeat vs Cittadella"


def test_events_date_is_publication_when_unwritten():
    (e,) = events("Il Lecco ha esonerato Luciano Foschi.")
    assert e.date == PartialDate(2023, 11, 14) and e.date.inferred


def test_events_history_in_a_dated_sentence_is_not_news():
    text = "Nel 2015 il Bari esonerò Davide Nicola, che oggi allena altrove."
    assert [e for e in events(text) if e.type == "dismissal"] == []


def test_events_evidence_points_at_the_sentence():
    text = "Brutta notizia. Il Lecco ha esonerato Luciano Foschi. Si attende il sostituto."
    (e,) = events(text)
    ev = e.evidence[0]
    assert text[ev.start : ev.end] == ev.quote == "Il Lecco ha esonerato Luciano Foschi."


def test_events_list_pairs_name_successor_and_predecessor():
    text = (
        "Il punto sulle panchine.\n\nA novembre il Genoa ha cambiato guida tecnica: "
        "Alberto Gilardino per Alexander Blessin."
    )
    (e,) = [e for e in events(text) if e.type == "appointment"]
    assert (e.club.name, e.coach.name, e.replaces.name) == (
        "Genoa",
        "Alberto Gilardino",
        "Alexander Blessin",
    )


def test_events_anaphora_finds_the_coach_named_before():
    text = (
        "Il Cittadella e Edoardo Gorini si separano dopo tre stagioni. La società ha "
        "sollevato il tecnico dall'incarico questa mattina."
    )
    assert ("dismissal", "official", "Cittadella", "Edoardo Gorini") in summary(text)


def test_events_speculation_trigger_is_only_a_rumour():
    text = (
        "Il Sassuolo ha esonerato Alessio Dionisi. Per la successione è in pole Davide Ballardini."
    )
    found = summary(text)
    assert ("appointment", "rumour", "Sassuolo", "Davide Ballardini") in found


def test_events_list_paragraphs_each_have_their_club():
    text = (
        "Tutti i cambi della settimana.\n\nLa Triestina ha esonerato Roberto Bordin.\n\n"
        "Ad Arezzo, invece, la società ha sollevato dall'incarico l'allenatore Paolo Indiani."
    )
    clubs = {c for _, _, c, coach in summary(text) if coach == "Paolo Indiani"}
    assert clubs == {"Arezzo"}


def test_events_past_club_in_a_list_is_not_the_event_club():
    text = (
        "Il nuovo allenatore del Bari è Federico Giampaolo, fratello di Marco Giampaolo, "
        "l'ex allenatore di Sampdoria, Milan e Torino."
    )
    assert summary(text) == {("appointment", "official", "Bari", "Federico Giampaolo")}


@pytest.mark.parametrize(
    "text",
    [
        "Il Pisa ha battuto 2-0 il Como. Per Piero Bassi, a oltre un anno dall'esonero con la "
        "Roma, è una rivincita.",
        "Il Como ha battuto 2-0 il Pisa di Piero Bassi, subentrato lo scorso febbraio a Mario "
        "Rossi. Per i lariani è la terza vittoria di fila.",
    ],
)
def test_events_a_change_told_in_passing_weeks_back_is_not_news(text):
    assert summary(text) == set()


def test_events_no_longer_on_the_bench_is_a_departure():
    text = (
        "Luciano Foschi non siede più sulla panchina del Lecco: la società ha deciso di cambiare."
    )
    assert summary(text) == {("dismissal", "official", "Lecco", "Luciano Foschi")}


def test_events_words_of_the_sentence_before_do_not_disqualify_a_club():
    text = (
        "Serie C, i cambi di panchina\n\nL'ultima è il Catania, che ha salutato Luca Tabbiani. "
        "Di seguito il prospetto, con il girone tra parentesi.\n\n"
        "Brindisi (C) - Ciro Danucci -> esonerato il 25/09 -> dal 26/09 Michele Pazienza\n"
    )
    got = summary(text)
    assert ("dismissal", "official", "Brindisi", "Ciro Danucci") in got
    assert ("appointment", "official", "Brindisi", "Michele Pazienza") in got


def test_events_a_nickname_in_a_story_about_a_reserve_side_means_the_reserve_side():
    text = (
        "Si chiude il ciclo di Massimo Brambilla alla guida della Juventus Next Gen. Il club "
        "bianconero ha comunicato di aver sollevato il tecnico dall'incarico."
    )
    assert {e.club.name for e in events(text)} == {"Juventus Next Gen"}


def test_events_a_list_by_club_labels_its_paragraphs_with_a_dash():
    text = (
        "Serie A, tutti i cambi club per club\n\n"
        "GENOA – Il primo a cadere è stato Davide Ballardini, esonerato il 9 ottobre.\n\n"
        "ROMA – L'ultimo scossone. Il 7 marzo James Pallotta ha esonerato Eusebio Di Francesco "
        "con la squadra quinta in campionato.\n\n"
        "EMPOLI – Ieri sera il presidente ha fatto marcia indietro: via Iachini."
    )
    got = summary(text, published=PartialDate(2019, 4, 10))
    assert ("dismissal", "official", "Genoa", "Davide Ballardini") in got
    assert ("dismissal", "official", "Roma", "Eusebio Di Francesco") in got


def test_events_a_club_after_a_score_is_where_the_match_was():
    text = (
        "Il 3-0 subito ad Ascoli ha convinto il presidente del Cosenza a rompere gli indugi: "
        "nel pomeriggio di ieri il club ha annunciato l'esonero di Davide Dionigi."
    )
    assert {e.club.name for e in events(text)} == {"Cosenza"}


def test_events_a_round_ups_turn_to_go_is_a_dismissal():
    text = (
        "Castori per Viali (Ascoli). Il 16 ottobre, con il Picchio terzultimo, è toccato a "
        "William Viali. Per la successione la proprietà si è affidata a Fabrizio Castori."
    )
    got = summary(text, published=PartialDate(2023, 10, 31))
    assert ("dismissal", "official", "Ascoli", "William Viali") in got
    assert ("appointment", "official", "Ascoli", "William Viali") not in got


def test_events_leaving_the_bench_gives_way_to_how_he_left():
    text = (
        "Salernitana – Giovanni Martusciello ha lasciato la panchina il 18 novembre, esonerato "
        "con la squadra quartultima."
    )
    got = summary(text, published=PartialDate(2024, 11, 30))
    assert got == {("dismissal", "official", "Salernitana", "Giovanni Martusciello")}


@pytest.mark.parametrize(
    "text",
    [
        "Chi è Fabrizio Tazzioli, il nuovo allenatore del Cesena\n\nIeri il Cesena ha affidato "
        "la prima squadra a Fabrizio Tazzioli, tecnico della Primavera.",
        "Il Catania ha affidato la prima squadra a Giovanni Pulvirenti, finora allenatore della "
        "Berretti. Nessun traghettatore, dunque: Pulvirenti ha la fiducia della società.",
    ],
)
def test_events_a_youth_coach_promoted_for_good_is_appointed(text):
    assert {e.type for e in events(text) if e.coach.name.endswith(("Tazzioli", "Pulvirenti"))} == {
        "appointment"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il 10 ottobre la Salernitana ha ringraziato il tecnico Paulo Sousa e l'indomani ha "
            "affidato la squadra a Filippo Inzaghi.",
            {
                ("dismissal", "official", "Salernitana", "Paulo Sousa"),
                ("appointment", "official", "Salernitana", "Filippo Inzaghi"),
            },
        ),
        (
            "Il 5 novembre il Livorno, fanalino di coda, solleva l'allenatore Roberto Breda e "
            "nella stessa giornata chiama Paolo Tramezzani.",
            {
                ("dismissal", "official", "Livorno", "Roberto Breda"),
                ("appointment", "official", "Livorno", "Paolo Tramezzani"),
            },
        ),
        (
            "Il 23 dicembre la Cremonese mette alla porta l'allenatore Massimo Rastelli.",
            {("dismissal", "official", "Cremonese", "Massimo Rastelli")},
        ),
        (
            "Serie B, il turno di Pasqua: il Lecce vola, a Palermo salta Roberto Stellone e in "
            "panchina torna Delio Rossi.",
            {
                ("dismissal", "official", "Palermo", "Roberto Stellone"),
                ("appointment", "official", "Palermo", "Delio Rossi"),
            },
        ),
    ],
)
def test_events_round_up_phrasings(text, expected):
    assert summary(text, published=PartialDate(2019, 12, 31)) == expected


def test_events_a_dateline_is_where_the_story_was_filed_not_its_club():
    text = (
        "Juventus, Allegri resta\n\nTORINO - La Juventus ha deciso: Massimiliano Allegri non "
        "sarà esonerato. La società ha ribadito la fiducia al tecnico."
    )
    assert {e.club.name for e in events(text)} <= {"Juventus"}


def test_events_a_coach_at_risk_is_whom_a_rumoured_successor_would_replace():
    text = (
        "Cosenza, l'allenatore Piero Braglia rischia l'esonero dopo il ko con il Bari. In pole "
        "per la successione c'è Pasquale Marino."
    )
    (came,) = [e for e in events(text) if e.type == "appointment"]
    assert came.status == "rumour" and came.replaces and came.replaces.name == "Piero Braglia"


def test_a_surname_in_capitals_in_the_headline_is_the_person_named_in_the_body():
    got = events(
        "PERUGIA, ESONERATO ODDO: TORNA COSMI\n\n"
        "Il Perugia ha esonerato ieri sera Massimo Oddo. Al suo posto torna Serse Cosmi."
    )
    assert [e.coach.name for e in got if e.type == "dismissal"] == ["Massimo Oddo"]


def test_a_dative_relative_names_the_coach_let_go():
    got = events(
        "La Salernitana ha ingaggiato Paulo Sousa, che prende il posto di Davide Nicola, al "
        "quale il club ha dato ieri il benservito."
    )
    assert ("dismissal", "Davide Nicola") in {(e.type, e.coach.name) for e in got}


def test_raising_doubts_is_not_a_dismissal():
    got = events(
        "Mourinho ha lasciato Dybala in panchina: una scelta che ha sollevato più di una "
        "perplessità, ma l'allenatore della Roma resta al suo posto."
    )
    assert got == []


def test_a_substitution_in_a_match_is_not_a_change_of_coach():
    got = events(
        "Nella ripresa l'allenatore del Vicenza Stefano Vecchi inserisce Greco per Cavion e al "
        "71' la squadra chiude la partita."
    )
    assert got == []


def test_a_club_parting_with_its_coach_is_a_dismissal():
    got = events(
        "La Vis Pesaro, quattordicesima, decide di separarsi dall'allenatore Roberto Marcolini."
    )
    assert [(e.type, e.coach.name) for e in got] == [("dismissal", "Roberto Marcolini")]


def test_directing_the_first_session_makes_a_signing_a_coachs():
    got = events(
        "Stamattina è arrivata la firma di Leonardo Semplici con la Sampdoria: nel pomeriggio "
        "dirigerà il primo allenamento a Bogliasco."
    )
    assert [(e.type, e.coach.name) for e in got] == [("appointment", "Leonardo Semplici")]


@pytest.mark.parametrize(
    "text",
    [
        "Il Cesena ha esonerato Mimmo Toscano. Contro il Pisa in panchina va Mario Bianchini, "
        "poi arriverà il nuovo allenatore.",
        "Il Cesena ha esonerato Mimmo Toscano. Domenica, nella sfida casalinga con il Pisa, la "
        "squadra sarà guidata dal vice Mario Bianchini.",
        "Il Cesena ha esonerato Mimmo Toscano. La squadra, per la sfida di Coppa Italia di "
        "domani, è stata affidata a Mario Bianchini.",
    ],
)
def test_events_a_bench_for_one_match_is_a_caretakers(text):
    got = summary(text)
    assert ("interim_appointment", "official", "Cesena", "Mario Bianchini") in got
    assert not any(club == "Pisa" for _, _, club, _ in got)


def test_events_a_director_met_is_not_the_one_arriving():
    text = (
        "Dopo un lungo colloquio con il direttore sportivo, l'allenatore Giorgio Castellani ha "
        "firmato ieri con la Lucchese."
    )
    assert ("appointment", "official", "Lucchese", "Giorgio Castellani") in summary(text)
    text = "La Lucchese ha ufficializzato l'arrivo del nuovo direttore sportivo Mario Verdi."
    assert not summary(text)


def test_events_the_bench_passes_to_the_new_coach():
    text = "Lucchese, via Ferracci: la panchina rossonera passa al tecnico Giorgio Castellani."
    assert ("appointment", "official", "Lucchese", "Giorgio Castellani") in summary(text)


def test_events_the_one_who_chooses_is_not_the_one_chosen():
    assert not summary("Per ripartire l'allenatore Marco Rossi sceglie la strada più lunga.")
    text = "Il tecnico Marco Rossi ha lasciato il Pisa: il Lecce lo sceglie come allenatore."
    got = summary(text)
    assert ("appointment", "official", "Lecce", "Marco Rossi") in got


def test_events_a_coach_who_thanks_is_not_thanked_goodbye():
    text = (
        "Il presidente ha confermato Marco Rossi in panchina. Il tecnico ha ringraziato e ha "
        "chiesto alla squadra una reazione."
    )
    assert not any(t == "dismissal" and s == "official" for t, s, _, _ in summary(text))


def test_events_a_coach_leaving_meets_the_press_after_the_match():
    text = (
        "Il Palermo ha esonerato l'allenatore Roberto Boscaglia dopo il ko con il Teramo. A fine "
        "gara Roberto Boscaglia si è presentato in sala stampa con il volto scuro."
    )
    assert not any(t == "presentation" for t, _, _, _ in summary(text))


def test_events_a_stand_in_for_a_suspended_coach_is_no_change():
    text = (
        "Marco Rossi, squalificato per un turno, ha seguito la gara dalla tribuna. In panchina "
        "va il vice Luca Bianchi, e il Pisa vince."
    )
    assert not summary(text)


def test_events_an_object_pronoun_takes_the_person_named_before_it():
    text = (
        "Il primo a cadere è Leonardo Semplici: il Cagliari lo esonera dopo tre giornate e "
        "affida la squadra a Walter Mazzarri."
    )
    got = summary(text)
    assert ("dismissal", "official", "Cagliari", "Leonardo Semplici") in got
    assert ("appointment", "official", "Cagliari", "Walter Mazzarri") in got


def test_events_a_month_without_its_year_in_a_round_up_is_this_season():
    text = (
        "Serie A 2021-22, tutti i cambi di panchina. A novembre il Genoa ha esonerato Davide "
        "Ballardini. Nel novembre 2019 il Genoa aveva esonerato Aurelio Andreazzoli."
    )
    got = {
        (e.coach.name, e.date.iso() if e.date else None)
        for e in events(text, published=PartialDate(2022, 5, 23))
    }
    assert ("Davide Ballardini", "2021-11") in got
    assert not any(name == "Aurelio Andreazzoli" for name, _ in got)


def test_events_a_youth_coach_let_go_is_no_first_team_change():
    text = (
        "Il Modena ha sollevato dall'incarico Fabio Malagoli, allenatore della Primavera dal "
        "2022. «Ringraziamo Fabio per la dedizione», si legge nella nota del club."
    )
    assert not any(t == "dismissal" for t, _, _, _ in summary(text))


def test_events_the_one_in_place_of_a_director_is_a_director():
    text = (
        "La Reggiana ha sollevato dall'incarico il direttore sportivo Gianluca Ferrario. Al posto "
        "di Ferrario arriva Massimo Bernardi, che parlerà presto con l'allenatore."
    )
    assert not any(c == "Massimo Bernardi" for _, _, _, c in summary(text))


def test_events_who_leaves_his_place_to_the_vice_is_not_the_vice():
    text = (
        "La squalifica lo costringe a lasciare il posto al suo vice Daniele Niccolini, che "
        "guiderà il Bologna dalla panchina contro la Fiorentina."
    )
    assert not any(t == "dismissal" for t, _, _, _ in summary(text))


def test_events_a_player_signed_is_no_coach():
    text = (
        "Esonerato l'allenatore, la Fermana ha ufficializzato l'ingaggio di Marco Castelli, "
        "centrale classe 1996 che ha firmato fino a giugno."
    )
    assert not any(c == "Marco Castelli" for _, _, _, c in summary(text))


def test_events_a_table_row_is_read_by_its_cells_not_its_words():
    text = (
        "La tabella dei cambi in Serie B.\n\n"
        "SQUADRA | TECNICO USCENTE | MOTIVO | DATA | SUBENTRATO\n"
        "Livorno | Christian Panucci | esonero | 20/10 | Bortolo Mutti\n"
        "Vicenza | Pasquale Marino | esonero | 03/11 | Franco Lerda\n"
    )
    got = summary(text, published=PartialDate(2016, 1, 5))
    assert ("dismissal", "official", "Livorno", "Christian Panucci") in got
    assert ("appointment", "official", "Livorno", "Bortolo Mutti") in got
    newcomers = ("Bortolo Mutti", "Franco Lerda")
    assert not any(t == "dismissal" and c in newcomers for t, _, _, c in got)


def test_events_a_feast_day_is_no_person():
    text = (
        "Il Latina ha esonerato Mark Iuliano. Nella gara di Santo Stefano la squadra è stata "
        "affidata ad interim al tecnico della Primavera, Alessandro Cucciari."
    )
    got = summary(text, published=PartialDate(2015, 12, 27))
    assert not any("Santo" in c or "Stefano" in c for _, _, _, c in got)


def test_events_a_state_in_the_imperfect_is_no_change():
    text = "Marco Rossi non allena da anni, ma parla di calcio come quando sedeva in panchina."
    assert not summary(text)
    text = "Il Genoa solleva dall'incarico l'allenatore Marco Rossi."
    assert ("dismissal", "official", "Genoa", "Marco Rossi") in summary(text)


def test_events_a_confirmed_coach_quoted_on_his_hiring_is_not_hired_again():
    text = (
        "Il Cagliari conferma la fiducia a Davide Nicola, che resta al suo posto. «Abbiamo scelto "
        "Nicola perché è l'allenatore giusto per queste battaglie», ha detto il presidente."
    )
    assert not any(s == "official" for _, s, _, _ in summary(text))


@pytest.mark.parametrize(
    "text",
    [
        "Se dovesse arrivare l'esonero dell'allenatore Marco Rossi, il Pisa punterebbe su Verdi.",
        "L'esonero del tecnico Marco Rossi è deciso, si attende solo l'ufficialità del Pisa.",
    ],
)
def test_events_a_sacking_not_done_yet_is_never_official(text):
    assert not any(s == "official" for _, s, _, _ in summary(text))


def test_events_a_coach_who_says_no_is_denied():
    text = "Sampdoria, caccia al nuovo tecnico: Fabio Cannavaro dice no."
    assert all(s == "denied" for _, s, _, _ in summary(text))


def test_events_a_quote_after_a_choice_names_nobody_chosen():
    text = (
        'Il presidente del Pisa ha scelto la diplomazia: "Massimiliano Alvini è un bravo '
        'allenatore, lo Spezia ne uscirà".'
    )
    assert not any(s == "official" for _, s, _, _ in summary(text))


def test_events_choosing_a_thing_appoints_nobody():
    text = "Il tecnico Andrea Pirlo sceglie la difesa a tre con Ghilardi, Gonzalez e Leoni."
    assert not summary(text)
    text = "Il Teramo ha scelto la soluzione interna, affidando la squadra al vice Paolo Di Tullio."
    assert ("appointment", "official", "Teramo", "Paolo Di Tullio") in summary(text)


def test_events_the_clubs_of_past_results_are_not_the_club_that_acts():
    text = (
        "Juventus, è il giorno di Tudor. Domenica, dopo lo 0-3 di Firenze e lo 0-4 subito in casa "
        "dall'Atalanta, la società ha esonerato l'allenatore Thiago Motta."
    )
    got = summary(text, published=PartialDate(2025, 3, 25))
    assert ("dismissal", "official", "Juventus", "Thiago Motta") in got


def test_events_a_change_told_in_the_pluperfect_weeks_back_is_background():
    text = (
        "Verona, fiducia all'allenatore Paolo Zanetti dopo il ko. Il tecnico si era seduto sulla "
        "panchina scaligera lo scorso giugno, dopo l'addio di Marco Baroni."
    )
    got = summary(text, published=PartialDate(2024, 11, 5))
    assert not any(s == "official" for _, s, _, _ in got)


def test_events_a_month_long_gone_in_a_one_club_story_is_background():
    text = (
        "Cremonese, ufficiale l'arrivo dell'attaccante Marco De Luca. Il giocatore ha firmato "
        "fino al 2026. Il club è fiducioso. L'allenatore Giovanni Stroppa, già promosso con il "
        "Monza, si è seduto sulla panchina della Cremonese a giugno."
    )
    got = summary(text, published=PartialDate(2023, 8, 9))
    assert not any(s == "official" for _, s, _, _ in got)


def test_events_a_youth_bench_named_before_the_change_is_not_the_first_teams():
    text = "Roma, cambia la panchina della Primavera: via l'allenatore Guidi, tocca a Falsini."
    assert not summary(text)


def test_events_basketball_in_its_serie_a_is_another_sport():
    text = (
        "Dinamo Sassari, esonerato l'allenatore Piero Bucchi: la squadra è settima in classifica "
        "in Serie A di basket e lontana dai playoff scudetto. Il nuovo allenatore è Nenad Markovic."
    )
    assert not summary(text)


def test_events_the_club_a_coach_comes_from_is_not_his_new_one():
    text = (
        "Il Parma ha esonerato Fabio Pecchia e ha scelto Cristian Chivu. L'allenatore Chivu "
        "arriva dall'Inter, dove ha guidato la Primavera."
    )
    got = summary(text, published=PartialDate(2025, 2, 19))
    assert not any(club == "Inter" for _, _, club, _ in got)


def test_events_a_change_in_the_remote_past_is_history():
    text = "Dieci anni fa il presidente mandò via l'allenatore e richiamò Roberto Mancini."
    assert not summary(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bari, l'allenatore Iachini è in bilico. L'alternativa porta a Ivo Iaconi, esperto.",
        "Bari, resta sullo sfondo l'allenatore Filippo Inzaghi, ma i costi sono alti.",
        "Genoa, è pronto il contratto per il tecnico Andriy Shevchenko: fumata bianca attesa.",
    ],
)
def test_events_candidates_in_the_market_press_are_rumours(text):
    got = summary(text)
    assert got and all(s == "rumour" for t, s, _, _ in got if t == "appointment")
