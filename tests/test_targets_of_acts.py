"""The target is the actor the act is done to (issue 11; session 8's judge class "target missing, or a place or topic
as the target"): the owner of a thing labelled or judged, the one asked in a demand or an order, the person taken into
custody, never the place where an attack happens nor the doer's own country. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _asserted(events, cameo_prefix: str):  # type: ignore[no-untyped-def]
    return [e for e in events if e.status == "asserted" and e.cameo.startswith(cameo_prefix)]


def _codes(actors):  # type: ignore[no-untyped-def]
    return [a.code for a in actors]


# -- 1. labelling or judging a thing targets its owner ------------------------------------------------------------

def test_labelling_a_thing_as_bad_targets_its_owner(code) -> None:  # type: ignore[no-untyped-def]
    # the parser takes "a total betrayal" for an apposition of the object: it is still what the thing is called
    [label] = _asserted(code("The Chilean president branded the Peruvian government's decision a total betrayal."),
                        "11")
    assert label.cameo == "111" and _codes(label.target) == ["PERGOV"]
    # a party's name before the thing owns it
    [judged] = _asserted(code("The Chilean president criticized the Socialist Party proposal."), "111")
    assert [a.sector for a in judged.target] == ["PTY"]
    # a thing with no owner is nobody's: no target
    [plain] = _asserted(code("The Chilean president described the plan as a disgrace."), "111")
    assert plain.target == []


# -- 2. a demand with a clause targets the one who must act -------------------------------------------------------

def test_the_one_called_on_to_act_is_asked_and_would_do_the_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Protesters called on the Peruvian city council to resign.")
    [appeal] = _asserted(events, "02")
    assert _codes(appeal.target) == ["PERLEG"]
    [resign] = [e for e in events if e.cameo.startswith("083")]
    assert _codes(resign.source) == ["PERLEG"]  # the council would resign, not the protesters
    # a protest to demand that someone act targets them, as its demand does
    events = code("Peruvian nurses went on strike to demand the Peruvian health ministry hire more staff.")
    acts = [e for e in events if e.cameo.startswith(("14", "10"))]
    assert len(acts) == 2 and all(_codes(e.target) == ["PERGOV"] for e in acts)  # the strike and its demand


# -- 3. the one taken into custody --------------------------------------------------------------------------------

def test_a_passive_joined_to_an_active_verb_befalls_their_shared_subject(code) -> None:  # type: ignore[no-untyped-def]
    [custody] = _asserted(code("The driver fled on foot and was taken into custody an hour later."), "17")
    assert [a.text for a in custody.target] == ["driver"]
    assert [a.sector for a in custody.source] == ["COP"]  # the implicit police (issue 12)
    [arrest] = _asserted(code("John Roe fled on foot and was arrested two hours later."), "173")
    assert [a.text for a in arrest.target] == ["John Roe"]
    assert "John Roe" not in [a.text for a in arrest.source]
    [arrest] = _asserted(code("The Peruvian minister resigned and was arrested."), "173")
    assert _codes(arrest.target) == ["PERGOV"] and _codes(arrest.source) != ["PERGOV"]
    # a passive with a subject of its own keeps it
    [arrest] = _asserted(code("Police chased the car and the driver was arrested."), "173")
    assert [a.text for a in arrest.target] == ["driver"]


# -- 4. places and the doer's own country -------------------------------------------------------------------------

def test_whom_an_attack_hit_is_its_target_not_where_it_happened(code) -> None:  # type: ignore[no-untyped-def]
    attacks = _asserted(code("Armed men staged several raids in northern Peru on Sunday, killing three "
                             "soldiers."), "19")
    assert attacks and all(_codes(e.target) == ["PERMIL"] for e in attacks)
    # a capital named as where it happened is not its government
    [attack] = _asserted(code("Armed men staged an attack in Lima on Sunday."), "19")
    assert "PERGOV" not in _codes(attack.target)
    # a country attacked stays the target
    [attack] = _asserted(code("Peruvian rebels attacked Ecuador on Sunday."), "19")
    assert _codes(attack.target) == ["ECU"]


def test_a_state_does_not_act_on_its_own_country(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Peruvian government said it will withdraw Peru from the treaty.")
    withdrawals = [e for e in events if e.cameo.startswith(("16", "13"))]
    assert withdrawals and not any("PER" in _codes(e.target) for e in withdrawals)
    for text, expelled in (("Russia expelled two British diplomats from the country.", "GBRGOV"),
                           ("Britain expelled 23 Russian diplomats from Britain.", "RUSGOV")):
        [expel] = _asserted(code(text), "16")
        assert _codes(expel.target) == [expelled], text


# -- 5. telling someone to act ------------------------------------------------------------------------------------

def test_ordering_or_telling_someone_to_act_is_a_demand_on_them(code) -> None:  # type: ignore[no-untyped-def]
    for text in ("The Chilean president ordered the Peruvian ambassador to leave the country.",
                 "The Chilean president told the Peruvian ambassador to leave the country."):
        events = code(text)
        [demand] = _asserted(events, "10")
        assert _codes(demand.target) == ["PERGOV"], text
        assert not _asserted(events, "010"), text
    # those told are the target, not whom they are told to obey
    [demand] = _asserted(code("The Peruvian defence minister told the new cadets to obey the civil authorities."), "10")
    assert [a.text for a in demand.target] == ["new cadets"]
    # telling reporters that something is so stays a statement
    assert not _asserted(code("The Peruvian president told reporters that the talks had failed."), "10")


# -- targets named inside what the act falls on ---------------------------------------------------------------------

def test_a_sanction_on_goods_targets_where_they_come_from(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Peruvian president threatened to impose tariffs on $5 billion of imports from Chile.")
    [threat] = _asserted(events, "13")
    assert _codes(threat.target) == ["CHL"]
    assert all(_codes(e.target) == ["CHL"] for e in events)


def test_people_sentenced_are_the_target_of_the_sentence(code) -> None:  # type: ignore[no-untyped-def]
    [sentence] = _asserted(code("A Peruvian court on Monday sentenced three individuals to 20 years in prison."), "11")
    assert [a.text for a in sentence.target] == ["three individuals"]


def test_an_order_that_a_body_stop_its_work_restricts_it(code) -> None:  # type: ignore[no-untyped-def]
    [ban] = _asserted(code("The Peruvian president has ordered all Chilean newspapers to suspend publication."), "172")
    assert (_codes(ban.source), _codes(ban.target)) == (["PERGOV"], ["CHLMED"])
