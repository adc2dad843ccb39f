"""A generated corpus of news-like articles, for benchmarks and tests of scale.

The sentences are templates we wrote, filled with countries, capitals and event phrases, so a corpus
of any size can be made on any machine without downloading data. ``seed`` makes it reproducible.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import replace

from eventdesk.models import Document

COUNTRIES = [
    ("Russia", "Russian", "Moscow"), ("the United States", "American", "Washington"), ("China", "Chinese", "Beijing"),
    ("France", "French", "Paris"), ("Germany", "German", "Berlin"), ("Turkey", "Turkish", "Ankara"),
    ("Iran", "Iranian", "Tehran"), ("Ukraine", "Ukrainian", "Kyiv"), ("Japan", "Japanese", "Tokyo"),
    ("India", "Indian", "New Delhi"), ("Brazil", "Brazilian", "Brasilia"), ("Egypt", "Egyptian", "Cairo"),
    ("Poland", "Polish", "Warsaw"), ("Norway", "Norwegian", "Oslo"), ("Kenya", "Kenyan", "Nairobi"),
    ("Pakistan", "Pakistani", "Islamabad"), ("Israel", "Israeli", "Jerusalem"), ("Syria", "Syrian", "Damascus"),
]
TITLES = ["Foreign Minister", "Defense Minister", "President", "Prime Minister", "Interior Minister"]
NAMES = ["Anna Kovac", "Marek Ruslanov", "Li Wen", "Pierre Dumont", "Omar Haddad", "Ken Sato", "Ravi Mehta",
         "Lucia Prado", "Jonas Berg", "Amina Otieno", "Tomasz Nowicki", "Yusuf Demir"]
EVENTS = [
    "{a} met with {b_title} of {b} in {place} on {day}.",
    "{a_adj} officials accused {b} of violating the ceasefire agreement.",
    "{a} signed a trade agreement with {b} last week.",
    "{a_adj} troops attacked rebel positions near the border with {b}.",
    "{a} threatened to impose sanctions on {b} if the talks fail.",
    "{a} may send military advisers to {b} next year.",
    "{a} did not attend the summit hosted by {b}.",
    "The {a_adj} government praised {b} for its help after the earthquake.",
    "Police in {place} arrested dozens of protesters on {day}.",
    "{a} called for an immediate ceasefire and urged {b} to withdraw its forces.",
    "{a_title} {name} telephoned the {b_adj} president to discuss the crisis ({source}, {cite_day}).",
    "{a} will host talks between the two sides in {place} next month.",
    "{a} rejected the proposal from {b} as unacceptable.",
    "Thousands of people demonstrated in {place} against the new law.",
    "{a} provided humanitarian aid to refugees in {b}.",
]
FILLER = [
    "Analysts said the move reflected a broader shift in regional policy.",
    "The situation remains tense, according to local observers.",
    "Economic growth in the region slowed sharply during the past year.",
    "Officials declined to give further details.",
    "The dispute has lasted for more than a decade.",
]
SOURCES = ["Interfax", "Reuters", "Xinhua", "Anadolu", "AFP"]


def _sentence(rng: random.Random, published: dt.date) -> str:
    a, b = rng.sample(COUNTRIES, 2)
    template = rng.choice(EVENTS)
    cite = published - dt.timedelta(days=rng.randint(0, 3))
    return template.format(
        a=a[0][0].upper() + a[0][1:], a_adj=a[1], b=b[0], b_adj=b[1], place=rng.choice([a[2], b[2]]),
        a_title=rng.choice(TITLES), b_title=rng.choice(TITLES).lower(), name=rng.choice(NAMES),
        day=(published - dt.timedelta(days=rng.randint(1, 6))).strftime("%A"),
        source=rng.choice(SOURCES), cite_day=cite.strftime("%B %-d"),
    )


def article(rng: random.Random, index: int, start: dt.date = dt.date(2019, 1, 1)) -> Document:
    """One article of 6 to 14 sentences, some of them events and some not."""
    published = start + dt.timedelta(days=index % 700)
    sentences = [
        _sentence(rng, published) if rng.random() < 0.7 else rng.choice(FILLER) for _ in range(rng.randint(6, 14))
    ]
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    title = f"Regional briefing {index}"
    return Document(id=f"gen-{index:06d}", text=title + "\n\n" + "\n\n".join(paragraphs), title=title,
                    published=published, publisher=rng.choice(["Daily Desk", "World Wire", "Capital Post"]))


def corpus(n: int, seed: int = 7, words: int | None = None) -> Iterator[Document]:
    """``n`` generated articles, the same ones for the same seed (~100 words each, or ``words`` words:
    the paragraphs of consecutive articles under one title, as a longer story)."""
    rng = random.Random(seed)
    for i in range(n):
        doc = article(rng, i)
        if words is None:
            yield doc
            continue
        paragraphs = doc.text.split("\n\n")[1:]
        while sum(len(p.split()) for p in paragraphs) < words:
            paragraphs += article(rng, i).text.split("\n\n")[1:]
        yield replace(doc, text=(doc.title or "") + "\n\n" + "\n\n".join(paragraphs))
