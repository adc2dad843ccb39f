"""What is only aimed at or advised against is not done, testimony in a trial is no political statement, and words of
counsel, approach and scorn are the specific acts they name (issue 11, classes 2 and 3; session 6's judge classes 5, 7
and 8). Sentences written for these tests."""

from __future__ import annotations

from helpers import asserted


def test_what_an_act_is_aimed_at_is_not_done(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The pause in fighting was aimed at repatriating the prisoners.")
    assert events and all(e.status != "asserted" for e in events)
    events = code("The Kenyan army launched an operation with the aim of freeing the hostages.")
    assert [e.status for e in events if e.cameo.startswith("084")] == ["hypothetical"]


def test_what_is_advised_or_warned_against_is_not_done(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan president warned the opposition against staging protests.")
    assert [e.status for e in events if e.cameo.startswith("14")] == ["hypothetical"]
    events = code("The Ugandan foreign minister advised the Kenyan president against signing the treaty.")
    assert not [e for e in events if e.cameo.startswith("05") and e.status == "asserted"]


def test_counsel_against_an_act_is_an_appeal_to_the_one_counselled(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Ugandan foreign minister counselled the Kenyan president against sacking the central bank "
                  "governor.")
    assert asserted(events) == [("020", ["UGAGOV"], ["KENGOV"])]


def test_approaching_someone_for_something_is_an_appeal(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan finance minister approached the World Bank for a loan.")
    assert ("020", ["KENGOV"], ["IGOWBK"]) in asserted(events)
    # a movement towards a place asks nothing of anyone
    assert not [e for e in code("The Kenyan army approached the town.") if e.cameo.startswith("02")]


def test_scorn_voiced_of_someone_is_criticism(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan governor was scathing about the Ugandan sugar board.")
    assert asserted(events) == [("111", ["KENGOV"], ["UGA"])]
    events = code("The Kenyan opposition leader is highly critical of the Ugandan government.")
    assert asserted(events) == [("111", ["KENOPP"], ["UGAGOV"])]


def test_claims_of_wrongdoing_revived_are_an_accusation(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan president resurrected his claims that the opposition had rigged the vote.")
    assert ("112", ["KENGOV"], []) in [(c, s, t) for c, s, t in asserted(events)]


def test_telling_an_office_holder_to_retire_is_a_demand_for_a_leadership_change(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan president told the finance minister to retire.")
    assert asserted(events) == [("1041", ["KENGOV"], ["KENGOV"])]


def test_testimony_in_a_trial_is_no_political_statement(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The accused told the court he had panicked when the officers arrived.") == []
    assert code("The witness testified that she saw the van leave the depot.") == []
    # what the police tell a court is the state's case
    events = code("A police inspector told the court that the accused had fired the first shot.")
    assert [(e.cameo, [a.sector for a in e.source]) for e in events] == [("010", ["COP"])]


def test_recognition_needs_someone_recognized(code) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code("The findings were recognized by the French health ministry.") if e.cameo == "054"]
    assert not [e for e in code("The French minister recognized the need for more nurses.") if e.cameo == "054"]
    assert asserted(code("Serbia recognized Kosovo in 2020.", "2020-06-01")) == [("054", ["SRB"], ["XKX"])]


def test_a_body_convening_its_own_session_meets_no_one(code) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code("The Kenyan parliament convened an emergency session on Monday.")
                if e.cameo.startswith("04") or e.cameo.startswith("03")]
    events = code("The Kenyan senate will convene a special session next week.")
    assert not [e for e in events if e.cameo.startswith("04") or e.cameo.startswith("03")]
    events = code("The Kenyan foreign minister held a session with the Somali rebels in Nairobi.")
    assert [(c[:2], s, t) for c, s, t in asserted(events)] == [("04", ["KENGOV"], ["SOMREB"])]


def test_a_person_visiting_from_a_country_visits_no_one(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Nepalese police said a man visiting from Chile was injured in the blast.")
    assert not [e for e in events if e.cameo.startswith("04")]
    assert [e.cameo for e in code("The Kenyan president visited Uganda.") if e.status == "asserted"] == ["042"]


def test_a_writing_told_before_speaks_for_its_maker(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan transport ministry issued a directive to bus firms on Monday. The directive urges the "
                  "firms to fit speed limiters.")
    assert ("020", ["KENGOV"], ["KENBUS"]) in asserted(events)
    events = code("The Kenyan transport ministry published a report on Monday. The report accuses the police of "
                  "torture.")
    assert ("112", ["KENGOV"], ["KENCOP"]) in asserted(events)
    # some report, not the one told before
    events = code("The Kenyan transport ministry published a report on Monday. A report accuses the police of torture.")
    assert ("112", ["KENGOV"], ["KENCOP"]) not in asserted(events)


def test_blame_said_without_the_deed_is_an_accusation(code) -> None:  # type: ignore[no-untyped-def]
    events = code('"Iran is responsible," the Saudi foreign minister said.')
    assert asserted(events) == [("112", ["SAUGOV"], ["IRN"])]
    # denied blame is no accusation
    assert [e.cameo for e in code("The Saudi foreign minister said Iran was not responsible.")] == ["010"]


_FARM_NEWS = " ".join(["Wheat prices slipped again this spring, and many growers fret about the rain and the "
                       "harvest."] * 8)


def test_a_person_running_for_office_is_a_candidate_whose_statements_count(code) -> None:  # type: ignore[no-untyped-def]
    # in an article that is not about politics, an unknown name speaks for no one unless the text says who she is
    for who, sector in [("Cindy Vroe, who is running for Congress,", "PTY"),
                        ("Cindy Vroe, seeking a second term,", "PTY"),
                        ("Cindy Vroe, who runs a bakery,", None)]:
        said = "Vroe said rural clinics need more nurses."
        text = f"{_FARM_NEWS} {who} toured a mill on Monday. {said} {_FARM_NEWS}"
        statements = [e for e in code(text, "2018-04-02") if e.cameo == "010"]
        assert [[a.sector for a in e.source] for e in statements] == ([[sector]] if sector else []), who


def test_asking_someone_if_is_a_question_not_an_appeal(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Reporters asked the Kenyan police chief if he was happy with the verdict.") == []
    # a request on a condition is still a request
    events = code("The Kenyan president asked the Ugandan president for help if the rebels attacked.")
    assert ("023", ["KENGOV"], ["UGAGOV"]) in asserted(events)


def test_a_thing_named_as_subject_coerces_and_threatens_no_one(code) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in code("The storm forced the Kenyan airline to cancel flights.") if e.cameo.startswith("17")]
    assert not [e for e in code("The drought threatens Kenyan farmers.") if e.cameo.startswith("13")]
    events = code("The Kenyan police forced the protesters to leave the square.")
    assert [(e.cameo, [a.code for a in e.source]) for e in events if e.cameo.startswith("17")] == [("170", ["KENCOP"])]
    assert [e.cameo for e in code("Kenyan rebels threatened the journalists.")] == ["130"]
    # a reported passive's speaker is no subject of the act: the state's unnamed act stays
    events = code("Lawyers argued that the four Kenyan men were sent to prison because of flawed testimony.")
    assert [e.cameo for e in events] == ["173"]


def test_what_someone_was_forced_to_do_was_done(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The strikes forced the Kenyan transport minister to resign.")
    assert [(e.cameo, e.status) for e in events if e.cameo.startswith("083")] == [("0831", "asserted")]
    events = code("The strikes could force the Kenyan transport minister to resign.")
    assert [(e.cameo, e.status) for e in events if e.cameo.startswith("083")] == [("0831", "hypothetical")]
