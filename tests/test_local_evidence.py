"""Inside a whole article, what an actor's own phrase says beats the article's guess of its country: a US county in
a prosecutor's title, an international body's title before a known name, a region the story names most (which has
no police of its own), a place the sentence is set in. Each article below names another country often enough to
mislead; coded alone, each actor's sentence gives the same code."""

from __future__ import annotations

import pytest

from helpers import coded

pytestmark = pytest.mark.model


def codes(events, role: str = "source") -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return dict(coded(events, role))


def test_a_county_in_an_officials_title_is_of_its_country(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A Dutch tourist was found dead in a motel room last spring, and a man from Amsterdam was charged "
                  "with his murder.\n\nThe victim's family flew in from the Netherlands for the trial. Dutch consular "
                  "staff attended every day.\n\n\"The evidence shows he planned it,\" said Fulton County Assistant "
                  "District Attorney Mary Smith.\n\nSmith told the jury the defendant had bought a knife the day "
                  "before.", None)
    assert codes(events)["Mary Smith"] == "USAJUD"
    assert codes(events)["Smith"] == "USAJUD"  # the surname keeps what the full name said
    assert codes(events, "target")["jury"] == "USAJUD"  # the jury sits where her court does


def test_an_international_title_before_a_known_name_holds_whatever_the_years(code) -> None:  # type: ignore[no-untyped-def]
    text = ("The European Central Bank's President Jean-Claude Trichet warned on Thursday that inflation could rise. "
            "Trichet told reporters the bank would wait. Oil prices have been at their highest since 1990 and the "
            "Gulf War. Fuel ran short in the United States, and the United States economy slowed.")
    events = code(text, None)  # undated: 1990 is the latest year it names, before his term began
    assert codes(events)["Jean-Claude Trichet"] == "IGOECB"
    assert codes(events)["Trichet"] == "IGOECB"
    events = code(text, "2015-06-01")  # dated after his term: the title the text gives is still the bank's
    assert codes(events)["Jean-Claude Trichet"] == "IGOECB"


def test_a_title_before_a_known_name_confirms_an_office_begun_after_the_years_named(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The shooting at the school in 2012 shocked the nation. Speaker of the House Paul Ryan called the "
                  "plan unlawful. Ryan said the president had gone too far.", None)
    assert codes(events)["Paul Ryan"] == "USALEG"
    assert codes(events)["Ryan"] == "USALEG"
    # no title: a story naming only 2012 is before his term, and he had held no office yet
    events = code("The shooting at the school in 2012 shocked the nation. Paul Ryan said the plan was unlawful.", None)
    assert codes(events)["Paul Ryan"] == "USA"


def test_a_region_named_most_lends_no_official_a_country(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Europe's banks lend more to Africa than ever, and Africa's growth draws money from across "
                  "Europe.\n\nLenders in Europe and Africa met in Accra this week.\n\n\"We are proud of this,\" said "
                  "Vice-President Tom Roe, responsible for lending in Africa.\n\nEurope and Africa agreed on more "
                  "trade.", None)
    assert codes(events)["Tom Roe"] is None  # not AFRGOV nor EURGOV: a region has no government


def test_state_and_federal_agencies_are_of_the_hyphenated_county_the_sentence_names(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Maria Roe fled Cuba in 1994 and opened a bakery in Hialeah. Her Cuban pastries are now famous.\n\n"
                  "Cuban exiles in Miami line up for them every morning, and Havana's old recipes live on.\n\n"
                  "The Miami-Dade school district said it had worked with state and federal agencies to check the "
                  "bakery's food for the school lunches.\n\nRoe said Cuba still felt close.", None)
    assert codes(events, "target")["state and federal agencies"] == "USAGOV"  # not Cuba's, nor a Chinese "Dade"


def test_a_sentence_set_in_parts_of_a_constituent_country_is_set_there(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Russian officials said on Monday that Russia would send rescue teams abroad, and Moscow promised "
                  "help.\n\nThe Russian emergencies ministry said Russia had sent aid to several countries this "
                  "year.\n\n"
                  "Floods drove hundreds of people from their houses in parts of northern England.\n\n"
                  "Russian President Vladimir Putin said Russia stood ready to help.", None)
    assert codes(events, "target")["people"] == "GBRCVL"


def test_another_ministry_named_before_a_known_name_is_no_title_of_his_later_office(code) -> None:  # type: ignore[no-untyped-def]
    events = code("As Safety and Security Minister in 2004, Charles Nqakula praised the police.", None)
    # his defence post began after 2004: the text names his earlier ministry
    assert codes(events)["Charles Nqakula"] == "ZAFGOV"


def test_a_spokesman_of_a_body_or_a_leader_named_before_his_name_is_theirs(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Germany's government defended its car law on Wednesday, and German ministers said Berlin would not "
                  "yield.\n\nThe European Commission says the German law breaks the rules of the single market.\n\n"
                  "\"The law keeps investors out,\" commission spokesman Tom Roe said.\n\nGerman unions backed Berlin.",
                  None)
    assert codes(events)["Tom Roe"] == "IGOEU"  # not Germany's: "the Commission" of a story on the EU
    events = code("The Queen hosted a state banquet in London on Tuesday, and Britain's royal family turned out in "
                  "force.\n\nBritish ministers joined the guests at Buckingham Palace.\n\n\"The president values the "
                  "friendship deeply,\" said Obama spokesman Jane Roe.", "2015-06-01")
    assert codes(events)["Jane Roe"] == "USAGOV"  # the president's spokeswoman, in a British story


def test_a_royal_style_is_a_title_before_and_outside_the_office_the_base_knows(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Queen met four presidents between 1991 and 2011. Prince Charles and his wife have visited "
                  "Obama in the Oval Office.", None)  # he became king only after every year named
    assert codes(events)["Charles"] == "GBRGOV"
    events = code("A student shot Archduke Karl Friedrich of Austria in the city in 1914.", None)
    assert codes(events, "target")["Karl Friedrich"] == "AUTGOV"


def test_an_office_left_before_the_latest_year_named_leaves_one_of_the_elite(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Crowds gathered in Johannesburg in 2013 to mourn. Nelson Mandela was praised by the crowds.", None)
    assert codes(events, "target")["Nelson Mandela"] == "ZAFELI"  # his term ended in 1999: told of after it
    events = code("Crowds gathered in Johannesburg in 2013 to mourn. In 1994, Nelson Mandela praised the new "
                  "constitution.", None)
    assert codes(events)["Nelson Mandela"] == "ZAFGOV"  # a sentence of his term


def test_a_year_ahead_does_not_date_an_undated_text(code) -> None:  # type: ignore[no-untyped-def]
    # a target year ("by 2035", "will ... in 2040") is not when the story is told: she is not yet a former holder
    events = code("Angela Merkel criticised Russia over its plan to double its gas exports by 2035.", None)
    assert codes(events)["Angela Merkel"] == "DEUGOV"
    events = code("Angela Merkel criticised Russia, which will open a new pipeline in 2040.", None)
    assert codes(events)["Angela Merkel"] == "DEUGOV"


def test_a_thing_named_after_a_town_does_not_set_the_story_there(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Jane Roe's pay stopped in April because of the Phoenix pay system, and she went weeks without a "
                  "salary.\n\nThe Phoenix system has underpaid thousands of public servants, and Phoenix remains a "
                  "mess, she said.\n\nShe sold her house in Gatineau, Que., and moved to an apartment in Ottawa.\n\n"
                  "Two days after her story aired, the government agreed to give her $1,000.", None)
    assert codes(events)["government"] == "CANGOV"  # not Arizona's: the pay system only bears the name


def test_a_wire_dateline_is_where_a_story_was_filed_not_where_it_is_set(code) -> None:  # type: ignore[no-untyped-def]
    text = ("LONDON (Reuters) - A fire in a market in the western city of Tabriz injured 20 people, Iranian state "
            "media reported on Sunday.\n\nThe head of the fire department in Tabriz said on state television that "
            "leaking gas might have started it.\n\nOfficials said an investigation was underway, and police closed "
            "the market.")
    events = code(text, None)
    assert codes(events)["Officials"] == "IRNGOV"
    assert codes(events)["police"] == "IRNCOP"
    # a story that names its dateline's country again is set there
    events = code(text.replace("Officials said", "British officials said Britain had offered help. Officials said"),
                  None)
    assert codes(events)["Officials"] == "GBRGOV"


def test_a_firm_named_after_its_country_is_the_firm(code) -> None:  # type: ignore[no-untyped-def]
    # "Air" before a country's name makes an airline of that country (name_leads), not the country itself
    sources = [a.code for e in code("Air India criticised the Indian government's new tax on fuel.") for a in e.source]
    assert sources == ["INDBUS"]
    sources = [a.code for e in code("Air France KLM criticised the French tax on flights.") for a in e.source]
    assert sources == ["FRABUS"]
    # the air force and an air marshal stay what they are
    assert [a.code for e in code("The US Air Force bombed the bridge.") for a in e.source] == ["USAMIL"]
