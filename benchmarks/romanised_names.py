"""Alternative romanisations of one person, and different people with close names, put
into the same sentences of two reports.

Official lists of people (sanctions lists, for one) give several spellings of one name
taken from Arabic, Persian, Russian, Ukrainian, Korean or Chinese. Each pair of
spellings below goes into two reports that say the same thing with the same office:
the two should be linked as one person (the people tables link them, or a spelling
finding flags them) and never reported as two holders of one office or two people.
Pairs of different people with close names go into the same sentences and should never
be linked.

The people are invented for this benchmark (the spellings follow the usual
romanisation systems); nothing is copied from any list.

    .venv/bin/python benchmarks/romanised_names.py
"""

from __future__ import annotations

import itertools
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.engine.align import align  # noqa: E402
from tui.engine.corpus import Article, load_article  # noqa: E402
from tui.engine.people.cast import Cast, cast_of  # noqa: E402
from tui.engine.people.names import find_name_findings, link_people  # noqa: E402

ONE_PERSON: dict[str, list[tuple[str, ...]]] = {
    "Arabic": [
        (
            "Abdul Rahman Khalil al-Tamimi",
            "Abd al-Rahman Khaleel al-Tamimi",
            "Abdelrahman Khalil Al-Tamimi",
        ),
        ("Mohammed Yusuf Qasim", "Muhammad Yousef Kassem", "Mohamed Youssef Qassim"),
        ("Hussein Abu Zaid", "Husayn Abu Zayd", "Hussain Abou Zeid"),
        ("Osama Hamdan", "Usama Hamdan", "Oussama Hamdane"),
        ("Mu'ammar Khaddouri", "Muammar Khadduri", "Moammar Kadhuri"),
        ("Ja'far al-Shammari", "Jafar al-Shammary", "Jaafar al-Shamari"),
        ("Ahmed Saleh al-Houthi", "Ahmad Salih al-Huthi"),
    ],
    "Persian": [
        ("Qasem Rezaei", "Ghasem Rezaee", "Kasem Rezai"),
        ("Mahmoud Khosravi", "Mahmud Khosrawi", "Mahmood Khusravi"),
        ("Mohsen Jafarzadeh", "Mohsin Jafarzade", "Mohsen Djafarzadeh"),
    ],
    "Russian": [
        ("Aleksandr Zhdanov", "Alexander Jdanov", "Aleksandr Zhdanow"),
        ("Yevgeny Kovalchuk", "Evgeniy Kovalchuk", "Jewgeni Kowaltschuk"),
        ("Dmitriy Kozlov", "Dmitry Kozlov", "Dmitri Kozlow"),
        ("Nikolay Vasilyev", "Nikolai Vassiliev", "Nikolai Wassiljew"),
        ("Yuriy Grigoryev", "Yury Grigoriev", "Iouri Grigoriev"),
        ("Oleg Shcherbakov", "Oleg Scherbakov", "Oleg Chtcherbakov"),
        ("Sergey Tkachyov", "Sergei Tkachev", "Sergej Tkatschow"),
    ],
    "Ukrainian": [
        ("Oleksandr Hrytsenko", "Aleksandr Gritsenko", "Oleksandr Grytsenko"),
        ("Volodymyr Kravchenko", "Vladimir Kravchenko", "Wolodymyr Krawtschenko"),
    ],
    "Korean": [
        ("Kim Yong Chol", "Kim Yong-chol", "Kim Yong-chul"),
        ("Ri Son Gwon", "Ri Son-gwon", "Ri Son-kwon"),
        ("Choe Son Hui", "Choe Son-hui", "Choe Sonhui"),
        ("Pak Jong Chon", "Pak Jong-chon", "Park Jong-chon"),
    ],
    "Chinese": [
        ("Mao Zedong", "Mao Tse-tung"),
        ("Zhou Xiaoming", "Chou Hsiao-ming"),
        ("Deng Yuanchao", "Teng Yuan-chao"),
    ],
}

CLOSE_PEOPLE: list[tuple[str, str]] = [
    ("Aleksandr Zhdanov", "Aleksandr Zhdanko"),
    ("Sergei Ivanov", "Sergei Ivashov"),
    ("Kim Yong Chol", "Kim Yong Chun"),
    ("Pak Jong Chon", "Pak Jong Su"),
    ("Hassan Rouhani", "Hassan Rahmani"),
    ("Ali Rezaei", "Ali Razavi"),
    ("Yuri Petrov", "Yuri Popov"),
    ("Abdullah Hamdan", "Abdullah Hamadi"),
    ("Nikolai Volkov", "Nikolai Volodin"),
    ("Ahmed Karimi", "Ahmed Kazemi"),
    ("Igor Sechin", "Igor Semin"),
    ("Mohammed Qasim", "Mahmoud Qasim"),
    ("Oleg Morozov", "Oleg Moroz"),
    ("Viktor Medvedchuk", "Viktor Medvedko"),
    ("Omar Hadid", "Omar Haddad"),
    ("Zhou Xiaoming", "Zhou Xiaoping"),
]

SENTENCES = (
    "The Treasury Department on Tuesday imposed sanctions on {office} {name}, saying the "
    "network had moved money through front companies since 2019.",
    "{office} {name} denied the charges in a statement read on state television.",
    "Officials said the measures would freeze any assets held in the United States.",
)

OFFICES = ("Deputy Defense Minister", "General", "Foreign Minister", "Finance Minister")


def _report(tmp: Path, side: str, name: str, office: str) -> Article:
    path = tmp / f"{side}.txt"
    path.write_text(" ".join(s.format(office=office, name=name) for s in SENTENCES), "utf-8")
    return load_article(path)


def _judge(tmp: Path, left_name: str, right_name: str, office: str) -> bool:
    """The people the two names belong to are linked as one person (or a spelling finding
    flags them), and not reported as two holders of one office or as two people."""
    left = _report(tmp, "l", left_name, office)
    right = _report(tmp, "r", right_name, office)
    found = find_name_findings(left, right, tuple(align(left.sentences, right.sentences)))
    if any(f.type in ("office", "person") for f in found):
        return False
    if any(f.kind == "name" and f.type == "spelling" for f in found):
        return True
    left_cast = cast_of(left).confirmed_by(cast_of(right))
    right_cast = cast_of(right).confirmed_by(cast_of(left))
    ours, theirs = _named(left_cast, left_name), _named(right_cast, right_name)
    return any(
        link.left.ident == ours and link.right.ident == theirs
        for link in link_people(left_cast, right_cast)
    )


def _named(cast: Cast, name: str) -> str | None:
    """The person of the report whose first mention is ``name``."""
    start = cast.article.text.find(name)
    return next(
        (p.ident for p in cast.people if any(m.start <= start < m.end for m in p.mentions)),
        None,
    )


def run_romanised() -> None:
    linked = pairs = 0
    missed: list[str] = []
    by_script: dict[str, tuple[int, int]] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        n = 0
        for script, groups in ONE_PERSON.items():
            script_linked = script_pairs = 0
            for group in groups:
                for left_name, right_name in itertools.combinations(group, 2):
                    office = OFFICES[n % len(OFFICES)]
                    n += 1
                    hit = _judge(tmp, left_name, right_name, office)
                    script_linked += hit
                    script_pairs += 1
                    if not hit:
                        missed.append(f"{left_name} / {right_name}")
            by_script[script] = (script_linked, script_pairs)
            linked += script_linked
            pairs += script_pairs
        close_linked = 0
        wrongly: list[str] = []
        for n, (left_name, right_name) in enumerate(CLOSE_PEOPLE):
            hit = _judge(tmp, left_name, right_name, OFFICES[n % len(OFFICES)])
            close_linked += hit
            if hit:
                wrongly.append(f"{left_name} / {right_name}")
    for script, (hits, total) in by_script.items():
        print(f"  {script:12s} {hits:2d}/{total:2d} linked")
    print(
        f"romanisations of one person linked {linked}/{pairs} = {linked / pairs:.2f} "
        f"(target >= 0.85); different people with close names linked "
        f"{close_linked}/{len(CLOSE_PEOPLE)} = {close_linked / len(CLOSE_PEOPLE):.2f} "
        f"(target <= 0.05)"
    )
    if missed:
        print("  not linked: " + "; ".join(missed))
    if wrongly:
        print("  close names linked: " + "; ".join(wrongly))


if __name__ == "__main__":
    run_romanised()
