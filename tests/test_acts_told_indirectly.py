"""Acts a careful coder lists that were missed (issue 11, recall; judge9's "misses not in the draw"): a charge filed
in the historical present, a jury's verdict, a judgement quoted before its speaker with nothing named as its
target. Sentences written for these tests."""

from __future__ import annotations

from helpers import asserted


def test_a_criminal_charge_filed_is_an_accusation_of_a_crime(code) -> None:  # type: ignore[no-untyped-def]
    # court narration in the historical present, and in the past
    events = code("Kenyan prosecutors file a new charge against the governor of Nakuru.")
    assert asserted(events) == [("1121", ["KENJUD"], ["KENGOV"])]
    events = code("Kenyan prosecutors brought two charges against the interior minister.")
    assert asserted(events) == [("1121", ["KENJUD"], ["KENGOV"])]
    # a lawsuit filed stays a lawsuit (115); a charge with no one charged is a price, not an accusation
    assert [e.cameo for e in code("A Kenyan farmer filed a lawsuit against the ministry.")] == ["115"]
    assert code("The Kenyan utility filed a new charge for water.") == []


def test_jurors_are_the_court(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Jurors convicted the former Kenyan governor of bribery on Tuesday.")
    assert [(e.cameo, [a.code for a in e.source]) for e in events] == [("116", ["KENJUD"])]


def test_a_judgement_quoted_before_its_speaker_is_criticism(code) -> None:  # type: ignore[no-untyped-def]
    # nothing in the sentence says whose the thing judged is: criticism with no target
    assert asserted(code('"That is a big mistake," Kenyan opposition leader Amina Otieno said.')) == [
        ("111", ["KENOPP"], [])]
    assert asserted(code('"The decision is unacceptable," the Kenyan foreign ministry said.')) == [
        ("111", ["KENGOV"], [])]
    # what it is said of names the target
    events = code('"That is a big mistake," the Kenyan opposition leader said of the Ugandan government\'s plan.')
    assert asserted(events) == [("111", ["KENOPP"], ["UGAGOV"])]
    # contrasts: owning up, judging oneself, a denied judgement, and a private person's remark are no criticism
    assert [e.cameo for e in code('"It was a mistake," the Kenyan minister admitted.')] != ["111"]
    assert [e.cameo for e in code('"I was wrong," the Kenyan minister said.')] == ["010"]
    assert [e.cameo for e in code('"The plan is not a mistake," the Kenyan minister said.')] == ["010"]
    assert code('"The weather is a disgrace," the Kenyan farmer said.') == []


def test_a_sentence_to_jail_told_with_back(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The judge sends the Kenyan activist back to jail.")
    assert asserted(events) == [("173", ["KENJUD"], ["KENNGO"])]
    # going back to a city is no act on anyone
    assert code("The Kenyan minister went back to Nairobi.") == []


def test_aid_told_from_the_side_of_its_receiver(code) -> None:  # type: ignore[no-untyped-def]
    assert asserted(code("Uganda received $5 million in aid from Kenya.")) == [("071", ["KEN"], ["UGA"])]
    assert asserted(code("Kenya received a loan of $2 billion from the World Bank.")) == [("071", ["IGOWBK"], ["KEN"])]
    assert asserted(code("The Kenyan army got weapons from Russia.")) == [("072", ["RUS"], ["KENMIL"])]
    events = code("Nakuru county received $2 million in grants from the Kenyan government.")
    assert asserted(events) == [("071", ["KENGOV"], ["KEN"])]
    # contrasts: no giver named, an award of damages, a penalty, a letter, a firm's investors
    assert code("Nakuru county received $2 million in federal grants.") == []
    assert code("The Kenyan farmer received $2 million in damages from the Kenyan government.") == []
    assert code("The Kenyan striker received a yellow card from the referee.") == []
    assert [e.cameo for e in code("Kenya received a letter from Uganda.")] != ["071"]
    assert code("The Kenyan firm received $5 million from investors.") == []


def test_a_resolution_speaks_for_the_body_that_made_it(code) -> None:  # type: ignore[no-untyped-def]
    # the vote is the resolution, and the resolution is the body's named before it
    events = code("The vote, a Kenyan parliament resolution, urges Uganda to end the blockade.")
    assert ("0256", ["KENLEG"], ["UGA"]) in asserted(events)
    events = code("The measure, a Senate resolution, calls on the Kenyan government to end the blockade.")
    assert ("0256", ["KENLEG"], ["KENGOV"]) in asserted(events)
    # the body that voted for it
    events = code("The Kenyan parliament voted for a resolution urging Uganda to end the blockade.")
    assert ("0256", ["KENLEG"], ["UGA"]) in asserted(events)
    # a compound that names no body makes no source
    events = code("A peace resolution calls on the Kenyan government to end the blockade.")
    assert [[a.code for a in e.source] for e in events if e.cameo == "0256"] == [[]]


def test_a_coroner_is_a_public_office(code) -> None:  # type: ignore[no-untyped-def]
    assert asserted(code("The Kenyan coroner said the morgues were full.")) == [("010", ["KENJUD"], [])]
    # a doctor's remark is no political statement
    assert code("The Kenyan pathologist said the man drowned.") == []


def test_a_tweet_quoted_before_its_writer_is_the_writers(code) -> None:  # type: ignore[no-untyped-def]
    # "we" in a quote is the one who tweeted or posted it, named after the quote
    events = code('"We stand with Uganda," Kenyan President Uhuru Kenyatta tweeted.')
    assert asserted(events) == [("051", ["KENGOV"], ["UGA"])]
    events = code('"We condemn the killings in Uganda," Kenyan President Uhuru Kenyatta posted on Facebook.')
    assert ("111", ["KENGOV"], []) in asserted(events)
    # posting officers or bail says nothing
    assert [e.cameo for e in code("Kenyan police posted officers at the border.")] == ["153"]
    assert code("The Kenyan minister posted bail.") == []


def test_a_jury_that_rejects_the_defence_finds_against_the_accused(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The defence argued that the Kenyan officer acted alone, but the jury disagreed.")
    assert ("116", ["KENJUD"], []) in asserted(events)
    events = code("The Kenyan officer's lawyers said he acted alone. The jury disagreed.")
    assert [e.cameo for e in events if e.trigger.text == "disagreed"] == ["116"]
    events = code("The jury rejected the Kenyan defendant's account of the shooting.")
    assert [(e.cameo, [a.code for a in e.source]) for e in events] == [("116", ["KENJUD"])]
    # disagreeing with the prosecution, or among themselves, is no verdict against the accused
    events = code("The prosecution argued that the Kenyan officer planned the killing, but the jury disagreed.")
    assert "116" not in [e.cameo for e in events]
    assert code("The jury rejected the prosecution's account of the shooting.") == []
    assert code("The jurors disagreed about the verdict.") == []
    # after the defence spoke, too: a jury disagreeing among its members answers no one
    events = code("The Kenyan officer's lawyers said he acted alone. The jurors disagreed among themselves for days.")
    assert "116" not in [e.cameo for e in events]
