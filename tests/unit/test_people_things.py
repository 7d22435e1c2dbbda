"""Names of things that read like people's (tui/engine/people/things.py): firms, ships,
storms, prizes and bodies of a place are no people; people named beside them still are."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Write
from tui.engine.people.persons import cluster_people
from tui.engine.people.table import name_table
from tui.engine.people.things import (
    _CAPITALISED_RUN,
    FIRM_WORDS,
    MAX_NAME_WORDS,
    _firm_names,
    _firm_officer_of,
    _legal_forms,
)


def names(write_article: Write, text: str) -> list[str]:
    doc = write_article(text)
    return sorted(
        {doc.text[m.start : m.end] for p in cluster_people(doc).people for m in p.mentions}
    )


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a firm named after its founder: the last word is an everyday noun, no surname
        ("Quarles Plumbing said on Tuesday that Helen Varga would run it.", ["Helen Varga"]),
        ("Ostrander Lumber said that Victor Pahl had resigned.", ["Victor Pahl"]),
        # a legal form after the name, or an ampersand beside it
        ("Marcus Whitfield LLP said Greta Olsen would argue the appeal.", ["Greta Olsen"]),
        ("Merriman & Fogg said Jacob Stein had joined as a partner.", ["Jacob Stein"]),
        ("Hans Bruck GmbH said Anna Vogt would lead its sales.", ["Anna Vogt"]),
        # an organisation's apposition, and "at" after a noun for a person
        ("Morgan Hale, the investment bank, hired Nadia Frost.", ["Nadia Frost"]),
        ("Strategists at Corwin Ashby said Lena Parkes was right.", ["Lena Parkes"]),
        # a firm named like a person: "which" after it opening a sentence, its shares
        ("Carl Brenner, which has 900 branches, said Ada Lowe would lead it.", ["Ada Lowe"]),
        ("Shares of Irene Falk fell after Hugo Marsh left, Hugo Marsh said.", ["Hugo Marsh"]),
        ("Irene Falk shares fell after Hugo Marsh left, Hugo Marsh said.", ["Hugo Marsh"]),
        # ships: a prefix, a noun for a ship, a number after the name
        ("The destroyer USS Daniel K. Inouye docked, Capt. Rosa Lind said.", ["Rosa Lind"]),
        ("The frigate Admiral Nolan sailed at dawn, Omar Haddad said.", ["Omar Haddad"]),
        ("The ferry Princess Anne 3 ran aground, Mayor Tom Ferris said.", ["Tom Ferris"]),
        # a storm's name
        ("Typhoon Marcel said nothing, Paula Reyes said.", ["Paula Reyes"]),
        # a prize or a building named after someone
        (
            "The Kessler Prize, whose jury met on Monday, went to Ivan Cole, Walter Kessler said.",
            ["Ivan Cole", "Walter Kessler"],
        ),
        # a body of a place, written with a particle
        ("Credit Fonciere de Marseille hired Lucie Martin, she said.", ["Lucie Martin"]),
        # the name opens a longer one, a place inside it, that ends in an everyday noun
        (
            "Flights from Amelia Earhart Kansas City Regional Airport resumed, Ida Moss said.",
            ["Ida Moss"],
        ),
        # an activity or trade in -ing ends a firm's name after a given name too
        ("The suit was brought by Dwight Publishing, Nora Pell said.", ["Nora Pell"]),
        # a plural in -ies of an everyday noun alone: a firm's word
        ("Rates fell, KBS Securities said, and Ida Moss agreed.", ["Ida Moss"]),
        # after an office only a firm has and "of"
        ("Ruth Okoro, the new chief executive of Pellworth Ainsley, said so.", ["Ruth Okoro"]),
        # written once with a word only a firm's name takes, the name is the firm's
        (
            "The tender went to a group led by Surapong Kittisak Holdings. Surapong Kittisak "
            "said the land was ready, Anong Kittisak said.",
            ["Anong Kittisak"],
        ),
    ],
)
def test_things_named_like_people_are_not_people(
    write_article: Write, text: str, people: list[str]
) -> None:
    assert names(write_article, text) == people


@pytest.mark.parametrize(
    "text",
    [
        # surnames that are everyday nouns, after a given name or a common surname
        "Dave Brat said the vote was close.",
        "Condoleezza Rice said the talks would go on.",
        "Jeff Sessions said he would recuse himself.",
        # a person after "at" that follows no noun for a person
        "The senator took a swipe at Lorna Bramwell on Monday.",
        # a particle before a name that is no place
        "Charles de Gaulle said France would stay.",
        # a person named at a place of work, possessive
        "Analysts at Hector Blaine's firm said prices would rise.",
        # "which" for a whole clause after a name; a person's shares
        "The senator endorsed Nikki Haley, which surprised many.",
        "Hector Blaine's shares rose after Hector Blaine spoke.",
        # capitalised words after the name that end in no everyday noun
        "Governor Ruth Abbey Tuesday signed the bill.",
        "Ruth Fielding said the vote was close.",  # a surname in -ing
        # a founder named as his firm is: a known given name opens the name
        "Harold Pemberton Group shares rose. Harold Pemberton said he was glad.",
    ],
)
def test_people_with_names_like_things_stay_people(write_article: Write, text: str) -> None:
    assert names(write_article, text), text


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Geologist Marta Quinlan said the slope had held.", "Marta Quinlan"),
        ("Statistician Oren Fisk said the count was wrong.", "Oren Fisk"),
        ("Pharmacist Lydia Crane said she would run.", "Lydia Crane"),
        # three name words after the job word, none a known given name
        ("Shares rose. Analyst Phạm Quốc Bảo of KBS said so.", "Phạm Quốc Bảo"),
        # "Văn" is a given name and a particle: no word in front of a full name
        ("Shares rose. Analyst Nguyễn Văn Tâm of KBS said so.", "Nguyễn Văn Tâm"),
        # a common noun joined to a person noun, which SemCor never attests
        ("Shipowner Dimitra Vlachou pledged a new wing.", "Dimitra Vlachou"),
        ("Congresswoman Teresa Oyelaran said she would vote no.", "Teresa Oyelaran"),
    ],
)
def test_a_job_word_opening_a_sentence_is_no_part_of_the_name(
    write_article: Write, text: str, person: str
) -> None:
    assert names(write_article, text) == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Analyst Brandt said prices would fall.", "Brandt"),
        ("Coroner Ellis said the cause was unknown.", "Ellis"),
        ("Statistician Quayle said the count was wrong.", "Quayle"),
    ],
)
def test_a_job_word_opening_a_sentence_before_a_surname_is_no_part_of_it(
    write_article: Write, text: str, person: str
) -> None:
    assert names(write_article, text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        "Cooper Flagg said he would stay.",  # a surname first, a given name here
        "Walker Buehler said he was ready.",
        "Brandt Ellis said prices would fall.",  # no job word
        "Hakeem Jeffries said the vote would hold.",  # a job word rare in English
    ],
)
def test_a_given_name_that_is_also_a_surname_opens_the_name(
    write_article: Write, text: str
) -> None:
    assert names(write_article, text) == [" ".join(text.split()[:2])]


def test_a_given_name_that_is_a_job_word_stays_in_the_name(write_article: Write) -> None:
    assert names(write_article, "Hunter Sloane Biden said he would testify.") == [
        "Hunter Sloane Biden"
    ]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Analyst Oluwaseun Adeyemi of Brightwater said the rate would hold.", "Oluwaseun Adeyemi"),
        ("Prices will hold, said analyst Oluwaseun Adeyemi of Brightwater.", "Oluwaseun Adeyemi"),
        ("Toxicologist Oluwaseun Adeyemi agreed with the ruling.", "Oluwaseun Adeyemi"),
    ],
)
def test_a_job_word_before_a_full_name_is_evidence_of_a_person(
    write_article: Write, text: str, person: str
) -> None:
    assert names(write_article, text) == [person]


def test_a_name_ending_in_a_plural_of_an_everyday_noun_is_a_firm(write_article: Write) -> None:
    assert names(write_article, "Brightwater Utilities said the rate would hold.") == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Oluwaseun Adeyemi, an analyst, said the rate would hold.", ["Oluwaseun Adeyemi"]),
        ("Adeyemi, a rescue coordinator in Kano, said fuel was short.", ["Adeyemi"]),
        # a single name needs the article of one of many: a firm may be "the giant"
        ("Brightwater, the retail giant, said the rate would hold.", []),
    ],
)
def test_a_job_noun_heading_an_apposition_is_evidence_of_a_person(
    write_article: Write, text: str, people: list[str]
) -> None:
    assert names(write_article, text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The crossing at the King Hussein Bridge stayed open, Lena Parkes said.", ["Lena Parkes"]),
        ("Dr. Ann Tower said the crossing stayed open.", ["Ann Tower"]),
        ("Mr. Tom Bridge said the crossing stayed open.", ["Tom Bridge"]),
    ],
)
def test_a_thing_named_after_a_titled_person_keeps_the_title_after_the(
    write_article: Write, text: str, people: list[str]
) -> None:
    assert names(write_article, text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ('Lena Parkes said it was not yet an episode of "Hugo Marsh."', ["Lena Parkes"]),
        ("Lena Parkes starred in \u201cHugo Marsh\u201d on stage.", ["Lena Parkes"]),
        ('Lena Parkes said "Hugo Marsh is right," and left.', ["Hugo Marsh", "Lena Parkes"]),
    ],
)
def test_a_name_that_is_all_a_quotation_holds_is_the_title_of_a_work(
    write_article: Write, text: str, people: list[str]
) -> None:
    assert names(write_article, text) == people


@pytest.mark.parametrize(
    "text",
    [
        "His deputy, Joint Commissioner Neelam Varadan, will command the officers.",
        "Her aide, Acting Director Ravi Seshadri, will lead the inquiry.",
    ],
)
def test_a_word_of_a_title_after_a_role_is_no_person(write_article: Write, text: str) -> None:
    assert len(names(write_article, text)) == 1, names(write_article, text)


@pytest.mark.parametrize(
    "other",
    [
        "Ruth Okoro, the new chief executive of Pellworth Ainsley, said fees would fall.",
        "The tender went to a group led by Pellworth Ainsley Holdings, Ruth Okoro said.",
    ],
)
def test_a_name_another_report_writes_as_a_firms_is_no_person(
    write_article: Write, other: str
) -> None:
    """One report writes the firm's name alone before a speech verb; the other gives it
    away."""
    alone = write_article("Pellworth Ainsley said on Monday that Ruth Okoro would lead it.")
    rows = name_table([alone, write_article(other)]).people
    assert [row.name for row in rows] == ["Ruth Okoro"]


def test_a_word_before_a_full_name_after_a_job_word_makes_no_name_of_three(
    write_article: Write,
) -> None:
    """ "fellow Ohioan Mark Dalby": the job word is no evidence for "Ohioan Mark Dalby"."""
    text = (
        "Sheriff Lou Brandt endorsed Ann Ruiz in 2008, choosing her over eventual nominee "
        "and fellow Ohioan Mark Dalby. He held a press conference with Tom Reyes in October."
    )
    assert "Ohioan Mark Dalby" not in names(write_article, text)


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        # the run opens far before the firm's word, with no comma or full stop between
        (" ".join(["Ardel"] * 150) + " Voss Group.", {"Ardel Voss", "Voss", "Ardel Ardel Voss"}),
        # a word of the run longer than the look-back, with capitals inside it
        ("At " + " ".join(["VaLo" * 60] * 3) + " Group", {"VaLo" * 60}),
        # a full stop belongs to a run: the run goes on over the end of a sentence
        ("They met in Brasov. Tarn Holdings grew.", {"Brasov. Tarn", "Tarn"}),
        # a firm's word twice in one run, and a legal form after a comma-free run
        ("x, Orla Pende Holdings Brik Co. and Sela Mont GmbH", None),
        # an office only a firm has, then "of"; "chairman" found from "chair"
        ("the chairman of Quill Harrow said; the ceo of the Nemet Basso Bank", None),
    ],
)
def test_firm_names_read_where_a_firm_word_stands_match_a_scan_of_every_run(
    text: str, firms: set[str] | None
) -> None:
    expected = _firm_names_by_scanning_every_run(text)
    assert _firm_names(text) == expected
    if firms is not None:
        assert firms <= expected


def _firm_names_by_scanning_every_run(text: str) -> frozenset[str]:
    """The reading of ``_firm_names`` by a scan of every run of capitalised words and of
    the whole text for the offices."""
    found: set[str] = set()
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group().split(" ")
        for i, word in enumerate(words):
            if i and (
                word in FIRM_WORDS or word.rstrip(".,") in FIRM_WORDS or word in _legal_forms()
            ):
                found.update(" ".join(words[k:i]) for k in range(max(0, i - MAX_NAME_WORDS), i))
    for hit in _firm_officer_of().finditer(text):
        words = hit.group("name").split(" ")
        found.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
    return frozenset(found)
