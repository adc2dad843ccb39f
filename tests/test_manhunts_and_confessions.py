"""Police and court verbs of crime news (issue 11, session 10): a manhunt and the questioning of suspects or
witnesses by police are the investigation of a crime (CAMEO 091), in either voice; a confession of a crime is an
admission (015), a private defendant's too. A search for the missing, a firm seeking staff, a reporter's interview
and a confessed feeling are none of these. Sentences written for these tests."""

from __future__ import annotations


def _coded(events):  # type: ignore[no-untyped-def]
    return [(e.cameo, [a.sector for a in e.source]) for e in events if e.status == "asserted"]


def test_police_seeking_people_over_a_crime(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenyan police in Nakuru are looking for three men in connection with the bank robbery.")
    assert [(e.cameo, [a.code for a in e.source]) for e in events] == [("091", ["KENCOP"])]
    assert [e.cameo for e in code("Kenyan detectives are seeking two women over the stabbing in Thika.")] == ["091"]
    assert [e.cameo for e in code("Kenyan police tracked down the gunman in a village near Nyeri.")] == ["091"]
    # people "wanted over" or "wanted after" a crime are suspects as much as those wanted for it
    assert [e.cameo for e in code("Kenyan officers are hunting for two brothers wanted over an arson.")] == ["091"]
    assert [e.cameo for e in code("Kenyan police are searching for a cook wanted after a brawl in Kisumu.")] == ["091"]
    # the passive: by the police, or by nobody named when the sought are suspects
    assert [e.cameo for e in code("Two teenagers are being sought by Kenyan police after the attack.")] == ["091"]
    assert [e.cameo for e in code("Three suspects are still being sought after the raid on the bank.")] == ["091"]


def test_searches_that_hunt_no_one(code) -> None:  # type: ignore[no-untyped-def]
    assert code("Kenyan police are looking for a missing fisherman on Lake Victoria.") == []
    assert code("The Nairobi bakery is looking for two new drivers.") == []
    assert code("Kenyan police are seeking a court order to close the bar.") == []


def test_questioning_by_police(code) -> None:  # type: ignore[no-untyped-def]
    assert [e.cameo for e in code("Kenyan police officers questioned the bus driver for six hours.")] == ["091"]
    assert [e.cameo for e in code("Kenyan detectives interviewed dozens of witnesses in Eldoret.")] == ["091"]
    assert [e.cameo for e in code("The bus driver was questioned by Kenyan police on Sunday.")] == ["091"]
    assert [e.cameo for e in code("The two suspects were interrogated overnight in Mombasa.")] == ["091"]
    # doubting a thing questions no one; an interview by a journalist is no inquiry
    assert code("Kenyan police questioned the legality of the curfew order.") == []
    assert "091" not in [e.cameo for e in code("A Kenyan journalist interviewed the finance minister on Sunday.")]


def test_confessions(code) -> None:  # type: ignore[no-untyped-def]
    assert _coded(code("The taxi driver confessed to the murder of his business partner.")) == [("015", ["CRM"])]
    assert _coded(code("A 30-year-old man admitted stabbing his landlord in Leeds.")) == [("015", ["CRM"])]
    assert [e.cameo for e in code("The young woman admitted the theft from the till.")] == ["015"]
    events = code("He signed a confession in which he admitted setting fire to the barn.")
    assert {e.cameo for e in events} == {"015"} and all(e.source for e in events)


def test_confessed_feelings_are_no_admission(code) -> None:  # type: ignore[no-untyped-def]
    assert code("The minister confessed his love for old films.") == []
    assert code("The singer admitted her fear of flying.") == []


def test_an_official_taking_down_a_confession_admits_nothing(code) -> None:  # type: ignore[no-untyped-def]
    # the confession is the suspect's: the police or the magistrate who record it own up to no wrongdoing
    for sentence in ("The magistrate recorded the confession of the accused on Monday.",
                     "Zorblatian police recorded his confession after the arrest.",
                     "Detectives wrote down the confession of the three men."):
        assert [e.cameo for e in code(sentence) if e.cameo == "015"] == [], sentence
    # the suspect's own recorded confession stays one
    assert [e.cameo for e in code("The suspect recorded a confession on his phone.") if e.cameo == "015"] == ["015"]
