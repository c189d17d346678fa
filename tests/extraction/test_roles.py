"""Who the event is about, and when: the argument rules met in list articles and long reports.

Every sentence here is our own; each test names the rule it guards.
"""

from __future__ import annotations

from panchina.extraction import extract_document
from panchina.models import Document, PartialDate

PUB = PartialDate(2024, 3, 20)


def events(text: str, published: PartialDate | None = PUB):
    return extract_document(Document("d-test", "test", None, text, published)).events


def facts(text: str, **kw) -> set[tuple]:
    return {
        (e.type, e.status, e.club.name, e.coach.name, e.replaces.name if e.replaces else None)
        for e in events(text, **kw)
    }


def test_a_defeat_that_cost_the_job_is_a_dismissal_not_an_appointment():
    got = facts(
        "Al Catanzaro il 2-4 casalingo con la Cremonese è costato il posto a Fabio Caserta, "
        "allenatore dei calabresi da due stagioni."
    )
    assert ("dismissal", "official", "Catanzaro", "Fabio Caserta", None) in got
    assert not any(e[0] == "appointment" for e in got)


def test_a_coach_named_by_a_descriptor_is_the_one_told_before():
    got = facts(
        "Walter Zenga non è più l'allenatore del Crotone: la società ha comunicato l'esonero "
        "del tecnico veneziano e l'arrivo di Giovanni Stroppa."
    )
    assert ("dismissal", "official", "Crotone", "Walter Zenga", None) in got
    assert not any(e[0] == "dismissal" and e[3] == "Giovanni Stroppa" for e in got)


def test_the_newcomer_announced_as_successor_is_not_the_one_sacked():
    got = facts(
        "Al mattino è arrivata la notizia dell'esonero, alla sera quella del successore: "
        "Roberto Venturato, reduce da tre stagioni a Cittadella, guiderà la Reggiana."
    )
    assert not any(e[0] == "dismissal" and e[3] == "Roberto Venturato" for e in got)


def test_the_vice_of_a_coach_points_at_him_but_is_not_him():
    got = facts(
        "La Reggiana ha sollevato Alessandro Nesta. Il vice di Nesta, Max Tonetto, guiderà "
        "provvisoriamente la squadra in attesa di un nuovo allenatore."
    )
    assert not any(
        e[0] in ("appointment", "interim_appointment") and e[3] == "Alessandro Nesta" for e in got
    )


def test_predecessors_in_a_dopo_list_are_not_the_new_coach():
    got = facts(
        "Il nuovo allenatore, terzo della stagione dopo Daniele Adani e Marco Rossi, "
        "sarà presentato domani.",
    )
    assert not any(e[0] == "appointment" and e[3] in ("Daniele Adani", "Marco Rossi") for e in got)


def test_a_fixture_after_a_weekday_is_not_the_club():
    got = facts(
        "La Juventus ha esonerato Massimiliano Allegri. Per le due gare che restano, sabato "
        "a Genova e domenica contro il Torino, la squadra è stata affidata ad interim a "
        "Paolo Montero."
    )
    assert (
        "interim_appointment",
        "official",
        "Juventus",
        "Paolo Montero",
        "Massimiliano Allegri",
    ) in got


def test_a_future_caretaker_is_part_of_an_official_sacking():
    got = facts(
        "Il Genoa ha esonerato Alberto Gilardino. La squadra sarà affidata ad interim a "
        "Roberto Murgita."
    )
    assert (
        "interim_appointment",
        "official",
        "Genoa",
        "Roberto Murgita",
        "Alberto Gilardino",
    ) in got


def test_a_future_caretaker_without_a_departure_stays_a_rumour():
    got = facts("Se arriverà il ribaltone, la squadra sarà affidata ad interim a Roberto Murgita.")
    assert not any(e[1] == "official" for e in got)


def test_an_elliptic_headline_needs_the_name_right_after():
    got = facts("Lazio, accettate le dimissioni di Sarri: squadra a Martusciello.")
    assert any(e[0].endswith("appointment") and e[3].endswith("Martusciello") for e in got)
    got = facts("Il Bari ha riportato la squadra a Bari dopo il ritiro, con Michele Mignani.")
    assert not any(e[0].endswith("appointment") for e in got)


def test_chose_to_stay_is_not_an_appointment():
    got = facts("Il vice Giovanni Martusciello ha scelto di restare a Formello con la Lazio.")
    assert not any(e[0] == "appointment" for e in got)


def test_an_apostrophe_surname_alone_is_the_coach_named_in_full():
    got = facts(
        "Lecce, esonerato D'Aversa dopo la testata a Henry.\n\n"
        "Il Lecce ha sollevato dall'incarico l'allenatore Roberto D'Aversa."
    )
    assert {e[3] for e in got if e[0] == "dismissal"} == {"Roberto D'Aversa"}


def test_a_list_item_dates_its_sentences_by_the_date_in_brackets():
    evs = events(
        "I cambi di panchina.\n\nNapoli, Mazzarri per Garcia (14 novembre). Lo 0-1 interno con "
        "l'Empoli è costato il posto a Rudi Garcia. De Laurentiis ha richiamato Walter Mazzarri."
    )
    dated = {(e.type, e.coach.name): e.date.iso() for e in evs if e.date}
    assert dated[("appointment", "Walter Mazzarri")] == "2023-11-14"
    assert dated[("dismissal", "Rudi Garcia")] == "2023-11-14"
    assert all(e.club.name == "Napoli" for e in evs)


def test_a_day_span_dates_the_departure_by_its_start_and_the_arrival_by_its_end():
    evs = events("Sassuolo, Ballardini per Dionisi (26-29 febbraio). Esonerato Alessio Dionisi.")
    dated = {e.type: e.date.iso() for e in evs}
    assert dated == {"dismissal": "2024-02-26", "appointment": "2024-02-29"}


def test_a_change_named_as_background_is_not_dated_by_the_publication():
    evs = events("La Lazio è nona con 40 punti dopo le dimissioni di Maurizio Sarri.")
    assert [e.date for e in evs if e.type == "resignation"] == [None]


def test_the_day_of_a_match_next_to_the_change_is_not_its_date():
    evs = events(
        "Il Lecce ha esonerato Roberto D'Aversa dopo la sfida con il Verona, persa 1-0 "
        "domenica al Via del Mare.",
        published=PartialDate(2024, 3, 11),
    )
    assert [e.date.iso() for e in evs if e.type == "dismissal"] == ["2024-03-11"]


def test_a_position_aimed_at_is_not_the_clubs():
    evs = events(
        "La Roma ha esonerato José Mourinho: i giallorossi sono a cinque lunghezze dal quarto "
        "posto e il club vuole centrare il quarto posto.",
        published=PartialDate(2024, 1, 16),
    )
    assert all(e.position != 4 for e in evs)


def test_table_rows_written_as_text_give_both_changes():
    text = (
        "Serie C, il riepilogo dei cambi di allenatore.\n\n"
        "TRIESTINA - Bordin -> esonerato il 3/11 -> dal 4/11 Tesser\n"
        "FOGGIA - Cudini → esonerato il 9/12 → dal 10/12 De Lucia"
    )
    got = {(e.type, e.club.name, e.coach.name.split()[-1], e.date.iso()) for e in events(text)}
    assert ("dismissal", "Triestina", "Bordin", "2023-11-03") in got
    assert ("appointment", "Triestina", "Tesser", "2023-11-04") in got
    assert ("dismissal", "Foggia", "Cudini", "2023-12-09") in got
    assert ("appointment", "Foggia", "Lucia", "2023-12-10") in got


def test_an_uppercase_place_before_a_dash_is_a_dateline_not_the_club():
    got = facts("CERIGNOLA - La Salernitana corteggia il tecnico Giuseppe Raffaele.")
    assert {e[2] for e in got} <= {"Salernitana"}


def test_the_coach_of_a_town_is_where_he_was_born_not_his_club():
    got = facts(
        "Luca Neri è il nuovo allenatore: il club lariano ha annunciato ieri l'accordo con il "
        "tecnico di Ascoli, che prende il posto di Aldo Rossi sulla panchina del Como."
    )
    clubs = {club for _, _, club, _, _ in got}
    assert "Ascoli" not in clubs and "Como" in clubs


def test_respectively_pairs_people_and_clubs_in_order():
    got = facts(
        "Pro Sesto e Pergolettese - Le due lombarde hanno dato il ben servito rispettivamente a "
        "Rota (19 ottobre) e a Frezza (21 ottobre)."
    )
    pairs = {(club, coach) for kind, _, club, coach, _ in got if kind == "dismissal"}
    assert pairs == {("Pro Sesto", "Rota"), ("Pergolettese", "Frezza")}


def test_a_second_coach_coordinated_with_the_first_arrives_with_him():
    got = facts(
        "Il Pisa ha esonerato Aldo Neri: la prima squadra sarà guidata in coppia da Renzo "
        "Galli, finora allenatore dell'Under 17, e da Marco Bianchi, ex capitano del club."
    )
    arrivals = {coach for kind, _, _, coach, _ in got if kind == "appointment"}
    assert arrivals == {"Renzo Galli", "Marco Bianchi"}


def test_a_youth_coach_lent_to_the_first_team_is_a_caretaker():
    lent = facts(
        "Esonerato Verdi, il Pisa ha affidato la squadra a Renzo Galli, allenatore della "
        "Primavera, per la trasferta di domenica."
    )
    promoted = facts(
        "Esonerato Verdi, il Pisa ha affidato la squadra a Renzo Galli, finora allenatore della "
        "Primavera, con un contratto fino a giugno."
    )
    assert ("interim_appointment", "Renzo Galli") in {(e[0], e[3]) for e in lent}
    assert ("appointment", "Renzo Galli") in {(e[0], e[3]) for e in promoted}


def test_a_change_told_in_one_sentence_names_the_newcomer_with_a_plain_verb():
    got = facts(
        "Il 10 ottobre la Sampdoria ha chiuso con una risoluzione consensuale il rapporto con "
        "il tecnico Marco Verdi e il 12 ha annunciato Luca Neri."
    )
    assert ("appointment", "official", "Sampdoria", "Luca Neri", "Marco Verdi") in got


def test_announcing_a_name_without_a_departure_is_no_appointment():
    got = facts("La Sampdoria ha annunciato Luca Neri, attaccante classe 2001.")
    assert not any(f[0] == "appointment" for f in got)


def test_a_departure_framing_the_story_names_the_predecessor():
    got = facts(
        "Dopo l'addio di Marco Verdi, il Frosinone cerca l'allenatore. In pole c'è Luca Neri, "
        "che sarebbe vicino all'accordo con il club."
    )
    assert any(f[3] == "Luca Neri" and f[4] == "Marco Verdi" for f in got)


def test_a_sporting_director_named_after_his_two_word_title_is_not_the_coach():
    got = facts(
        "Il nome caldo per la panchina del Bari è Luca Neri, che ha già incontrato il direttore "
        "sportivo Giuseppe Magri."
    )
    assert not any(f[3] == "Giuseppe Magri" for f in got)


def test_a_coach_the_club_keeps_is_not_its_rumoured_newcomer():
    got = facts(
        "La società ha deciso di confermare il tecnico: Luca Neri resta al suo posto. «Neri è il "
        "nostro allenatore e lo sarà anche domenica», ha detto il presidente del Pisa."
    )
    assert not any(f[3] == "Luca Neri" for f in got)


def test_a_national_side_gives_no_club_event():
    got = facts(
        "Nazionale Under 19, Marco Verdi lascia dopo tre anni: al suo posto arriva il tecnico "
        "Luca Neri, che guiderà gli azzurrini."
    )
    assert not any(f[2] in ("Italy", "Italia") for f in got)


def test_a_player_called_a_new_player_is_not_an_appointee():
    got = facts(
        "Matteo Serravalle è un nuovo giocatore della Reggiana. Il numero di maglia scelto da "
        "Serravalle è il 19, ha spiegato il tecnico."
    )
    assert not any(f[3] == "Matteo Serravalle" for f in got)


def test_a_sacking_dressed_as_a_resignation_is_a_dismissal():
    got = facts(
        "Il Brescia comunica che Marco Verdi ha rassegnato le dimissioni da allenatore. Ma in "
        "città tutti sanno che è stata la formula concordata per chiudere il rapporto."
    )
    assert ("dismissal", "official", "Brescia", "Marco Verdi", None) in got
    assert not any(f[0] == "resignation" for f in got)


def test_a_denied_sacking_denies_the_successor_the_rumour_named():
    got = facts(
        "Circola la notizia di un presunto esonero del tecnico Marco Verdi, che sarebbe "
        "sostituito dal Lecce con Luca Neri. Il Lecce smentisce l'esonero di Marco Verdi."
    )
    assert {f[1] for f in got if f[3] in ("Marco Verdi", "Luca Neri")} == {"denied"}


def test_a_tandem_names_both_coaches():
    got = facts(
        "Esonerato Verdi, la squadra è stata affidata ad interim al tandem formato da Mario "
        "Rossi e Luca Neri, che guideranno gli allenamenti del Genoa."
    )
    assert {f[3] for f in got if f[0] == "interim_appointment"} == {"Mario Rossi", "Luca Neri"}


def test_the_one_a_team_is_lent_to_is_not_the_one_sacked():
    got = facts(
        "Il Rimini ha esonerato Marco Verdi. Lo stesso giorno dell'esonero la squadra era stata "
        "affidata per una gara a Luca Neri, allenatore della Primavera."
    )
    assert ("dismissal", "Luca Neri") not in {(f[0], f[3]) for f in got}
    assert ("interim_appointment", "Luca Neri") in {(f[0], f[3]) for f in got}


def test_a_list_line_club_colon_dashed_pair_is_a_change():
    got = facts(
        "Nell'elenco, per ciascuna squadra, il tecnico uscito e il subentrato.\n\n"
        "Avellino: Toscano-Novellino (4/10)\nCesena: Drago-Camplone (17/10)"
    )
    assert ("appointment", "official", "Avellino", "Novellino", "Toscano") in got
    assert ("appointment", "official", "Cesena", "Camplone", "Drago") in got


def test_rivals_joined_by_a_dash_are_no_change():
    got = facts("Inzaghi-Conte, la sfida tra i due allenatori accende il derby d'Italia.")
    assert not any(f[0] == "appointment" for f in got)


def test_a_bullet_out_then_in_names_the_predecessor_and_the_precise_way_out():
    got = facts(
        "Ecco il riepilogo delle panchine.\n"
        "• Sampdoria: fuori Marco Verdi (risoluzione consensuale il 7/10), dentro Luca Neri, "
        "che firma il 12/10\n"
        "• Milan: fuori Mario Rossi (esonerato l'8/10), dentro Carlo Bianchi il giorno seguente"
    )
    assert ("appointment", "official", "Sampdoria", "Luca Neri", "Marco Verdi") in got
    assert ("mutual_termination", "official", "Sampdoria", "Marco Verdi", None) in got
    assert ("appointment", "official", "Milan", "Carlo Bianchi", "Mario Rossi") in got


def test_the_second_half_of_a_change_in_one_sentence():
    got = facts(
        "- Palermo (16 settembre) – Marco Verdi esonerato dopo tre giornate, al suo posto Luca "
        "Neri.\n- Genoa (21 gennaio) – fuori Mario Rossi, torna Carlo Bianchi, già tecnico del "
        "Grifone.\n- Sampdoria (17 dicembre) – Aldo Gialli non mangia il panettone: i "
        "blucerchiati lo sostituiscono con Piero Viola."
    )
    assert ("appointment", "official", "Palermo", "Luca Neri", "Marco Verdi") in got
    assert ("appointment", "official", "Genoa", "Carlo Bianchi", "Mario Rossi") in got
    assert ("dismissal", "official", "Sampdoria", "Aldo Gialli", None) in got
    assert ("appointment", "official", "Sampdoria", "Piero Viola", "Aldo Gialli") in got


def test_the_president_who_calls_a_coach_back_is_not_the_coach():
    got = facts(
        "Dopo tre partite Marco Verdi viene rimosso e il presidente Maurizio Zamparini richiama "
        "l'allenatore Luca Neri alla guida del Palermo."
    )
    assert not any(f[3] == "Maurizio Zamparini" for f in got)
    assert any(f[0] == "appointment" and f[3] == "Luca Neri" for f in got)


def test_a_substitution_in_a_match_is_no_appointment():
    got = facts(
        "Al 60' il tecnico del Pisa ha sostituito Marco Verdi con Luca Neri, e la partita è "
        "cambiata."
    )
    assert not any(f[0] == "appointment" for f in got)


def test_a_text_table_row_tells_who_left_how_and_who_came():
    got = facts(
        "Il quadro completo (club | uscente | uscita | subentrato | dal):\n\n"
        "Monterosi | Verdi | esonerato 25/9 | Neri | 26/9\n"
        "Brindisi | Ruscelli | dimissioni 2/10 | Bianchi (ad interim) | 2/10\n"
        "Brindisi | Bianchi (ad interim) | fine incarico 9/10 | Gialli | 9/10",
        published=PartialDate(2023, 12, 20),
    )
    assert ("dismissal", "official", "Monterosi Tuscia", "Verdi", None) in got
    assert ("appointment", "official", "Monterosi Tuscia", "Neri", "Verdi") in got
    assert ("resignation", "official", "Brindisi", "Ruscelli", None) in got
    assert ("interim_appointment", "official", "Brindisi", "Bianchi", "Ruscelli") in got
    assert ("appointment", "official", "Brindisi", "Gialli", "Bianchi") in got
    assert not any(f[0] == "dismissal" and f[3] == "Bianchi" for f in got)


def test_a_town_opening_a_digest_sentence_is_the_club_not_a_venue():
    got = facts(
        "Il diario delle panchine.\n\nA Catanzaro il presidente revoca l'incarico "
        "all'allenatore Marco Verdi. Il Messina, intanto, vince ancora."
    )
    assert ("dismissal", "official", "Catanzaro", "Marco Verdi", None) in got


def test_the_one_who_received_the_sack_is_before_it():
    got = facts(
        "Giovedì l'allenatore Marco Verdi ha ricevuto il ben servito dal Catania, e venerdì "
        "gli etnei hanno chiuso con Luca Neri."
    )
    assert ("dismissal", "official", "Catania", "Marco Verdi", None) in got
    assert not any(f[0] == "dismissal" and f[3] == "Luca Neri" for f in got)


def test_a_town_framing_a_digest_sentence_holds_its_changes():
    got = facts(
        "Il punto sulle panchine di Serie C.\n\nA Foggia il club ha scelto l'allenatore Luca "
        "Neri. A Trapani, invece, esonerato il tecnico Marco Verdi."
    )
    assert ("dismissal", "official", "Trapani", "Marco Verdi", None) in got


def test_the_day_after_is_a_time_not_an_opponent():
    text = (
        "Il 7 ottobre la Sampdoria esonera l'allenatore Eusebio Di Francesco. Il giorno dopo "
        "il Milan rompe con Marco Giampaolo e il 9 mette sotto contratto Stefano Pioli."
    )
    got = facts(text, published=PartialDate(2019, 10, 10))
    assert any(f[2:4] == ("Milan", "Marco Giampaolo") for f in got), got
    assert not any(f[2:4] == ("Sampdoria", "Marco Giampaolo") for f in got)
