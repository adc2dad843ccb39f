"""Non-events a careful coder codes nothing for (issue 11, "reading the verb in context"): an act inside a wish or an
aim of one's own, one a negated cleft denies, a standing relation in the simple present, a counted crowd's arrival,
the legal senses of "appeal", a jury's weighing and a verdict's offence, unnamed reports, speculation, and the
private acts of private people. Sentences written for these tests."""

from __future__ import annotations


def _asserted(events):  # type: ignore[no-untyped-def]
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in events
            if e.status == "asserted"]


# The body of an article around the sentence under test: a simple present tells a role only there (a sentence on its
# own is most often a headline, whose present is its past)
_LEDE = ("ACCRA - The Ghanaian cabinet met on Wednesday to weigh the draft budget for the next fiscal year. The "
         "finance minister told reporters that spending on rural clinics and schools would rise sharply. An "
         "opposition lawmaker said the draft ignored the northern regions and accused the government of neglect. "
         "The office of the president declined to comment on the quarrel between the two parties on Thursday. ")
_TAIL = (" The speaker of parliament said the house would vote on the budget within a fortnight. Several members of "
         "the ruling party praised the minister for her work on Friday. The opposition leader asked the electoral "
         "commission to publish the results of the last ballot and demanded an inquiry into the roads agency.")


def _in_article(code, sentence: str):  # type: ignore[no-untyped-def]
    return [e for e in code(_LEDE + sentence + _TAIL) if e.text.strip() == sentence]


def test_an_act_inside_a_wish_or_ones_own_aim_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    # the to-infinitive after a noun of wish, wherever the parser hangs it
    assert code("The retired Ghanaian teacher told the tribunal of his wish to let his family decide when treatment "
                "should end.") == []
    # a hope to do something to a thing of one's own, told by the writer, is an aim, no comment on anyone; one a
    # speaker is reported to voice is the speaker's comment
    assert code("Ghana is hoping to abolish its long afternoon break.") == []
    assert code("The Ghanaian government hopes to scrap the old fuel levy by March.") == []
    events = code("A Ghanaian spokesman said they hoped to restart the ferry service soon.")
    assert [e.cameo for e in events] == ["013"]
    # hoping to act with another actor is an optimistic comment on it; a hope that something happens is one too
    events = code("Ghanaian diplomats said they hoped to reopen talks with Togo soon.")
    assert ("013", ["GHAGOV"], ["TGO"]) in _asserted(events)
    assert [e.cameo for e in code("The Ghanaian president said he hoped that the quarrel would end.")] == ["013"]


def test_a_negated_cleft_denies_its_clause(code) -> None:  # type: ignore[no-untyped-def]
    events = code("It was not the Ghanaian police who fired the shots at the rally.")
    assert [(e.cameo[:2], e.status) for e in events] == [("19", "negated")]
    events = code("It is not the tax charge keeping the Ghanaian banker in custody.")
    assert _asserted(events) == []
    # the cleft without a negation tells the act
    events = code("It was the Ghanaian police who fired the shots at the rally.")
    assert [(e.cameo[:2], e.status) for e in events] == [("19", "asserted")]


def test_a_standing_relation_in_the_present_is_no_act(code) -> None:  # type: ignore[no-untyped-def]
    for sentence in ("The Ghanaian development bank supports the member states in their move to solar power by "
                     "providing cheap loans.",
                     "The Ghanaian farm agency supports small farmers in the northern regions.",
                     "The fund, which backs small farmers, opened an office in Tamale."):
        assert [e for e in _asserted(_in_article(code, sentence)) if e[0] == "051"] == [], sentence
    # backing a thing proposed is the stand one holds now, and the past tells the act
    assert [e[0] for e in _asserted(_in_article(code, "The Ghanaian ministry backs the plan."))] == ["051"]
    events = _in_article(code, "The Ghanaian farm agency supported small farmers in the northern regions.")
    assert [e[0] for e in _asserted(events)] == ["051"]


def test_a_counted_crowd_arriving_is_no_visit(code) -> None:  # type: ignore[no-untyped-def]
    assert code("More than 40,000 Togolese have arrived in Ghana since January.") == []
    assert code("Thousands of migrants arrived in Ghana last month.") == []
    # counted officials or troops still travel as the state's
    events = code("Three Togolese ministers arrived in Accra on Monday.")
    assert [(e.cameo, [a.code for a in e.source]) for e in events] == [("042", ["TGOGOV"])]


def test_legal_senses_of_appeal_jury_and_verdict(code) -> None:  # type: ignore[no-untyped-def]
    # appealing a ruling challenges it in court (115), no plea to anyone (020)
    events = code("The Ghanaian opposition appealed against the verdict of the election tribunal.")
    assert [e.cameo for e in events] == ["115"]
    events = code("The Ghanaian activist was granted leave to appeal the High Court's ruling.")
    assert "020" not in [e.cameo for e in events] and "115" in [e.cameo for e in events]
    # a jury weighs the case: no rejection (120); disagreeing with the defence is its verdict against the accused
    assert [e.cameo for e in code("The defence said the accused acted alone, but the jury disagreed.")] == ["116"]
    # the verdict is the court's act on the accused; the offence it names is no act of its own
    events = _in_article(code, "A court in Kumasi found Kofi Mensah and Kwame Asante guilty of selling stolen "
                               "phones at a football match.")
    assert sorted(_asserted(events)) == [("116", ["GHAJUD"], ["GHACRM"]), ("116", ["GHAJUD"], ["GHACRM"])]
    events = _in_article(code, "The court convicted Kofi Mensah of selling rifles to the rebels.")
    assert [e[0] for e in _asserted(events)] == ["116"]


def test_unnamed_reports_and_speculation_are_no_statements(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Ghanaian president has sacked his finance minister, media reports said.")
    assert "010" not in [e.cameo for e in events]
    # a report with a maker speaks for it
    events = code("A Ghanaian ministry report said the budget was too small.")
    assert [(e.cameo, [a.code for a in e.source]) for e in events] == [("010", ["GHAGOV"])]
    # what is only imagined is hypothetical
    events = code("It is hard to imagine that the process of negotiating a gas deal with Togo will go on.")
    assert [e.status for e in events] == ["hypothetical"]


def test_private_crime_and_a_call_to_the_police_are_no_political_events(code) -> None:  # type: ignore[no-untyped-def]
    assert code("A Ghanaian man stabbed his brother in Kumasi.") == []
    assert code("A neighbour called the police when she heard the shouting.") == []
    # a named private person keeps a nationality, not the country's standing
    events = _in_article(code, "Yaw Boateng admitted stabbing Togolese national Kossi Agbeko at a bar in Kumasi.")
    assert [e for e in _asserted(events) if e[0].startswith("18")] == []
    events = code("Ama Owusu, who called the police after the fight, said she heard screams.")
    assert "041" not in [e.cameo for e in events]
    # violence against those who bear arms, and a call between officials, stay events
    assert [e.cameo[:2] for e in code("A Ghanaian man stabbed two police officers in Kumasi.")] == ["18"]
    events = code("The Ghanaian president called the Togolese leader on Monday.")
    assert [(e.cameo, [a.code for a in e.target]) for e in events] == [("041", ["TGOGOV"])]


def test_a_defendants_account_is_no_political_statement(code) -> None:  # type: ignore[no-untyped-def]
    # a trial report that names no country: the defendant is a name the knowledge base lacks
    text = ("The city council met on Tuesday to debate the police budget, and the mayor told reporters the force "
            "needed more officers. Councillors from the opposition said the plan was too costly and accused the mayor "
            "of wasting money. Prosecutors charged Kojo Ampofo with murder last year. At his trial, Ampofo said he had "
            "acted in self-defence. The judge sentenced Ampofo to life in prison on Friday. The police chief said the "
            "sentence sent a clear message to gangs. The council will vote on the budget next month, the mayor said "
            "after the meeting, and the governor praised the police for their work on the case.")
    assert [e for e in code(text) if e.text.startswith("At his trial")] == []
    # an opposition leader arrested still speaks as one: calling the arrest an insult criticises it
    text = (_LEDE + "Police in Kumasi arrested the Ghanaian opposition leader on Monday. The opposition leader said "
            "the arrest was an insult to the voters." + _TAIL)
    assert [e.cameo for e in code(text) if e.text.startswith("The opposition leader said")] == ["111"]
