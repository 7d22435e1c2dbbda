"""Name findings between two articles: spelling variants and office conflicts
(tui/engine/people/names.py), including every case that must never be flagged."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Pair
from tui.engine.findings.model import Finding
from tui.engine.people.spelling import skeleton, variant_score


def spelled(found: list[Finding]) -> set[tuple[str, str]]:
    return {(f.left.quote, f.right.quote) for f in found if f.kind == "name"}


def conflicts(found: list[Finding]) -> set[tuple[str, str]]:
    return {(f.left.quote, f.right.quote) for f in found if f.type == "office"}


# --- spelling variants -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Nakamula", "Nakamura"),  # l / r
        ("Freidman", "Friedman"),  # ei / ie
        ("Hollander", "Holander"),  # doubled letter
        ("Lindhqvist", "Lindqvist"),  # dropped h
        ("Abramovich", "Abramovitch"),  # one extra letter
    ],
)
def test_transliteration_variants_of_one_person_are_linked(
    pair: Pair, left: str, right: str
) -> None:
    found = pair(
        f"Finance Minister {left} arrived in Oslo on Tuesday for the budget talks.",
        f"Finance Minister {right} arrived in Oslo on Tuesday for the budget talks.",
    )
    assert spelled(found) == {(left, right)}
    (finding,) = found
    assert finding.type == "spelling" and left in finding.message and right in finding.message


def test_variant_is_linked_anywhere_in_the_pair_not_only_in_aligned_sentences(
    pair: Pair,
) -> None:
    found = pair(
        "Rain fell all day. Grain prices rose. Then Foreign Minister Kalashnikova spoke.",
        "Foreign Minister Kalashnikowa opened the summit. The weather was dry and warm.",
    )
    assert spelled(found) == {("Kalashnikova", "Kalashnikowa")}


def test_common_word_surname_needs_an_office_in_common_or_aligned_sentences(
    pair: Pair,
) -> None:
    with_office = pair(
        "Trade Representative Brook met the delegation on Monday.",
        "Trade Representative Brooke met the delegation on Monday.",
    )
    assert spelled(with_office) == {("Brook", "Brooke")}
    without = pair(
        "In the morning, Brook said the delegation was ready.",
        "Rain fell all day in the valley. Later, Brooke said nothing about the weather.",
    )
    assert spelled(without) == set()


def test_same_office_raises_the_score(pair: Pair) -> None:
    plain = pair(
        "On Monday, Vukovitch said the plan was ready.",
        "On Monday, Vukovich said the plan was ready.",
    )
    titled = pair(
        "On Monday, Defense Minister Vukovitch said the plan was ready.",
        "On Monday, Defense Minister Vukovich said the plan was ready.",
    )
    assert plain and titled
    assert titled[0].score > plain[0].score


def test_given_name_spelled_two_ways_is_a_finding(pair: Pair) -> None:
    found = pair(
        "Ambassador Katharine Holloway thanked the hosts.",
        "Ambassador Katherine Holloway thanked the hosts.",
    )
    assert spelled(found) == {("Katharine Holloway", "Katherine Holloway")}


def test_full_names_without_person_evidence_in_both_articles_are_one_person(pair: Pair) -> None:
    found = pair(
        "Critics of Alexei Varnakov gathered outside the court.",
        "Critics of Aleksei Varnakov gathered outside the court.",
    )
    assert spelled(found) == {("Alexei Varnakov", "Aleksei Varnakov")}


def test_one_person_given_different_offices_is_still_one_person(pair: Pair) -> None:
    found = pair(
        "Attorney General Richard Jacobsen spoke to the veterans.",
        "Senate candidate Richard Jakobsen, the Treasury Secretary, spoke to the veterans.",
    )
    assert spelled(found) == {("Jacobsen", "Jakobsen")}


# --- never flag ---------------------------------------------------------------------------


def test_identical_spellings_are_never_flagged(pair: Pair) -> None:
    text = "Trade Representative Ingrid Solberg met Finance Minister Solberg's aides."
    assert pair(text, text) == []


def test_first_name_middle_initial_suffix_and_title_are_never_a_difference(pair: Pair) -> None:
    found = pair(
        "Sen. John A. Whitlock Jr. said the bill would pass.",
        "Whitlock said the bill would pass. Mr. Whitlock left early.",
    )
    assert found == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Jim Calloway", "James Calloway"),
        ("Joe Biden", "Joseph R. Biden Jr."),
        ("Bill Pruitt", "William Pruitt"),
        ("Peggy Ashdown", "Margaret Ashdown"),
    ],
)
def test_nicknames_are_never_flagged(pair: Pair, left: str, right: str) -> None:
    found = pair(
        f"Governor {left} said the bridge would reopen.",
        f"Governor {right} said the bridge would reopen.",
    )
    assert found == []


def test_countries_demonyms_places_and_organisations_are_never_flagged(pair: Pair) -> None:
    found = pair(
        "China and the U.S. met in Geneva, Reuters said. Chinese officials flew to Norwalk. "
        "Ford Motor Company welcomed the Sino-US deal, Bloomberg said.",
        "Chinese and US officials met in London, Bloomberg said. America and China agreed. "
        "Ford Motor Co. praised the United States, and officials flew to Norfolk.",
    )
    assert found == []


def test_ordinary_capitalised_words_are_never_flagged(pair: Pair) -> None:
    found = pair(
        "Hillary Clinton spoke in Pennsylvania before Christmas.",
        "Clinton spoke to Pennsylvanians on Capitol Hill. Christine Varga listened.",
    )
    assert spelled(found) == set()


def test_different_people_with_different_offices_are_never_linked(pair: Pair) -> None:
    found = pair(
        "Defense Minister Marten Kowal met the press.",
        "Energy Minister Marten Kowel met the press.",
    )
    assert found == []


def test_different_given_names_are_different_people(pair: Pair) -> None:
    found = pair(
        "On Monday, Harriet Lindqvist said the vote was close.",
        "On Monday, Gustav Lindkvist said the vote was close.",
    )
    assert spelled(found) == set()


def test_a_spelling_the_other_article_also_uses_is_not_a_variant(pair: Pair) -> None:
    found = pair(
        "Foreign Minister Okafor met Ambassador Okafur.",
        "Foreign Minister Okafor met the ambassador. Okafur was absent.",
    )
    assert spelled(found) == set()


# --- office conflicts -----------------------------------------------------------------------


def test_same_office_given_to_different_people_is_a_conflict(pair: Pair) -> None:
    found = pair(
        "The Commerce Secretary Ann Whitcombe stayed in Paris for the talks.",
        "The Commerce Secretary Peter Dalgaard stayed in Paris for the talks.",
    )
    assert conflicts(found) == {("Ann Whitcombe", "Peter Dalgaard")}
    (finding,) = found
    assert finding.kind == "contradiction"
    assert "Commerce Secretary" in finding.message


def test_office_wordings_are_one_office(pair: Pair) -> None:
    found = pair(
        "Finance Minister Hallgrimsson flew home after the talks.",
        "Secretary of the Treasury Moreau flew home after the talks.",
    )
    assert conflicts(found) == {("Hallgrimsson", "Moreau")}


def test_no_conflict_for_past_holders_other_countries_or_shared_titles(pair: Pair) -> None:
    assert not conflicts(
        pair(
            "Former Commerce Secretary Ann Whitcombe stayed in Paris for the talks.",
            "Commerce Secretary Peter Dalgaard stayed in Paris for the talks.",
        )
    )
    assert not conflicts(
        pair(
            "Chinese Commerce Minister Wen Hao stayed in Paris for the talks.",
            "U.S. Commerce Secretary Peter Dalgaard stayed in Paris for the talks.",
        )
    )
    assert not conflicts(
        pair(
            "Senator Ann Whitcombe stayed in Paris for the talks on the new budget.",
            "Senator Peter Dalgaard voted against the budget bill last year.",
        )
    )


def test_no_conflict_for_a_holder_whose_tenure_the_sentence_ends(pair: Pair) -> None:
    assert not conflicts(
        pair(
            "The president fired Commerce Secretary Ann Whitcombe after the talks in Paris.",
            "Commerce Secretary Peter Dalgaard stayed in Paris for the talks.",
        )
    )


def test_no_conflict_when_each_article_knows_both_people(pair: Pair) -> None:
    found = pair(
        "Commerce Secretary Ann Whitcombe stayed in Paris. Peter Dalgaard said he agreed.",
        "Commerce Secretary Peter Dalgaard stayed in Paris. Ann Whitcombe said she agreed.",
    )
    assert not conflicts(found)


def test_shared_title_given_to_different_people_in_the_same_sentence_is_another_person(
    pair: Pair,
) -> None:
    found = pair(
        "Chinese Vice Premier Zhao Minghui led the delegation to Geneva on Sunday.",
        "Chinese Vice Premier Qian Dewei led the delegation to Geneva on Sunday.",
    )
    assert conflicts(found) == set()
    (finding,) = found
    assert (finding.kind, finding.type) == ("name", "person")
    assert (finding.left.quote, finding.right.quote) == ("Zhao Minghui", "Qian Dewei")
    assert finding.message == "different person: Zhao Minghui vs Qian Dewei (Vice Premier)"


def test_same_person_spelled_differently_is_not_an_office_conflict(pair: Pair) -> None:
    found = pair(
        "Commerce Secretary Nakamula stayed in Paris for the talks.",
        "Commerce Secretary Nakamura stayed in Paris for the talks.",
    )
    assert conflicts(found) == set() and spelled(found) == {("Nakamula", "Nakamura")}


# --- spelling helpers -----------------------------------------------------------------------


def test_skeleton_folds_transliteration_differences() -> None:
    assert skeleton("jamieson") == skeleton("jamison")
    assert skeleton("luthnik") == skeleton("rutnick")
    assert variant_score("hill", "hillary") == 0.0
    assert variant_score("pennsylvania", "pennsylvanians") == 0.0
    assert variant_score("smith", "smith") == 0.0


def test_one_misspelt_mention_facing_the_right_spelling_is_a_finding(pair: Pair) -> None:
    found = pair(
        "Prime Minister Ostrowski met the unions on Monday. Ostrowski said a deal was close.",
        "Prime Minister Ostrowsky met the unions on Monday. Ostrowski said a deal was close.",
    )
    assert spelled(found) == {("Ostrowski", "Ostrowsky")}
    assert conflicts(found) == set()


def test_one_person_given_two_offices_in_aligned_sentences_is_a_conflict(pair: Pair) -> None:
    found = pair(
        "Treasury Secretary Helga Brandt flew to Rome on Friday for the talks.",
        "Commerce Secretary Helga Brandt flew to Rome on Friday for the talks.",
    )
    (finding,) = found
    assert (finding.kind, finding.type) == ("contradiction", "office")
    assert (finding.left.quote, finding.right.quote) == ("Treasury Secretary", "Commerce Secretary")
    same = pair(
        "Treasury Secretary Helga Brandt flew to Rome on Friday for the talks.",
        "Secretary of the Treasury Brandt flew to Rome on Friday for the talks.",
    )
    assert same == []


def test_family_name_first_is_one_person_across_articles(pair: Pair) -> None:
    found = pair(
        "President Xi met the delegation in Beijing on Monday.",
        "Chinese President Xi Jinping met the delegation in Beijing on Monday.",
    )
    assert found == []


def test_common_word_variant_facing_the_name_in_aligned_sentences_is_linked(pair: Pair) -> None:
    found = pair(
        "Earlier, Mr. Steele told the committee that the budget was sound.",
        "Earlier, Mr. Steel told the committee that the budget was sound.",
    )
    assert spelled(found) == {("Steele", "Steel")}


def test_rare_name_without_person_evidence_facing_its_variant_is_a_finding(pair: Pair) -> None:
    found = pair(
        'Analysts said "(the regional strongman Dzhokhar) Saidov will stay in power."',
        'Analysts said "(the regional strongman Dzhokar) Saidov will stay in power."',
    )
    assert spelled(found) == {("Dzhokhar", "Dzhokar")}


@pytest.mark.parametrize(
    ("left", "right"), [("Norwalk", "Norfolk"), ("Christmas", "Christine"), ("Hill", "Hillary")]
)
def test_ordinary_words_and_places_facing_each_other_are_never_flagged(
    pair: Pair, left: str, right: str
) -> None:
    found = pair(
        f"The plant near {left} will close in May, the company said on Tuesday.",
        f"The plant near {right} will close in May, the company said on Tuesday.",
    )
    assert spelled(found) == set()


def test_misspelt_mention_in_loosely_aligned_sentences_is_a_finding(pair: Pair) -> None:
    found = pair(
        "Mayor Halvorsen opened the new bridge on Sunday. Halvorsen thanked the builders.",
        "After years of delays the bridge finally opened, and Mayor Halvorson cut the ribbon "
        "on Sunday. Halvorsen thanked the builders.",
    )
    assert spelled(found) == {("Halvorsen", "Halvorson")}


@pytest.mark.parametrize(
    ("left", "right", "flagged"),
    [
        ("Kim Yong Chol", "Kim Yong-chul", ("Kim Yong Chol", "Kim Yong-chul")),
        ("Pak Jong Chon", "Park Jong-chon", ("Pak", "Park")),
        ("Mao Zedong", "Mao Tse-tung", ("Mao Zedong", "Mao Tse-tung")),
    ],
)
def test_romanisations_of_a_chinese_or_korean_name_are_one_person(
    pair: Pair, left: str, right: str, flagged: tuple[str, str]
) -> None:
    found = pair(
        f"Foreign Minister {left} said the talks would go on.",
        f"Foreign Minister {right} said the talks would go on.",
    )
    assert spelled(found) == {flagged}
    assert conflicts(found) == set()


def test_chinese_given_names_one_syllable_apart_are_different_people(pair: Pair) -> None:
    found = pair(
        "Foreign Minister Zhou Xiaoming said the talks would go on.",
        "Foreign Minister Zhou Xiaoping said the talks would go on.",
    )
    assert spelled(found) == set()


def test_arabic_servant_of_names_are_one_given_name(pair: Pair) -> None:
    found = pair(
        "Minister Abdul Rahman al-Tamimi and Colonel Mu'ammar Khaddouri met.",
        "Minister Abd al-Rahman al-Tamimi and Colonel Moammar Kadhuri met.",
    )
    assert spelled(found) == {
        ("Khaddouri", "Kadhuri"),
        ("Mu'ammar Khaddouri", "Moammar Kadhuri"),  # the apostrophe does not split it
    }
