"""Careers told across clauses and sentences: our own sentences, one behaviour each."""

from __future__ import annotations

import panchina


def stints(text: str, published: str = "2024-11-20") -> list[tuple]:
    result = panchina.extract(text, published=published)
    return [
        (
            s.coach.name,
            s.team.name,
            s.role,
            s.start.iso() if s.start else None,
            s.end.iso() if s.end else None,
        )
        for s in result.stints
    ]


def test_career_steps_without_a_role_word_follow_a_coaching_career():
    text = (
        "Il Pisa ha scelto Renzo Galli. Galli ha esordito in panchina nel Lumezzane, "
        "al quale è rimasto dal 2012 al 2014, poi dal 2015 al 2017 con il Mantova e infine "
        "una stagione allo Zurigo."
    )
    got = stints(text)
    assert ("Renzo Galli", "Mantova", "head_coach", "2015", "2017") in got
    assert any(s[1] == "Zurigo" and s[3] == "2017" for s in got)


def test_a_playing_career_opens_no_stint():
    text = (
        "Il Pisa ha scelto Renzo Galli. Da calciatore ha vestito le maglie di Torino e "
        "Atalanta, con una parentesi al Como nel 2003. In panchina ha guidato il Mantova "
        "dal 2015 al 2017."
    )
    teams = {s[1] for s in stints(text)}
    assert "Mantova" in teams and not teams & {"Torino", "Atalanta", "Como"}


def test_each_career_belongs_to_the_coach_at_the_head_of_its_paragraph():
    text = (
        "Cambio sulla panchina del Pisa: via Aldo Neri, arriva Renzo Galli.\n\n"
        "Per Neri si chiude un ciclo: era arrivato al Pisa nel 2022 dopo due stagioni alla "
        "guida del Lecco, dal 2020 al 2022.\n\n"
        "Galli, 52 anni, ha allenato il Mantova dal 2015 al 2019 e poi il Padova."
    )
    got = stints(text)
    assert ("Aldo Neri", "Lecco", "head_coach", "2020", "2022") in got
    assert ("Renzo Galli", "Mantova", "head_coach", "2015", "2019") in got
    assert not any(s[0] == "Aldo Neri" and s[1] == "Mantova" for s in got)


def test_an_apposition_describes_the_name_before_it():
    text = (
        "Il Pisa ha esonerato Aldo Neri e ha affidato la squadra a Renzo Galli, finora "
        "allenatore della Primavera del Pisa dal 2021."
    )
    got = stints(text)
    assert ("Renzo Galli", "Pisa Primavera", "youth_coach", "2021", None) in got
    assert not any(s[0] == "Aldo Neri" and s[2] == "youth_coach" for s in got)


def test_a_mentor_who_takes_the_subject_along_is_not_the_subject():
    text = (
        "Chi è Renzo Galli, il nuovo tecnico del Pisa. Galli ha guidato il Mantova dal 2015 "
        "al 2017. Marco Rossi lo vuole poi come vice al Padova, dove resta fino al 2020."
    )
    got = stints(text)
    assert any(
        s[0] == "Renzo Galli" and s[1] == "Padova" and s[2] == "assistant_coach" for s in got
    )
    assert not any(s[0] == "Marco Rossi" for s in got)


def test_a_youth_side_is_a_team_of_its_own():
    text = (
        "Chi è Renzo Galli, il nuovo tecnico del Pisa. Galli ha guidato l'Italia Under 19 "
        "dal 2013 al 2016, poi la Primavera del Genoa dal 2016 al 2018."
    )
    teams = {(s[1], s[2]) for s in stints(text)}
    assert ("Italia Under 19", "youth_coach") in teams or ("Italy Under 19", "youth_coach") in teams
    assert ("Genoa Primavera", "youth_coach") in teams


def test_a_birthplace_and_a_season_word_are_not_career_steps():
    text = (
        "Chi è Renzo Galli, il nuovo tecnico del Pisa. Nato a Lecce nel 1970, Galli ha "
        "iniziato la carriera in panchina al Mantova, dove nella primavera del 2015 ha "
        "vinto il campionato."
    )
    got = stints(text)
    assert not any(s[1] == "Lecce" for s in got)
    assert not any(s[1].endswith("Primavera") for s in got)


def test_clubs_listed_after_one_role_verb_are_a_stint_each():
    got = stints(
        "Chi è Renzo Galli, il nuovo tecnico del Pisa. In carriera Galli ha allenato il "
        "Foggia, il Pescara e il Lecce."
    )
    assert {"Foggia", "Pescara", "Lecce"} <= {s[1] for s in got if s[0] == "Renzo Galli"}


def test_clubs_listed_with_their_own_years_are_stints_each():
    got = stints(
        "Il Parma ha scelto Davide Ferrantelli. Ferrantelli ha guidato la FeralpiSalò dal 2016 "
        "al 2019 e il Cittadella dal 2019 al 2022."
    )
    assert ("Davide Ferrantelli", "FeralpiSalò", "head_coach", "2016", "2019") in got
    assert ("Davide Ferrantelli", "Cittadella", "head_coach", "2019", "2022") in got


def test_a_career_written_as_a_table_gives_a_stint_a_line():
    got = stints(
        "Adesso è ufficiale: Gian Piero Gasperini è il nuovo allenatore della Roma.\n\n"
        "La carriera in panchina\n\n"
        "1996-1998 - Juventus, Allievi\n\n2003-2006 - Crotone (promozione in Serie B)\n\n"
        "2011 - Inter (da giugno a settembre)\n\n2016-2025 - Atalanta",
        published="2025-06-06",
    )
    assert ("Gian Piero Gasperini", "Juventus Allievi", "youth_coach", "1996", "1998") in got
    assert ("Gian Piero Gasperini", "Crotone", "head_coach", "2003", "2006") in got
    assert ("Gian Piero Gasperini", "Inter", "head_coach", "2011", "2011") in got
    assert ("Gian Piero Gasperini", "Atalanta", "head_coach", "2016", "2025") in got


def test_a_club_that_hands_him_the_bench_is_a_stint_of_the_subject():
    text = (
        "Il Pisa ha scelto Renzo Galli. Galli ha esordito in panchina nel 2012. Nel 2015 il "
        "Mantova gli affida la prima squadra in Serie D. Nel 2018 lo chiama la Vis Pesaro, "
        "con cui disputa una stagione. L'estate successiva il Modena gli consegna la Berretti."
    )
    got = stints(text)
    assert any(s[:4] == ("Renzo Galli", "Mantova", "head_coach", "2015") for s in got)
    assert any(s[:4] == ("Renzo Galli", "Vis Pesaro", "head_coach", "2018") for s in got)
    assert any(s[:4] == ("Renzo Galli", "Modena Berretti", "youth_coach", "2019") for s in got)


def test_former_benches_in_an_apposition_are_stints_of_the_person():
    text = (
        "Per la panchina del Pisa si tratta con Renzo Galli, ex allenatore di Mantova e "
        "Lumezzane. Non sarà invece Piero Bassi, l'ex tecnico del Como, che ha detto no."
    )
    got = {(s[0], s[1], s[2]) for s in stints(text)}
    assert ("Renzo Galli", "Mantova", "head_coach") in got
    assert ("Renzo Galli", "Lumezzane", "head_coach") in got
    assert ("Piero Bassi", "Como", "head_coach") in got


def test_a_youth_coach_promoted_keeps_his_youth_bench_at_the_same_club():
    text = (
        "Il Pisa ha esonerato Piero Bassi e ha affidato la prima squadra a Renzo Galli, "
        "allenatore della Primavera, che guiderà i nerazzurri domenica."
    )
    got = {(s[0], s[1], s[2]) for s in stints(text)}
    assert ("Renzo Galli", "Pisa Primavera", "youth_coach") in got


def test_a_role_followed_by_a_name_is_that_persons():
    text = (
        "Il Pisa smentisce l'esonero di Piero Bassi e nega un incarico al tecnico della "
        "Primavera, Renzo Galli, per la trasferta di domenica."
    )
    assert not any(s[0] == "Piero Bassi" and s[2] == "youth_coach" for s in stints(text))


def test_youth_sides_taken_in_care_and_a_promotion_within_the_club():
    text = (
        "Il Pisa ha ufficializzato il nuovo allenatore: è Renzo Galli. Galli nel 2010 si è "
        "occupato degli Allievi dell'Empoli, poi nel 2013 è stato promosso alla Primavera. "
        "Dal 2016 al 2018 è stato il vice del tecnico Luciano Spalletti alla Roma."
    )
    got = stints(text)
    assert ("Renzo Galli", "Empoli Allievi", "youth_coach", "2010", "2013") in got
    assert ("Renzo Galli", "Empoli Primavera", "youth_coach", "2013", "2016") in got
    assert ("Renzo Galli", "Roma", "assistant_coach", "2016", "2018") in got


def test_a_heading_in_capitals_names_whose_career_follows():
    text = (
        "La Triestina ha esonerato Pier Luigi Zanin e ha ufficializzato l'arrivo di Gianluca "
        "Rossetto.\n\nZanin paga un avvio da quattro punti in otto giornate.\n\nCHI È ROSSETTO. "
        "Nella stagione 2015-16 allena la Berretti del Padova; l'anno seguente passa alla "
        "Primavera del Vicenza, dove resta due stagioni. Nell'estate del 2018 arriva il "
        "salto tra i grandi con la Feralpisalò: due campionati chiusi a metà classifica, poi lo "
        "chiama il Lecco."
    )
    got = stints(text)
    assert ("Gianluca Rossetto", "Padova Berretti", "youth_coach", "2015", "2016") in got
    assert ("Gianluca Rossetto", "Vicenza Primavera", "youth_coach", "2016", "2018") in got
    assert ("Gianluca Rossetto", "FeralpiSalò", "head_coach", "2018", "2020") in got
    assert not any(s[0] == "Pier Luigi Zanin" and s[1] != "Triestina" for s in got)


def test_a_youth_side_before_its_club_and_an_assistant_at_a_club():
    text = (
        "Il Pisa ha ufficializzato il nuovo allenatore: è Renzo Galli. Galli ha cominciato "
        "facendo il vice a Bisceglie, nel 2009. Poi il salto alla Primavera del Pescara, "
        "guidata per quattro stagioni, dal 2010 al 2014."
    )
    got = {(s[1], s[2]) for s in stints(text)}
    assert ("Bisceglie", "assistant_coach") in got
    assert ("Pescara Primavera", "youth_coach") in got


def test_a_club_and_its_coach_state_a_bench():
    text = (
        "Il Modena ha esonerato l'allenatore Paolo Bianco. Nel posticipo il Palermo di Alessio "
        "Dionisi ha battuto 2-0 il Bari, mentre i rossoblù di Fabio Caserta hanno pareggiato."
        " Il tecnico Dionisi è soddisfatto, e l'allenatore Caserta pure. Il Napoli di Aurelio De "
        "Laurentiis, il presidente, osserva."
    )
    got = {(s[0], s[1], s[2]) for s in stints(text, "2024-11-20")}
    assert ("Alessio Dionisi", "Palermo", "head_coach") in got
    assert not any(s[0] == "Aurelio De Laurentiis" for s in got)


def test_a_heading_in_capitals_gives_the_full_name_its_body_shortens():
    text = (
        "Che fine hanno fatto tre allenatori di provincia\n\nMARCO FERRETTI, IL SERGENTE DI "
        "MANTOVA\n\nFerretti ha allenato il Mantova dal 2008 al 2011. Oggi allena gli Allievi "
        "del Cittadella, dal 2021."
    )
    got = stints(text)
    assert any(s[0] == "Marco Ferretti" and s[1] == "Mantova" for s in got)


def test_a_coach_listed_with_his_club_and_years_in_brackets():
    text = (
        "I tecnici più longevi della Serie B. Roberto Venturato (Cittadella, 2015-2022) ha "
        "guidato i granata per sette stagioni. Giuseppe Sartori (Cosenza, dal 2020) è ancora lì."
    )
    got = stints(text, "2023-01-10")
    assert ("Roberto Venturato", "Cittadella", "head_coach", "2015", "2022") in got
    assert ("Giuseppe Sartori", "Cosenza", "head_coach", "2020", None) in got


def test_a_new_paragraph_moves_on_from_the_playing_days():
    text = (
        "Chi è Carlo Verdi, il nuovo allenatore del Pisa\n\n"
        "Ufficializzato ieri, Carlo Verdi è il nuovo allenatore del Pisa: il tecnico prende il "
        "posto dell'esonerato Mario Bianchi.\n\n"
        "Cinquant'anni, una carriera da attaccante nei campionati di C, Verdi è uno specialista "
        "della categoria.\n\n"
        "Il primo titolo arriva al Savoia, dove si siede nel 2012. Nell'estate 2014 "
        "passa alla Paganese, prima del trasferimento al Monopoli, dove resta dal 2016 al 2019."
    )
    got = {(s[1], s[3]) for s in stints(text, "2023-09-19")}
    assert ("Savoia", "2012") in got
    assert ("Monopoli", "2016") in got


def test_the_clubs_under_a_players_heading_are_no_benches():
    text = (
        "Simone Verdi\n\nSimone Verdi è un allenatore di calcio ed ex calciatore.\n\n"
        "Giocatore\nDebutta nel 1994 con la maglia del Lumezzane. Nel 1997 si trasferisce al Pisa, "
        "dove gioca due campionati.\n\nAllenatore\nNel 2014 accetta la panchina dell'AlbinoLeffe."
    )
    got = {s[1] for s in stints(text, "2024-01-10")}
    assert "AlbinoLeffe" in got
    assert not got & {"Lumezzane", "Pisa"}
