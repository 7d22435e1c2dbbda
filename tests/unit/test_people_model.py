"""The person model of one article (tui/engine/people/persons.py, name_words.py): family
members and namesakes stay apart, discourse words never join a name, a surname alone
joins the one person it can be and is ambiguous otherwise."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Write
from tui.engine.corpus import Article
from tui.engine.people.persons import People, cluster_people


def written(doc: Article, people: People) -> dict[str, list[str]]:
    """Person ident -> every mention as written."""
    return {p.ident: [doc.text[m.start : m.end] for m in p.mentions] for p in people.people}


def test_spouses_with_one_surname_are_two_people(write_article: Write) -> None:
    doc = write_article(
        "Former President Bill Clinton spoke in Denver on Monday. Hillary Clinton, the "
        "secretary of state, spoke in Lima. Bill Clinton later flew home."
    )
    people = written(doc, cluster_people(doc))
    assert people["bill clinton"] == ["Bill Clinton", "Bill Clinton"]
    assert people["hillary clinton"] == ["Hillary Clinton"]


def test_surname_alone_between_two_relatives_is_ambiguous(write_article: Write) -> None:
    doc = write_article(
        "Tim Ryan said he would run. Paul Ryan said he would not. Ryan said nothing more."
    )
    found = cluster_people(doc)
    assert set(written(doc, found)) == {"tim ryan", "paul ryan"}
    assert [doc.text[m.start : m.end] for m in found.ambiguous] == ["Ryan"]


def test_office_resolves_a_surname_shared_by_relatives(write_article: Write) -> None:
    doc = write_article(
        "House Speaker Paul Ryan met Tim Ryan, a congressman from Ohio, on Tuesday. "
        "Speaker Ryan said the meeting went well."
    )
    people = written(doc, cluster_people(doc))
    assert people["paul ryan"] == ["Paul Ryan", "Ryan"]
    assert people["tim ryan"] == ["Tim Ryan"]


def test_nickname_is_the_same_person(write_article: Write) -> None:
    doc = write_article("William Clinton signed the bill. Bill Clinton said it was a good day.")
    (person,) = cluster_people(doc).people
    assert person.given_names == {"william", "bill"}


def test_coordinated_given_names_share_the_surname(write_article: Write) -> None:
    doc = write_article(
        "Malia and Sasha Obama stood by. President Obama pardoned the turkey, and Obama smiled."
    )
    found = cluster_people(doc)
    people = written(doc, found)
    assert people["malia obama"] == ["Malia"]
    assert people["sasha obama"] == ["Sasha Obama"]
    assert len(found.ambiguous) == 2  # President Obama is neither daughter


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("But Trump said the deal was dead.", "Trump"),
        ("Unlike Trump, the governor said little.", "Trump"),
        ("Even Nixon said so, Nixon's aides recalled.", "Nixon"),
        ("Following Romney, the senator said the same.", "Romney"),
        ("Added Gibbs: the plan stands, Gibbs said.", "Gibbs"),
    ],
)
def test_sentence_initial_discourse_words_are_not_part_of_a_name(
    write_article: Write, sentence: str, name: str
) -> None:
    doc = write_article(sentence)
    names = [w for ws in written(doc, cluster_people(doc)).values() for w in ws]
    assert names and all(n == name for n in names)


def test_ordinary_words_in_front_of_a_full_name_are_cut(write_article: Write) -> None:
    doc = write_article(
        "The report named Diplomatic Security Charlene Lamb, who said it was wrong."
    )
    assert written(doc, cluster_people(doc)) == {"lamb": ["Charlene Lamb"]}


def test_uncommon_given_name_opening_a_sentence_is_kept(write_article: Write) -> None:
    doc = write_article("Rand Paul said the bill would fail. Xi Jinping said little.")
    people = written(doc, cluster_people(doc))
    assert people["paul"] == ["Rand Paul"]
    assert people["xi"] == ["Xi Jinping"]  # family name first


def test_a_show_named_after_a_given_name_is_not_that_person(write_article: Write) -> None:
    doc = write_article(
        "Vice President Joe Biden spoke on Monday. He later appeared on Morning Joe, "
        "where the hosts asked about Biden's plans."
    )
    people = written(doc, cluster_people(doc))
    assert people == {"biden": ["Joe Biden", "Biden"]}


def test_a_show_titled_with_its_hosts_full_name_is_not_a_person(write_article: Write) -> None:
    doc = write_article(
        "Jimmy Kimmel Live returned to the air on Tuesday. Jimmy Kimmel thanked viewers."
    )
    assert written(doc, cluster_people(doc)) == {"kimmel": ["Jimmy Kimmel"]}


def test_ordinary_word_with_a_speech_verb_is_not_a_person_alone(write_article: Write) -> None:
    doc = write_article("Treasury said the auction went well. Officials agreed.")
    assert cluster_people(doc).people == ()


def test_greetings_and_contractions_are_not_people(write_article: Write) -> None:
    doc = write_article(
        "\u201cHi, Congressman. How are you?\u201d the student asked. "
        "\u201cAs I've said, I've done nothing wrong,\u201d he replied."
    )
    assert cluster_people(doc).people == ()


def test_chinese_and_korean_names_are_read_family_name_first(write_article: Write) -> None:
    doc = write_article(
        "General Kim Yong-chol met Foreign Minister Ri Son Gwon. Kim Jong Un watched. "
        "Later, Mao Tse-tung was quoted. Kim said nothing."
    )
    people = cluster_people(doc)
    assert written(doc, people) == {
        "yongchol kim": ["Kim Yong-chol"],  # two people of one family name
        "jongun kim": ["Kim Jong Un"],
        "ri": ["Ri Son Gwon"],
        "mao": ["Mao Tse-tung"],
    }
    assert [doc.text[m.start : m.end] for m in people.ambiguous] == ["Kim"]  # which Kim?


def test_a_surname_used_alone_overrules_the_family_name_first_reading(
    write_article: Write,
) -> None:
    doc = write_article("Rep. Lee Zeldin spoke on Monday. Zeldin said the vote was close.")
    assert written(doc, cluster_people(doc)) == {"zeldin": ["Lee Zeldin", "Zeldin"]}


def test_a_western_name_written_only_in_full_keeps_its_given_name_first(
    write_article: Write,
) -> None:
    doc = write_article("Rep. Lee Zeldin spoke on Monday. Lee Zeldin left at noon.")
    (person,) = cluster_people(doc).people
    assert (person.key, person.given_names, person.family_first) == ("zeldin", {"lee"}, False)


def test_the_chinese_family_name_he_is_a_name_only_before_a_given_name(
    write_article: Write,
) -> None:
    doc = write_article(
        "Vice Premier He Lifeng met the delegation. He Lifeng said the talks went well. "
        "He said more talks would follow. To Xi, the meeting mattered."
    )
    people = cluster_people(doc)
    assert written(doc, people) == {"he": ["He Lifeng", "He Lifeng"]}
    (person,) = people.people
    assert person.family_first and person.given_names == {"lifeng"}


def test_hyphenated_compounds_are_not_given_names(write_article: Write) -> None:
    doc = write_article("Sen. Dana Obama-era Wirth said Kim-led talks and Bush-era rules failed.")
    names = [w for ws in written(doc, cluster_people(doc)).values() for w in ws]
    assert not any("-era" in n or "-led" in n for n in names)


def test_titles_bodies_and_places_before_a_speech_verb_are_not_people(
    write_article: Write,
) -> None:
    doc = write_article(
        "Hotline On Call says the decision is close. The Rev. Ann Hopping of Our Lady of "
        "Guadalupe, told reporters. The governor of Nevada said little. "
        "Councilman Domenic M. Recchia spoke."
    )
    assert written(doc, cluster_people(doc)) == {
        "hopping": ["Ann Hopping"],
        "recchia": ["Domenic M. Recchia"],
    }


def test_a_name_joins_across_an_initial_particles_and_a_suffix(write_article: Write) -> None:
    doc = write_article(
        "Reporters met Judge John A. Quilby, Jr. on Monday. Then Nasser al-Varzani said "
        "little. Minister Ludo van der Trelk spoke."
    )
    assert sorted(w for ws in written(doc, cluster_people(doc)).values() for w in ws) == [
        "John A. Quilby, Jr.",
        "Ludo van der Trelk",
        "Nasser al-Varzani",
    ]


def test_one_word_with_an_office_in_apposition_or_a_speech_verb_is_a_person(
    write_article: Write,
) -> None:
    doc = write_article(
        "Talks resumed. Quilby, the treasury secretary, arrived. Later Trelk said no. "
        "Varzani arrived."
    )
    people = cluster_people(doc)
    assert written(doc, people) == {"quilby": ["Quilby"], "trelk": ["Trelk"]}
    assert [o.label for o in people.people[0].offices] == ["Finance Minister"]


def test_a_hokkien_given_name_is_read_family_name_first(write_article: Write) -> None:
    doc = write_article(
        "Lee Kuan Yew founded the party. Prime Minister Lee Hsien Loong spoke. "
        "Rep. Lee Zeldin said little."
    )
    people = {p.ident: (p.key, p.given_names, p.family_first) for p in cluster_people(doc).people}
    assert people == {
        "kuanyew lee": ("lee", {"kuanyew"}, True),
        "hsienloong lee": ("lee", {"hsienloong"}, True),
        "zeldin": ("zeldin", {"lee"}, False),
    }


def test_a_double_barrelled_surname_is_one_surname(write_article: Write) -> None:
    doc = write_article(
        "Yvette Townsend-Saunders spoke first. Townsend-Saunders said the march was calm. "
        "Jean-Pierre Raffarin listened. A professor at Randolph-Macon, he ran."
    )
    people = cluster_people(doc)
    assert written(doc, people) == {
        "townsendsaunders": ["Yvette Townsend-Saunders", "Townsend-Saunders"],
        "raffarin": ["Jean-Pierre Raffarin"],
    }
    assert [p.spellings for p in people.people] == [("Townsend-Saunders",), ("Raffarin",)]


def test_a_surname_that_is_an_english_word_opens_a_sentence_before_a_speech_verb(
    write_article: Write,
) -> None:
    doc = write_article("Trump said he would veto the defense bill. The House votes next week.")
    assert written(doc, cluster_people(doc)) == {"trump": ["Trump"]}


def test_an_opening_surname_joins_the_person_named_in_full(write_article: Write) -> None:
    doc = write_article("President Barack Obama met the governors. Obama spoke first.")
    assert written(doc, cluster_people(doc)) == {"obama": ["Barack Obama", "Obama"]}


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the talks would resume.",
        "Lawmakers said the bill was dead.",
        "Police said the driver fled.",
        "Wal-Mart said on Thursday it would raise wages.",
        "The company grew. Acme said in a statement that its profits rose.",
    ],
)
def test_groups_and_companies_that_speak_are_not_people(
    write_article: Write, sentence: str
) -> None:
    doc = write_article(sentence)
    assert written(doc, cluster_people(doc)) == {}


def test_a_name_used_as_a_modifier_is_no_person(write_article: Write) -> None:
    doc = write_article("Tim Ryan said the Ryan Medicare plan would hurt retirees.")
    assert written(doc, cluster_people(doc)) == {"ryan": ["Tim Ryan"]}


def test_arabic_names_keep_abu_and_the_article_particle(write_article: Write) -> None:
    doc = write_article(
        "Abu Bakr al-Baghdadi appeared in a video. Al-Baghdadi had not been seen since "
        "2014. Ayman al-Zawahiri praised the message."
    )
    found = cluster_people(doc)
    assert written(doc, found) == {
        "baghdadi": ["Abu Bakr al-Baghdadi", "Al-Baghdadi"],
        "zawahiri": ["Ayman al-Zawahiri"],
    }
    assert found.people[0].given_names == {"abubakr"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hillary Clinton and her husband Bill visited Little Rock.", "Bill"),
        ("Qaddafi's son Saif al-Islam was detained weeks later.", "Saif al-Islam"),
        ("His brother, Mike, backed his account.", "Mike"),
    ],
)
def test_a_relative_named_after_the_kinship_word_is_a_person(
    write_article: Write, text: str, name: str
) -> None:
    doc = write_article(text)
    assert name in [w for ws in written(doc, cluster_people(doc)).values() for w in ws]


def test_an_opening_surname_with_an_office_in_apposition_is_a_person(
    write_article: Write,
) -> None:
    doc = write_article("Sanders, the Vermont senator, backed her.")
    (person,) = cluster_people(doc).people
    assert [(o.label, o.qualifier) for o in person.offices] == [("Senator", "vermont")]


def test_a_sentence_that_lost_its_full_stop_keeps_whole_names(write_article: Write) -> None:
    """Half its long words are capitalised, but "wouldn't say whether" is no headline's
    wording: the surname is not trimmed off as an ordinary word ("carney")."""
    doc = write_article(
        "White House Press Secretary Jay Carney wouldn\u2019t say whether Obama is also "
        "bracing for dragged out negotiations\n\nCarney said at his daily briefing."
    )
    assert written(doc, cluster_people(doc))["carney"] == ["Jay Carney", "Carney"]


def test_a_name_with_jr_is_not_the_nickname_equal_name_without_it(write_article: Write) -> None:
    doc = write_article(
        "Ted Kennedy Jr., the son of the late Sen. Edward Kennedy, spoke on Sunday. "
        "Edward Kennedy served in the Senate for decades."
    )
    people = written(doc, cluster_people(doc))
    assert sorted(people.values()) == [["Edward Kennedy", "Edward Kennedy"], ["Ted Kennedy Jr."]]


def test_a_two_word_surname_alone_joins_the_full_name_it_ends(write_article: Write) -> None:
    doc = write_article(
        "President Andres Manuel Lopez Obrador spoke in Monterrey. Reporters asked Lopez "
        "Obrador about the border, and Maria Obrador, a teacher, asked about schools."
    )
    people = written(doc, cluster_people(doc))
    assert people["andres obrador"] == ["Andres Manuel Lopez Obrador", "Lopez Obrador"]
    assert people["maria obrador"] == ["Maria Obrador"]


def test_a_surname_alone_spelled_another_way_joins_the_one_person(write_article: Write) -> None:
    doc = write_article(
        "Col. Muammar el-Qaddafi died near Sirte. Kadhafi had vowed to fight. Later, Hadid arrived."
    )
    people = written(doc, cluster_people(doc))
    assert people == {"qaddafi": ["Muammar el-Qaddafi", "Kadhafi"]}


def test_someones_counterpart_of_a_nation_is_a_person(write_article: Write) -> None:
    doc = write_article(
        "The minister flew to Ankara to meet his Turkish counterpart, Oguzhan Yazicioglu."
    )
    assert written(doc, cluster_people(doc)) == {"yazicioglu": ["Oguzhan Yazicioglu"]}


def test_a_servant_of_name_after_a_given_name_is_one_surname_joined_or_apart(
    write_article: Write,
) -> None:
    doc = write_article(
        "Talks were led by Farid Abdul-Karim on Monday. On Tuesday, Farid Abdul Karim said "
        "the talks had gone well."
    )
    assert written(doc, cluster_people(doc)) == {
        "abdulkarim": ["Farid Abdul-Karim", "Farid Abdul Karim"]
    }
