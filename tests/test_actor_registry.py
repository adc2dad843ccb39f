"""The document's actor registry: people the article describes keep that description wherever they are named
again (surname, full name, "he"/"she"); companies, NGOs and international offices are coded as such."""

from __future__ import annotations

import pytest

from helpers import by_trigger, coded

pytestmark = pytest.mark.model


def test_a_person_introduced_with_is_the_keeps_the_office(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Kenya's police arrested six men in Nairobi on Tuesday. Maria Wanjiru is the head of the Kenyan police "
        "traffic unit. On Monday, Maria Wanjiru criticized the new rules. Later she condemned the Kenyan courts."
    )
    assert ("Maria Wanjiru", "KENCOP") in coded(events)
    assert ("she", "KENCOP") in coded(by_trigger(events, "condemned"))


def test_a_described_member_and_a_traders_leader(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Australian police arrested two teenagers in Cairns. Bob Kettle is the Federal Member for Kennedy. He has "
        "met with community leaders in the town. Jane Lindow is the vice-president of the Cairns Traders' "
        "Association. She criticized the Australian police."
    )
    assert ("He", "AUSLEG") in coded(by_trigger(events, "met"))
    assert coded(by_trigger(events, "criticized"))[0][1] == "AUSBUS"


def test_title_before_the_name_and_the_pronoun_after(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Kenya's police arrested six men in Nairobi on Tuesday. The head of the Nairobi regional police, Inspector "
        "Tom Otieno, spoke to reporters. He criticized the Kenyan courts. Otieno condemned the attack."
    )
    assert ("He", "KENCOP") in coded(by_trigger(events, "criticized"))
    assert ("Otieno", "KENCOP") in coded(by_trigger(events, "condemned"))


def test_spelled_out_detective_ranks_are_police(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Australian police charged two men in Queensland. Detective Senior Sergeant Paul Fakeson criticized the "
        "Australian government."
    )
    assert coded(by_trigger(events, "criticized"))[0][1] == "AUSCOP"


def test_an_owned_title_goes_with_the_name_after_it(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Montana officials met in Helena on Monday. Prison director Ann Roeson and Gov. Jane Testley's budget "
        "director, Mark Villanova, traveled to Denver for talks. Villanova criticized the union."
    )
    travel = coded(by_trigger(events, "traveled"))
    assert ("Mark Villanova", "USAGOV") in travel
    assert not any("Testley" in text for text, _ in travel)  # the governor owns the title; she did not travel
    assert ("Villanova", "USAGOV") in coded(by_trigger(events, "criticized"))


def test_a_serving_title_is_coded_as_its_body(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "South African police arrested a man in Cape Town. A spokesman for the National Prosecuting Authority, "
        "John Fakeza, criticized the police. He also condemned the suspects."
    )
    assert coded(by_trigger(events, "criticized"))[0][1] == "ZAFJUD"
    assert ("He", "ZAFJUD") in coded(by_trigger(events, "condemned"))
    events = code("Cape Town police arrested a man. Gauteng SAPS spokesperson Sergeant Jane Fakeza criticized the "
                  "suspects.")
    assert coded(by_trigger(events, "criticized"))[0][1] == "ZAFCOP"
    events = code("A US congress delegation met Moroccan officials in Rabat. A court official criticized the police.")
    assert coded(by_trigger(events, "met"))[0][1] == "USALEG"
    assert coded(by_trigger(events, "criticized"))[0][1] == "MARJUD"


def test_a_private_person_is_the_nearer_antecedent(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Kenyan lawmakers met in Nairobi. Police spokeswoman Anna Achieng said two men were arrested. Earlier, the "
        "mother of the victim spoke to reporters. She criticized the Kenyan police."
    )
    she = coded(by_trigger(events, "criticized"))
    assert she and she[0][0] == "She" and she[0][1] != "KENCOP"


def test_employer_of_an_executive_is_a_company(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Regulators in California told Zorblat to stop its tests. Zorblat's chief executive Karl Hansen criticized "
        "the regulators. The company condemned the California officials."
    )
    assert ("Zorblat", "USABUS") in coded(events, "target")
    assert ("Karl Hansen", "USABUS") in coded(events)
    assert ("company", "USABUS") in coded(by_trigger(events, "condemned"))


def test_a_legal_form_marks_a_company(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenyan police arrested six men in Nairobi. Acme Widgets Inc. refused to pay the Kenyan fine.")
    assert ("Acme Widgets Inc.", "KENBUS") in coded(events)


def test_eu_offices_and_ngos(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The European Union agreed new rules in Brussels. Commissioner for Trade, Anna Testdottir, criticized "
        "China. Amnesty International condemned Chinese police."
    )
    assert coded(by_trigger(events, "criticized"))[0][1] == "IGOEU"
    assert ("Amnesty International", "NGOAMN") in coded(by_trigger(events, "condemned"))
    events = code("MEP Anna Fakeska condemned the Polish government. European Commissioner Jan Testowski praised "
                  "Hungary.")
    assert coded(by_trigger(events, "condemned")) == [("Anna Fakeska", "IGOEP")]
    assert coded(by_trigger(events, "praised")) == [("Jan Testowski", "IGOEU")]


def test_speaking_with_a_titled_host_is_no_joint_source(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "The United States values Kenya's role in regional security, US Senate Majority Leader, John Fakesmith, "
        "said Monday in Nairobi. Speaking with Deputy Speaker of the National Assembly (Kenya's lower house), Peter "
        "Otieno, Fakesmith, who is on a visit to Kenya at the head of a Senate delegation, highlighted the strong "
        "ties between the two countries. Otieno praised the ties."
    )
    speaking = by_trigger(events, "Speaking")
    assert speaking and coded(speaking) == [("Fakesmith", "USALEG")]
    assert coded(speaking, "target") == [("Peter Otieno", "KENLEG")]
    assert coded(by_trigger(events, "visit")) == [("Fakesmith", "USALEG")]
    assert ("Otieno", "KENLEG") in coded(by_trigger(events, "praised"))


def test_a_company_read_through_itself_codes_without_error(code) -> None:  # type: ignore[no-untyped-def]
    # "the bank" resolves to the company named last; that company's own phrase contains "the bank's"
    events = code("The Zorvik Bank's delegation praised the bank's partners in the Kenyan government.")
    assert all(e.source or e.target for e in events)


def test_an_owners_office_speaks_for_the_owner(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kazakh Foreign Minister Arman Testbayev's office criticized Georgia.")
    assert coded(events)[0][1] == "KAZGOV"


def test_the_object_of_a_participle_is_not_its_doer(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A Kenyan lawyer filed a lawsuit against visiting Ugandan President Jon Testu, accusing him of "
                  "fraud.")
    accusing = by_trigger(events, "accusing")
    assert accusing and coded(accusing, "target") == [("him", "UGAGOV")]


def test_a_name_hung_on_the_body_names_the_title(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Australian police arrested two boys in Cairns. The head of the Cairns youth crime unit, Detective Senior "
        "Sergeant Glen Horwood, criticized the courts. Horwood condemned the Australian government."
    )
    assert coded(by_trigger(events, "criticized")) == [("Sergeant Glen Horwood", "AUSCOP")]
    assert ("Horwood", "AUSCOP") in coded(by_trigger(events, "condemned"))
    assert ("two boys", "AUSCRM") in coded(by_trigger(events, "arrested"), "target")


def test_a_title_hung_on_its_house_takes_the_houses_country(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Kenya's role matters, the United States House of Representatives Minority Whip, John Fakesmith, said "
        "Wednesday in Nairobi. Kenya praised Fakesmith. Rachel El Fakir, the Kenyan trade minister, met him. Later, "
        "El Fakir criticized Uganda."
    )
    assert ("Fakesmith", "USALEG") in coded(by_trigger(events, "praised"), "target")
    assert ("El Fakir", "KENGOV") in coded(by_trigger(events, "criticized"))


def test_no_company_from_a_private_persons_possessive(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "British police arrested Kyle Brannock in London. Brannock's girlfriend Kate Feddar criticized the British "
        "police."
    )
    assert coded(by_trigger(events, "criticized"))[0][1] != "GBRBUS"


def test_a_named_persons_surname_is_not_a_town(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        '"We will build it," says newly elected town councillor Dewly Nelson of Alberta. Later, Nelson criticized '
        "the Canadian government."
    )
    assert coded(by_trigger(events, "criticized"))[0][1] == "CANGOV"


def test_a_pronoun_once_resolved_tells_the_gender(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Kenyan police arrested a man in Nairobi. Police spokeswoman Mary Achieng criticized the suspects. "
        "Kenyan prosecutor Sam Otieno told reporters the case was closed. \"It was hard,\" he said. "
        "Later she condemned the Kenyan courts."
    )
    assert coded(by_trigger(events, "condemned")) == [("she", "KENCOP")]
