"""Who "he" and "she" stand for in a whole article: the person the story follows, carried on by the pronouns and
descriptions that take them up, not one named only inside a quotation, in a phrase of the pronoun's own sentence,
or as the object of the pronoun's own verb."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def names(events, trigger, role="source"):  # type: ignore[no-untyped-def]
    return [a.name for e in events if e.trigger.text == trigger for a in getattr(e, role)]


def test_the_minister_and_his_pronouns_carry_the_person_past_a_named_superior(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Interior Minister Tom Okafor has said that 3,000 officers were hired under President Muhammadu Buhari. "
        "The Minister, who opened a police college on Friday, also said the funds approved by President Buhari "
        "would buy vehicles, which he described as urgent. \"We are going to act,\" he added. He urged the officers "
        "to respect the law.", "2018-03-01",
    )
    assert names(events, "described") == ["Tom Okafor"]
    assert names(events, "urged") == ["Tom Okafor"]


def test_a_person_named_inside_a_quotation_is_not_the_next_he_said(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        'Senator Ade Bello spoke at a rally in Enugu on Monday. "President Buhari has failed the farmers," Bello '
        'said. "Buhari knows it." He said the party chairman should resign.', "2018-03-01",
    )
    said = names(events, "resign")
    assert "Ade Bello" in said and "Muhammadu Buhari" not in said


def test_the_doer_is_not_the_one_his_own_verb_acts_on(code) -> None:  # type: ignore[no-untyped-def]
    events = code(
        "Governor Ade Bello of Lagos met President Muhammadu Buhari on Monday. Buhari thanked the governor for the "
        "visit. He later praised President Buhari on the radio.", "2018-03-01",
    )
    assert names(events, "praised") == ["Ade Bello"]


def test_i_in_a_quote_after_he_said_is_whom_he_stands_for(code) -> None:  # type: ignore[no-untyped-def]
    events = code('Senator Ade Bello spoke at a rally in Enugu on Monday. He said, "I am asking the party chairman '
                  'to resign."', "2018-03-01")
    assert names(events, "asking") == ["Ade Bello"]


def test_quotation_spans_pair_curly_and_straight_marks_and_end_at_a_paragraph() -> None:
    from eventdesk.actors.coref import quoted_spans

    text = 'A said \u201cone\u201d and "two". \u201cOpen\n\nB'
    spans = [text[i:j] for i, j in quoted_spans(text)]
    assert spans == ["one", "two", "Open"]


def test_a_given_name_tells_the_gender_when_no_title_does(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Senator Ian Okoro met Senator Lucy Adeyemi in Abuja on Monday. She criticized the police.",
                  "2018-03-01")
    assert names(events, "criticized") == ["Lucy Adeyemi"]
    events = code("Senator Lucy Adeyemi met Senator Ian Okoro in Abuja on Monday. He criticized the police.",
                  "2018-03-01")
    assert names(events, "criticized") == ["Ian Okoro"]


def test_the_main_clause_subject_is_taken_up_before_a_subordinate_one(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Governor Paul Roe of Kano and Senator Ade Bello met in Abuja on Monday. While Bello was rude to "
                  "reporters, Roe was polite to them. He criticized the police.", "2018-03-01")
    assert names(events, "criticized") == ["Paul Roe"]


def test_a_speaker_of_the_other_gender_is_not_the_she_of_what_he_says(code) -> None:  # type: ignore[no-untyped-def]
    for speaker in ("Her husband, Mr Paul Otieno,", "Her spokesman"):
        events = code(f"Senator Jane Otieno of Kenya was found safe on Friday. {speaker} said she would sue the "
                      "Kenyan police.", "2018-03-01")
        assert set(names(events, "sue")) == {"Jane Otieno"}


@pytest.mark.parametrize("text", [
    '"I thank the mayor for his support. I praise the council for its work," said Roe.',
    '"I thank the mayor for his support," she said. "I praise the council for its work."',
])
def test_the_first_person_of_a_quotation_is_its_speaker(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code("LONDON - MP Jane Roe opened the new station on Monday. " + text)
    praise = next(e for e in events if e.trigger.text == "praise")
    assert [(a.text, a.code) for a in praise.source] == [("I", "GBRLEG")]


def test_the_kingdom_or_the_country_is_the_state_named_before(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Jordan signed a water deal with Israel on Monday. The European Union praised the kingdom for its"
                  " restraint.", "2017-05-20")
    praised = next(e for e in events if e.trigger.text == "praised")
    assert [a.code for a in praised.target] == ["JOR"]
    events = code("Norway signed a trade deal with Japan on Saturday. The European Union criticised the country for"
                  " its whaling.", "2017-05-20")
    criticised = next(e for e in events if e.trigger.text == "criticised")
    assert [a.code for a in criticised.target] == ["NOR"]


def test_a_kind_or_a_full_name_is_no_state_told_before(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenya hosted the summit on Monday. Japan praised the Republic of Uganda on Tuesday.", "2017-05-20")
    praised = next(e for e in events if e.trigger.text == "praised")
    assert [a.code for a in praised.target] != ["KEN"]
