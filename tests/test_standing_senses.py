"""Non-events and wrong senses (issue 11, item 2): a standing rule, a role or a habit told in the simple present, a
participle that describes its noun, a noun of joint manner, "added to" and "written by", a conceded possibility, a
visit named by its verb, a relative's words and a duty ("will have to") are no asserted acts of their class.
Sentences written for these tests."""

from __future__ import annotations


def _asserted(events):  # type: ignore[no-untyped-def]
    return [(e.cameo, [a.code for a in e.source]) for e in events if e.status == "asserted"]


# An article's body around the sentence under test: a simple present is read as a role or a habit only in the body of
# an article (a sentence on its own is most often a headline, whose present tells a past act)
_LEDE = ("NAIROBI - The Kenyan parliament met on Tuesday to debate the budget of the ministry of roads. The opposition "
         "leader said the government had failed to deliver on its promises to the voters of the north. The finance "
         "minister rejected the claim and told lawmakers that the treasury had paid every contractor on time. The "
         "speaker of the national assembly adjourned the session after a heated debate between the parties. ")
_TAIL = (" Several members of parliament demanded an inquiry into the spending of the roads agency. The office of the "
         "president declined to comment on the dispute between the two parties on Wednesday.")


def _in_article(code, sentence: str):  # type: ignore[no-untyped-def]
    """The events of ``sentence`` told in the body of an article."""
    return [e for e in code(_LEDE + sentence + _TAIL) if e.text.strip() == sentence]


def test_a_standing_rule_or_role_in_the_present_is_no_act(code) -> None:  # type: ignore[no-untyped-def]
    for sentence in ("The standing orders let the Kenyan opposition pick the chair of the audit committee.",
                     "Our department provides grants to the Kenyan rural roads fund.",
                     "Jane Roe, a former Kenyan police officer, now works with refugees at a clinic in Mombasa.",
                     "The Kenyan ministry funds the program every year."):
        assert _asserted(_in_article(code, sentence)) == [], sentence
    # the past tells the act, and so do a present dated to a day and a sentence on its own (a headline)
    events = _in_article(code, "The Kenyan treasury provided grants to the roads fund in March.")
    assert _asserted(events) == [("071", ["KENGOV"])]
    assert [e.cameo for e in _in_article(code, "Kenyan police arrest five protesters on Monday.")] == ["173"]
    assert [e.cameo for e in code("Kenya expels Somali diplomats.")] == ["166"]
    # saying and the stands one holds are said now; a clause of time tells what is to come
    assert [e.cameo for e in _in_article(code, "The Kenyan ministry denies the reports.")] == ["016"]
    events = _in_article(code, "Kenya will not talk to Somalia until Mogadishu expels the militants.")
    assert "expels" in [e.trigger.text for e in events]


def test_a_participle_of_standing_relation_describes_its_noun(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenyan troops patrol a county threatened by Somali militants.")
    assert [e for e in events if e.cameo.startswith("13")] == []
    # a reduced relative of a deed is still the deed, and a threat with its content a threat
    events = code("The Kenyan army protected a town attacked by Somali militants last week.")
    assert ("190", ["SOMREB"]) in _asserted(events)
    events = code("The Kenyan minister threatened by the Somali militants with death has left the country.")
    assert [e.cameo[:2] for e in events if e.status == "asserted"] == ["13"]


def test_a_noun_of_joint_manner_is_no_agreement(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The trade fair, run in partnership with the Kenyan Chamber of Commerce, opens today.") == []
    events = code("Kenyan police arrested the suspect in cooperation with Interpol.")
    assert [e.cameo for e in events] == ["173"]
    assert [e.cameo for e in code("Kenya formed a partnership with Uganda.")] != []


def test_added_to_and_written_by_say_nothing(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Three judges were added to the bench of the Kenyan appeals court.") == []
    assert code("The Kenyan ministry added three judges to the appeals court.") == []
    assert code("The Kenyan newspaper's weekend columns are written by retired diplomats.") == []
    assert _asserted(code('"We are ready," the Kenyan minister added.')) == [("010", ["KENGOV"])]
    # what a text says is said by its own verb
    assert _asserted(code("A letter written by the Kenyan minister said the talks had failed.")) == [
        ("010", ["KENGOV"])]


def test_admitting_a_possibility_is_no_admission(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Kenyan minister admitted the cabinet might delay the budget vote.")
    assert [e.cameo for e in events if e.status == "asserted"] == ["010"]
    events = code("The Kenyan minister admitted that the police had beaten the protesters.")
    assert "015" in [e.cameo for e in events]


def test_a_visit_named_by_its_verb_keeps_its_code(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenyan President Uhuru Kenyatta told reporters in Nairobi that he visited Doha last month.")
    assert [e.cameo for e in events if e.trigger.text == "visited"] == ["042"]
    # a meeting is read by its place
    assert [e.cameo for e in code("Kenyan President Uhuru Kenyatta met Saudi King Salman in Nairobi.")] == ["043"]


def test_a_relative_speaks_as_a_private_person(code) -> None:  # type: ignore[no-untyped-def]
    assert code('"He was a kind man," said his cousin Mary Roe.') == []
    assert code("Mary Roe, the victim's aunt, said the family wanted answers.") == []
    assert [e.cameo for e in code("Kenyan police spokesman John Roe said the family wanted answers.")] == ["010"]


def test_a_duty_is_no_deed(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenya will have to move cautiously, negotiating tariffs with Uganda.")
    assert [e.status for e in events if e.cameo == "046"] == ["hypothetical"]
    assert [e.status for e in code("Kenya will have to negotiate with Somalia.")] == ["hypothetical"]
    # what one had to do, one did; a participle clause shares its head's status
    assert [e.status for e in code("The Kenyan army had to withdraw from the town.")] == ["asserted"]
    events = code("Kenyan troops attacked the town, killing five Somali militants.")
    assert {e.status for e in events} == {"asserted"}


def test_a_rule_as_subject_says_its_content(code) -> None:  # type: ignore[no-untyped-def]
    events = _in_article(code, "The Kenyan constitution demands that the president consult parliament.")
    assert [e for e in events if e.cameo.startswith("10")] == []
    assert [e.status for e in events if e.cameo == "040"] == ["hypothetical"]
    # a body that demands it now is making a demand
    events = _in_article(code, "Kenyan opposition leaders demand that the president resign.")
    assert [e.cameo[:2] for e in events if e.status == "asserted"] == ["10"]


def test_an_act_noun_modifying_a_noun_names_a_kind(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The Kenyan firm will enter the demonstration phase next year.") == []
    assert code("Kenyan voters cast a protest vote against the ruling party.") == []
    # the noun it modifies may be the act
    assert [e.cameo[:2] for e in code("Kenyan students staged a protest march against the fee increase.")] == ["14"]


def test_a_reputation_is_no_praise(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The former Kenyan vice-president is credited with building the country's first highways.") == []
    # praise someone gave is an act
    events = code("The Kenyan minister is praised by the opposition for his handling of the crisis.")
    assert _asserted(events) == [("051", ["KENOPP"])]
    assert [e.cameo for e in code("The Kenyan minister was praised for his handling of the crisis.")] == ["051"]
