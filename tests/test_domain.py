"""Political event data only: the verbs of politics in business, sport and private life give no event."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventdesk.errors import KnowledgeBaseError
from eventdesk.events.patterns import PatternSet
from eventdesk.kb import KnowledgeBase
from eventdesk.ontology import Ontology

# A match report of more than a hundred words that names no political actor: the verbs are politics' verbs.
MATCH_REPORT = (
    "Riverside United attacked from the first whistle and the visitors struggled to keep up. "
    "Jordan Pike, the club's young striker, fired the opener after twelve minutes and celebrated with the fans "
    "behind the goal. Harbour City pushed forward after the break, and their captain Tom Ellery struck the post "
    "twice before the hour. Ellery praised his team-mates afterwards and blamed the wet pitch for the misses. "
    "Coach Anna Brook said the squad had prepared well for the derby and thanked the supporters for the noise. "
    "Pike signed a new contract with the club last week, and Brook called him the best young forward in the "
    "league. The two sides meet again in the cup next month, when Harbour City will host the return match at "
    "their own ground in front of a sold-out crowd of twenty thousand."
)


def test_firms_and_private_people_make_no_political_event(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The carmaker signed contracts with two suppliers.") == []
    signed = code("The government signed contracts with two suppliers.")
    assert [e.cameo_root for e in signed] == ["05"]


def test_a_match_report_gives_no_events_but_an_army_in_it_would(code) -> None:  # type: ignore[no-untyped-def]
    assert code(MATCH_REPORT) == []
    war = MATCH_REPORT.replace("Riverside United attacked", "The Russian army attacked Georgian villages")
    assert "assault/attack" in [e.rule for e in code(war)]


def test_a_state_act_with_no_named_agent_is_the_states(code) -> None:  # type: ignore[no-untyped-def]
    charged = code(MATCH_REPORT + " Two men from the town were charged with fraud on Monday.")
    # the state's prosecution, which the text leaves implicit (events/implicit.yaml)
    assert [(e.cameo, [a.sector for a in e.source]) for e in charged] == [("1121", ["JUD"])]
    assert charged[0].rule.endswith("/implicit-agent")


def test_unknown_actors_of_a_short_text_may_be_political(code) -> None:  # type: ignore[no-untyped-def]
    # one sentence is too little to judge its subject: an unknown name may be a party or a rebel group
    assert [e.cameo_root for e in code("The Ogaden Front accused Zolan Mard of fraud.")] == ["11"]


def test_unknown_actors_set_aside_still_count_as_gaps(coder) -> None:  # type: ignore[no-untyped-def]
    from eventdesk.models import Document

    result = coder.code_parsed(Document(id="m", text=MATCH_REPORT), coder.nlp(MATCH_REPORT))
    assert result.events == []
    assert "Ellery" in result.uncoded


# An article about politics of more than a hundred words in which an industry group speaks to a new levy.
LEVY_STORY = (
    "The provincial government of Manitoba announced a new levy on packaged food on Tuesday, and the finance "
    "minister told the legislature that the money would pay for rural clinics. Opposition members said the "
    "premier had broken an election promise, and the cabinet met late into the night. "
    "Ghislaine Dubois, president of the Manitoba Grocers Association, said the levy would hurt small stores. "
    "Her neighbour, a retired nurse, said she liked the new clinics. The minister said talks with retailers "
    "would continue next week, and the premier told reporters the government would not back down. The levy "
    "takes effect in June across the whole province and its northern towns."
)


def test_an_organisation_speaking_in_an_article_about_politics_makes_a_statement(code) -> None:  # type: ignore[no-untyped-def]
    statements = {(e.source[0].text, e.source[0].code) for e in code(LEVY_STORY) if e.cameo == "010" and e.source}
    assert ("Ghislaine Dubois", "CANBUS") in statements  # an industry group on a levy is lobbying
    assert not any(code == "CANCVL" or "neighbour" in text for text, code in statements)  # a private person is not
    assert code(MATCH_REPORT) == []  # nor a club or a coach in a match report


def test_a_sector_speaks_with_a_boolean_and_only_organised_interests_do(tmp_path: Path) -> None:
    (tmp_path / "sectors.yaml").write_text("GOV:\n  name: government\n  political: true\n  speaks: true\n"
                                           "  terms: [junta]\n")
    with pytest.raises(KnowledgeBaseError, match=r"sectors\.yaml:2: GOV: speaks: expected true or false"):
        KnowledgeBase.load([tmp_path])
    organised = KnowledgeBase.load().organised_sectors
    assert {"BUS", "LAB"} <= organised and not {"CVL", "CRM", "EDU", "GOV", "MED"} & organised


def test_a_sector_marks_itself_political_with_a_boolean(tmp_path: Path) -> None:
    (tmp_path / "sectors.yaml").write_text("GOV:\n  name: government\n  political: maybe\n  terms: [junta]\n")
    with pytest.raises(KnowledgeBaseError, match=r"sectors\.yaml:2: GOV: political: expected true or false"):
        KnowledgeBase.load([tmp_path])
    assert {"GOV", "MIL", "COP", "JUD", "REB"} <= KnowledgeBase.load().political_sectors
    assert not {"BUS", "EDU", "CVL"} & KnowledgeBase.load().political_sectors
    # the press is a political actor, but naming it does not make an article one about politics
    assert "MED" in KnowledgeBase.load().political_sectors
    assert "MED" not in KnowledgeBase.load().topic_sectors


def test_actor_requirements_are_validated_and_read_by_prefix(tmp_path: Path) -> None:
    ontology = Ontology.load()
    assert ontology.actors_required("0874") == "political"
    assert ontology.actors_required("145") == "any"
    assert ontology.actors_required("1121") == "state"
    (tmp_path / "cameo_actors.csv").write_text("cameo,actors,why\n06,everyone,\n")
    with pytest.raises(KnowledgeBaseError, match=r"cameo_actors\.csv:2: actors: 'everyone' is not one of"):
        Ontology.load(tmp_path)
    (tmp_path / "cameo_actors.csv").unlink()
    (tmp_path / "p.yaml").write_text("- id: agree/x\n  verbs: [sign]\n  cameo: '057'\n  actors: all\n")
    with pytest.raises(KnowledgeBaseError, match=r"p\.yaml:1: agree/x: actors: 'all' is not one of"):
        PatternSet.load(tmp_path)


def test_a_charge_of_duty_is_no_criminal_charge(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Two Kenyan defenders will be charged with trying to stop the forward on Saturday.") == []
    assert [e.cameo for e in code("Two Kenyan men were charged with murder.")] == ["1121"]


def test_a_coachs_remarks_are_no_political_statement(code) -> None:  # type: ignore[no-untyped-def]
    assert code('"It was a great game," the Riverside coach said.') == []
    assert [e.cameo for e in code('"It was a great game," the Kenyan minister said.')] == ["010"]


def test_senses_that_are_no_political_act(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The rent the Kenyan landlord charges is high.") == []
    assert code("Our Kenyan local governments cannot meet the challenges.") == []
    assert code("The Kenyan girl's family fought a year-long battle with the courts.") == []
    assert code("The Kenyan candidate talked about rolling back the privatization.") == []
    assert [e.cameo for e in code("The Kenyan president met the Ugandan president on Monday.")] == ["040"]
    assert [e.cameo for e in code("Turkish troops pushed into the province on Sunday.")] == ["190"]


def test_pleas_storms_and_calls_to_account(code) -> None:  # type: ignore[no-untyped-def]
    # a plea before a court denies or admits the charge (not an appeal to anyone)
    assert [e.cameo for e in code("Two Kenyan men have pleaded not guilty to murder.")] == ["016"]
    assert [e.cameo for e in code("In 2003 the Kenyan officer pleaded guilty to the murders.")] == ["015"]
    assert code("Three hurricanes struck Cuba last year.") == []
    assert [e.cameo for e in code("The Kenyan officer denies two counts of fraud.")] == ["016"]
    events = code("Kenyan activists called the minister to account.")
    assert [(e.cameo, [a.code for a in e.target]) for e in events] == [("111", ["KENGOV"])]


def test_an_act_ordered_by_a_political_actor_is_political(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Afghan president ordered the Kabul newspapers to suspend publication.")
    assert [e.cameo for e in events if e.cameo_root == "17"] == ["172"]
    assert code(MATCH_REPORT + " The coach told his players to attack the visitors' goal.") == []


def test_a_call_on_someone_is_an_appeal_and_hackers_attack_politically(code) -> None:  # type: ignore[no-untyped-def]
    assert [e.cameo for e in code("The Kenyan opposition called on the electorate.")] == ["020"]
    events = code("Azerbaijani hackers launched cyber attacks on Armenian state websites.")
    assert [e.cameo_root for e in events] == ["17"]


def test_a_killing_among_named_people_is_crime_news_even_in_a_political_article(code) -> None:  # type: ignore[no-untyped-def]
    article = (
        "The Kenyan police said on Monday that the investigation into the death was continuing, and the court set a "
        "hearing for next month. The prosecutor told the court that the victim, a teacher, had been followed home. "
        "Officers said they had searched the house and questioned neighbours for hours. The police chief told "
        "reporters that the force would add patrols in the district, and the interior minister promised more money "
        "for the police. John Mwangi killed Peter Otieno after a quarrel, the prosecutor said. The court will meet "
        "again in May, when the judge is expected to rule on bail."
    )
    assert "19" not in [e.cameo_root for e in code(article)]
    rebels = article.replace("John Mwangi killed Peter Otieno after a quarrel", "Rebels killed Peter Otieno in a raid")
    assert "19" in [e.cameo_root for e in code(rebels)]
