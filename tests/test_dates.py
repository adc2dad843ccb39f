"""Event dates in whole stories: weekdays, ages, "a month later", background events, impossible dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventdesk.enrich import find_citations, parse_date_text
from eventdesk.enrich.calendar import load_calendar
from eventdesk.enrich.dateline import filing_date
from eventdesk.enrich.dates import anchored_offset
from eventdesk.errors import InputError, KnowledgeBaseError
from eventdesk.models import Document, published_problem

MONDAY = dt.date(2019, 9, 16)


@pytest.mark.parametrize(
    ("expression", "future", "expected"),
    [
        ("on Monday", False, MONDAY),  # a Monday story's "Monday" is that day
        ("Monday morning", False, MONDAY),
        ("on Friday", False, dt.date(2019, 9, 13)),  # the Friday before
        ("last Monday", False, dt.date(2019, 9, 9)),
        ("on Friday", True, dt.date(2019, 9, 20)),  # a plan: the next one
        ("on Monday", True, dt.date(2019, 9, 23)),
    ],
)
def test_weekday_counts_from_the_publication_day(expression: str, future: bool, expected: dt.date) -> None:
    assert parse_date_text(expression, MONDAY, future) == (expected, "day")


@pytest.mark.parametrize("age", ["51", "7", "45-year-old", "62 years old", "aged 30"])
def test_ages_are_not_dates(age: str) -> None:
    assert parse_date_text(age, MONDAY) is None


@pytest.mark.parametrize(
    "span", ["in just three months", "about a year", "48 hours", "the last decade", "for nearly two years", "a year"])
def test_lengths_of_time_are_not_dates(span: str) -> None:
    assert parse_date_text(span, MONDAY) is None


@pytest.mark.parametrize(("expression", "expected"), [
    ("three months ago", (dt.date(2019, 6, 1), "month")), ("last year", (dt.date(2018, 1, 1), "year")),
    ("this week", (MONDAY, "week")), ("the 14th", (dt.date(2019, 9, 14), "day")),
])
def test_points_in_time_stay_dates(expression: str, expected: tuple[dt.date, str]) -> None:
    assert parse_date_text(expression, MONDAY) == expected


def test_a_street_address_is_no_date() -> None:
    assert parse_date_text("14th St.", MONDAY) is None and parse_date_text("on 5th Avenue", MONDAY) is None


@pytest.mark.parametrize(
    ("text", "day", "form"),
    [
        ("DENVER & BOULDER,, MARCH 29, 2018 -- The state said", dt.date(2018, 3, 29), "dateline"),
        ("PORTLAND, Ore., April 05, 2018 (WIRE NEWS) -- A firm said", dt.date(2018, 4, 5), "dateline"),
        ("pune, march 3, 2002 : the police said", dt.date(2002, 3, 3), "dateline"),
        ("Valley TV Published Sunday, May 6, 2018 4:05PM CST\n\nA man was held.", dt.date(2018, 5, 6), "stamp"),
        ("Updated at 3:40 p.m. on Friday, June 1, 2018. Police said", dt.date(2018, 6, 1), "stamp"),
        ("Ann Doe, The Daily Star June 4, 2018 11:02 am. The mayor said", dt.date(2018, 6, 4), "stamp"),
        ("June 4, 2018 Boise Officials said on Monday", dt.date(2018, 6, 4), "stamp"),
        ("Dayton, Ohio (November 2, 2016) – Troopers said", dt.date(2016, 11, 2), "stamp"),
        ("The two sides met. It was a good day, he said. AGENCY 05 April 2018", dt.date(2018, 4, 5), "trailer"),
        ("The talks went on, he said. (Capital News Service June 7, 2018)", dt.date(2018, 6, 7), "trailer"),
        ("The store was sold. 4. Jun 2018 at 10:21 | Compiled by staff Get the news.", dt.date(2018, 6, 4), "stamp"),
    ],
)
def test_filing_date_forms(text: str, day: dt.date, form: str) -> None:
    found = filing_date(text)
    assert found is not None and (found.day, found.form) == (day, form)


@pytest.mark.parametrize("text", [
    "The envoys first met on May 9, 2014 and promised to cooperate.",
    "NEW DELHI, March 3 (Reuters) - India said on Monday it would talk.",  # no year
    "The coach said the new season starts soon. She takes up the post on August 3, 2017.",
    "The league may sell rights for seasons running from May 2, 2019 to April 30, 2024.",
])
def test_a_date_of_the_story_is_no_filing_date(text: str) -> None:
    assert filing_date(text) is None


@pytest.mark.parametrize(
    ("expression", "offset"),
    [
        ("a month later", (1, "month", True)),
        ("Two days later", (2, "day", True)),
        ("the next day", (1, "day", True)),
        ("the following week", (1, "week", True)),
        ("weeks later", (1, "week", False)),  # some weeks: a month's precision
        ("a year earlier", (-1, "year", True)),
        ("that same day", (0, "day", True)),
        ("later that day", (0, "day", True)),
        ("last month", None),
    ],
)
def test_dates_counted_from_the_event_before(expression: str, offset: tuple[int, str, bool] | None) -> None:
    assert anchored_offset(expression) == offset


@pytest.mark.parametrize("expression", ["in 0000", "in May 0000", "0000", "May 5, 0000"])
def test_a_date_the_calendar_cannot_hold_is_unknown(expression: str) -> None:
    assert parse_date_text(expression, MONDAY) is None


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
@pytest.mark.parametrize("expression", ["yesterday", "last week", "on Tuesday", "next year", "tomorrow", "next month"])
def test_relative_dates_at_the_ends_of_the_calendar_never_raise(expression: str, published: dt.date) -> None:
    for future in (False, True):
        parsed = parse_date_text(expression, published, future)
        assert parsed is None or isinstance(parsed[0], dt.date)


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_citation_days_at_the_ends_of_the_calendar_never_raise(published: dt.date) -> None:
    groups = find_citations("Norway met Peru (Daily Wire, Dec 31; Radio North, Jan 2).", published)
    assert len(groups) == 1 and len(groups[0].citations) == 2


def test_publication_dates_outside_1800_to_2200_are_refused() -> None:
    assert published_problem(dt.date(2019, 9, 16)) is None
    assert published_problem(None) is None
    problem = published_problem(dt.date(1, 1, 1))
    assert problem is not None and "0001-01-01" in problem and "1800" in problem


# -- in whole stories ------------------------------------------------------------------------------


@pytest.mark.model
def test_weekday_in_a_story_of_that_weekday_is_the_day_itself(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Police in Lagos arrested an opposition leader on Monday.", "2019-09-16")
    assert [(e.date, e.date_basis) for e in events] == [(MONDAY, "text")]


@pytest.mark.model
def test_ages_and_birth_years_do_not_date_the_event(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Jane Poe, 43, a teacher who was born in 1976, criticized the Kenyan government.", "2019-09-16")
    assert events and all((e.date, e.date_basis) == (MONDAY, "published") for e in events)


@pytest.mark.model
def test_a_month_later_counts_from_the_event_before(code) -> None:  # type: ignore[no-untyped-def]
    text = ("Chile recalled its ambassador from Peru on 3 May 2011. A month later, Chile expelled two Peruvian "
            "diplomats. Two days later the Peruvian government criticized Chile.")
    events = code(text, "2019-09-16")
    dates = {e.trigger.text: (e.date, e.date_precision) for e in events}
    assert dates["recalled"] == (dt.date(2011, 5, 3), "day")
    assert dates["expelled"] == (dt.date(2011, 6, 1), "month")  # no finer than "a month later"
    assert dates["criticized"][0] == dt.date(2011, 6, 1)


@pytest.mark.model
def test_a_count_with_nothing_before_it_keeps_the_publication_date(code) -> None:  # type: ignore[no-untyped-def]
    events = code("A week later, Chile expelled two Peruvian diplomats.", "2019-09-16")
    assert events and all((e.date, e.date_basis) == (MONDAY, "published") for e in events)


@pytest.mark.model
def test_background_clause_keeps_its_own_date(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Serbia, which fought Croatia in the 1991 war, criticized Hungary on Monday.", "2019-09-16")
    criticism = [e for e in events if e.trigger.text == "criticized"]
    assert [(e.date, e.date_basis) for e in criticism] == [(MONDAY, "text")]
    events = code("In 2008 Russia invaded Georgia, and on Monday it criticized Georgia again.", "2019-09-16")
    invasion = [e for e in events if e.trigger.text == "invaded"]
    assert invasion and invasion[0].date == dt.date(2008, 1, 1)
    events = code("Serbia attacked Croatia in the 1991 war.", "2019-09-16")
    assert events and (events[0].date, events[0].date_basis) == (dt.date(1991, 1, 1), "text")


@pytest.mark.model
def test_a_year_naming_a_thing_does_not_date_the_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The 2012 report criticized the Peruvian army, the minister said on Monday.", "2019-09-16")
    assert events and all(e.date != dt.date(2012, 1, 1) for e in events)
    events = code("In a 2012 interview, the minister criticized the Peruvian army.", "2019-09-16")
    assert events and events[0].date == dt.date(2012, 1, 1)
    events = code("Chile asked the court to rule on the Water Act of 1981.", "2019-09-16")
    assert events and all(e.date == MONDAY for e in events)


@pytest.mark.model
def test_a_date_describing_a_participant_does_not_date_the_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Jane Poe, a Lima resident since 2009, criticized the army.", "2019-09-16")
    assert events and all(e.date == MONDAY and e.date_basis == "published" for e in events)


@pytest.mark.model
def test_impossible_date_in_the_text_costs_only_that_date(code) -> None:  # type: ignore[no-untyped-def]
    for text in ("Peru criticized Chile in 0000.", "Peru criticized Chile in May 0000."):
        events = code(text, "2019-09-16")
        assert events and events[0].date == MONDAY and events[0].date_basis == "published"


@pytest.mark.model
def test_document_with_an_impossible_publication_date_fails_alone(coder) -> None:  # type: ignore[no-untyped-def]
    docs = [
        Document("early", "Peru criticized Chile yesterday.", published=dt.date(1, 1, 1)),
        Document("late", "Peru criticized Chile on Tuesday (Radio North, Dec 30).", published=dt.date(9999, 12, 31)),
        Document("fine", "Peru criticized Chile yesterday.", published=MONDAY),
    ]
    results = list(coder.code_documents(docs))
    assert [isinstance(r.error, InputError) for r in results] == [True, True, False]
    assert "outside 1800-2200" in str(results[0].error)
    assert results[2].events and results[2].events[0].date == dt.date(2019, 9, 15)
    with pytest.raises(InputError, match="outside 1800-2200"):
        coder.code_text("Peru criticized Chile.", published="2201-01-01")


@pytest.mark.model
def test_another_act_or_a_relative_clause_keeps_the_date_to_itself(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The court rejected the appeal and in 2003 the Peruvian government criticized Chile.", "2019-09-16")
    dates = {e.trigger.text: e.date for e in events}
    assert dates["rejected"] == MONDAY and dates["criticized"] == dt.date(2003, 1, 1)
    events = code("Roe died on March 5, after his brother, who was arrested by police, had left.", "2019-09-16")
    assert [(e.trigger.text, e.date_basis) for e in events] == [("arrested", "published")]


@pytest.mark.model
def test_weekdays_count_from_the_dateline_or_the_closing_agency_line(code) -> None:  # type: ignore[no-untyped-def]
    # 29 March 2018 was a Thursday
    events = code("DENVER & BOULDER,, MARCH 29, 2018 -- The Colorado government announced Monday that it will "
                  "build a dam.", None)
    announced = [e for e in events if e.trigger.text == "announced"]
    assert announced and (announced[0].date, announced[0].date_basis) == (dt.date(2018, 3, 26), "text")
    events = code("The Peruvian government praised Chile on Wednesday in Lima. AGENCY 05 April 2018", None)
    assert events and (events[0].date, events[0].date_basis) == (dt.date(2018, 4, 4), "text")
    events = code("The Peruvian government praised Chile on Wednesday in Lima. AGENCY 05 April 2018", "2018-04-20")
    assert events and events[0].date == dt.date(2018, 4, 18)  # a publication date given wins


@pytest.mark.model
def test_a_date_stays_in_its_clause(code) -> None:  # type: ignore[no-untyped-def]
    text = ("In 2016 the Texas guard unit supported the state police, worked with the county police at every home "
            "game of the Tigers, and responded to many threats; 2017 has already pulled the unit in new directions.")
    dates = {e.trigger.text: e.date for e in code(text, "2018-06-01")}
    assert dates["supported"] == dates["worked"] == dt.date(2016, 1, 1)  # the fronted year of both, not 2017
    events = code("The squad has been invited to join the Texas National Guard's team for the final in 2020.",
                  "2018-06-01")
    invited = [e for e in events if e.trigger.text == "invited"]
    assert invited and (invited[0].date, invited[0].date_basis) == (dt.date(2018, 6, 1), "published")
    events = code("The censure motion against the Prime Minister was handed over to the Clerk by the opposition "
                  "led by former President Silva on 12 May, carrying the signatures of 40 MPs.", "2018-06-01")
    handed = [e for e in events if e.trigger.text == "handed"]
    assert handed and handed[0].date == dt.date(2018, 5, 12)


@pytest.mark.model
def test_a_date_of_what_was_said_is_not_the_date_of_the_saying(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Output in Peru was one-third higher than in Chile 40 years ago, the Peruvian minister said.",
                  "2019-09-16")
    said = [e for e in events if e.trigger.text == "said"]
    assert said and (said[0].date, said[0].date_basis) == (MONDAY, "published")
    events = code("Inspector Jane Moss of the Peruvian police says in one case four girls collected 120 charges "
                  "in only two months.", "2019-09-16")
    assert events and all((e.date, e.date_basis) == (MONDAY, "published") for e in events)


@pytest.mark.model
def test_a_plan_and_its_announcement_each_have_their_own_date(code) -> None:  # type: ignore[no-untyped-def]
    # published on Monday 16 September 2019
    events = code("Peru said on Friday it will close the Chilean embassy.", "2019-09-16")
    dates = {e.status: (e.date, e.date_basis) for e in events}
    assert dates["asserted"] == (dt.date(2019, 9, 13), "text")  # the announcement: the Friday before
    assert dates["future"] == (MONDAY, "published")  # the closure: no date given
    events = code("Peru will close the Chilean embassy on Friday.", "2019-09-16")
    dates = {e.status: (e.date, e.date_basis) for e in events}
    assert dates["future"] == (dt.date(2019, 9, 20), "text")  # the closure: the next Friday
    assert dates["asserted"] == (MONDAY, "published")  # the announcement is not dated by the plan


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Peruvian police asked witnesses of the robbery to call 613-555-0192, ext. 4417.",
    "The Peruvian army attacked flight 1712 near the border.",
    "The Kenyan police arrested 1250 protesters in Nairobi.",
    "The rebels attacked the base at 02:30 (2330 GMT).",
])
def test_a_number_is_a_year_only_in_a_date_context(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text, "2019-09-16")
    assert events and all((e.date, e.date_basis) == (MONDAY, "published") for e in events)


@pytest.mark.model
def test_a_year_after_a_preposition_or_before_its_noun_still_dates(code) -> None:  # type: ignore[no-untyped-def]
    for text in ("Peru criticized Chile in 2013 and 2014.", "Peru criticized Chile in the year 1998.",
                 "Peru expelled Chilean diplomats during the 2006 crisis."):
        events = code(text, "2019-09-16")
        assert events and events[0].date_basis == "text", text


@pytest.mark.model
def test_the_day_of_an_act_dates_its_other_mentions(code) -> None:  # type: ignore[no-untyped-def]
    # published on Friday 6 April 2018; Tuesday is the 3rd, Saturday the 31st of March
    text = ("A roadside bomb killed a Kenyan soldier near Wajir on Tuesday. Kenyan army officials said the blast "
            "also wounded two civilians. Later Somali militants attacked a police post.")
    dates = {e.trigger.text: (e.date, e.date_basis) for e in code(text, "2018-04-06")}
    assert dates["wounded"] == (dt.date(2018, 4, 3), "mention")  # "the blast": the bombing told before
    assert dates["attacked"] == (dt.date(2018, 4, 6), "published")  # another attack
    text = ("Kenyan police detained the journalist Paul Kamau. Kamau was detained on Saturday at his home in Nairobi, "
            "his lawyer said.")
    events = [e for e in code(text, "2018-04-06") if e.cameo_root == "17"]
    saturday = dt.date(2018, 3, 31)
    assert [(e.date, e.date_basis) for e in events] == [(saturday, "mention"), (saturday, "text")]


@pytest.mark.model
def test_a_repeated_act_or_another_victim_keeps_its_own_date(code) -> None:  # type: ignore[no-untyped-def]
    text = ("Kenyan police detained the blogger Paul Kamau on Saturday. Kamau, who has been detained before, was "
            "freed. Kenyan police also detained the lawyer Ann Njeri.")
    dated = {e.target[0].text: e.date_basis for e in code(text, "2018-04-06") if e.cameo_root == "17" and e.target}
    assert dated == {"Paul Kamau": "text", "Kamau": "background", "Ann Njeri": "published"}


@pytest.mark.model
def test_a_present_perfect_told_as_background_has_no_date_of_its_own(code) -> None:  # type: ignore[no-untyped-def]
    text = "The chief has long opposed and criticized the activists who have challenged him in court."
    events = code(text, "2019-09-16")
    assert events and all((e.date, e.date_precision, e.date_basis) == (None, None, "background") for e in events)
    events = code("The Kenyan government has repeatedly criticized the opposition leader Jane Wairimu.", "2019-09-16")
    assert events and all((e.date, e.date_basis) == (None, "background") for e in events)


@pytest.mark.model
def test_the_perfect_of_news_keeps_the_publication_day(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenyan police have arrested two opposition activists in Kisumu.", "2019-09-16")
    assert events and all((e.date, e.date_basis) == (MONDAY, "published") for e in events)
    events = code("The Ugandan army, which has often attacked rebel camps, denied the report on Monday.", "2019-09-16")
    assert {e.trigger.text: (e.date, e.date_basis) for e in events} == {
        "attacked": (None, "background"), "denied": (MONDAY, "text")}


@pytest.mark.parametrize(("expression", "published", "expected"), [
    ("the spring of 2011", MONDAY, (dt.date(2011, 1, 1), "year")),
    ("in the winter", MONDAY, (dt.date(2018, 1, 1), "year")),  # a September story: the winter begun in 2018
    ("last summer", dt.date(2019, 7, 10), (dt.date(2018, 1, 1), "year")),  # the summer before this one
    ("on New Year's Day", MONDAY, (dt.date(2019, 1, 1), "day")),
    ("Christmas Eve", MONDAY, (dt.date(2018, 12, 24), "day")),
])
def test_seasons_and_named_days_are_dates(expression: str, published: dt.date, expected: tuple[dt.date, str]) -> None:
    assert parse_date_text(expression, published) == expected


def test_a_named_day_of_a_plan_is_the_next_one() -> None:
    assert parse_date_text("on Christmas Day", MONDAY, future=True) == (dt.date(2019, 12, 25), "day")


def test_a_bad_calendar_file_is_reported_with_its_lines(tmp_path: Path) -> None:
    path = tmp_path / "calendar.yaml"
    path.write_text("days:\n  - {name: Odd Day, month: 2, day: 30}\nseasons:\n  - {name: monsoon, month: 13}\n",
                    encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        load_calendar(path)
    assert "calendar.yaml:2: days" in str(info.value) and "calendar.yaml:4: seasons" in str(info.value)


@pytest.mark.model
def test_two_people_of_one_surname_are_two_acts(code) -> None:  # type: ignore[no-untyped-def]
    text = "Kenyan police detained Jane Wanjiru on Saturday. Kenyan police also detained John Wanjiru."
    dated = {e.target[0].text: e.date_basis for e in code(text, "2018-04-06") if e.cameo_root == "17" and e.target}
    assert dated.get("John Wanjiru") != "mention"


def test_a_day_first_date_is_one_phrase_before_the_parser(coder) -> None:  # type: ignore[no-untyped-def]
    """The parser once cut "on 1st | Nov 2016" and the event lost its date: the month after a day's number starts no
    sentence, whatever the parser would say."""
    from eventdesk.nlp.daymonth import join_day_months

    assert "eventdesk_day_months" in coder.nlp.pipe_names
    doc = coder.nlp.make_doc("The governor toured the barracks on 3rd Nov 2016 and on 12 Sept. 2015.")
    join_day_months(doc)
    months = [t for t in doc if t.lower_ in ("nov", "sept")]
    assert months and all(t.is_sent_start is False for t in months)


def test_the_victims_taken_up_by_a_definite_noun_date_the_act_told_again(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Two deputies were shot at a checkpoint on Thursday. The gunman, who shot the deputies, was later"
                  " found dead.", "2015-01-02")
    again = next(e for e in events if e.sentence == 1)
    assert (again.date, again.date_basis) == (dt.date(2015, 1, 1), "mention")
