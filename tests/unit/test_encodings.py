"""Articles in legacy encodings read as written; the user can name the encoding per file."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from tui.app.config import CONFIG_ENV, ConfigError, load_config
from tui.cli import main
from tui.engine.corpus import ArticleError, load_article, load_corpus

SPANISH = (
    "El Señor Peña dijo en Madrid que la reunión fue un éxito. Según él, el acuerdo "
    "será firmado mañana por los dos países, y la compañía española lo celebró.\n"
)
FRENCH = (
    "Le président a déclaré que l'économie française était forte. Les négociations "
    "reprendront à Paris après l'été, a-t-il ajouté ; « ça suffit », a répondu le député.\n"
)
GERMAN = (
    "Der Bundeskanzler sagte, die Gespräche über Zölle seien schwierig gewesen. "
    "Die Übergangsfrist endet im März; die Straße bleibt gesperrt.\n"
)
QUOTES = (
    "\u201cWe agreed,\u201d the minister said \u2013 it\u2019s done. "
    "The office confirmed a \u20ac5 billion package\u2026\n"
)
RUSSIAN = "Министр финансов заявил, что переговоры прошли успешно и соглашение подпишут.\n"
JAPANESE = "東京で行われた会議で、両国の代表は貿易協定について合意した。\n"
CHINESE = "在伦敦举行的会谈中，双方代表就贸易协定达成了一致意见。\n"
POLISH = "Minister powiedział, że rozmowy w Łodzi były trudne. Źródła podają, że umowa będzie.\n"


@pytest.mark.parametrize(
    ("text", "encoding", "read_as"),
    [
        (SPANISH, "latin-1", {"cp1252", "iso8859-1"}),
        (FRENCH, "latin-1", {"cp1252", "iso8859-1"}),
        (GERMAN, "latin-1", {"cp1252", "iso8859-1"}),
        (QUOTES, "cp1252", {"cp1252"}),
        (RUSSIAN, "cp1251", {"cp1251"}),
        (RUSSIAN, "koi8-r", {"koi8-r"}),
        (POLISH, "cp1250", {"cp1250"}),
        (JAPANESE, "shift_jis", {"cp932", "shift_jis"}),
        (CHINESE, "gbk", {"gb18030", "gbk", "gb2312"}),
    ],
)
def test_legacy_encodings_read_as_written(
    tmp_path: Path, text: str, encoding: str, read_as: set[str]
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    article = load_article(path)
    assert article.text == text
    assert article.encoding in read_as and article.encoding_detected


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_utf8_with_or_without_bom(tmp_path: Path, bom: bytes) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(bom + SPANISH.encode("utf-8"))
    article = load_article(path)
    assert (article.text, article.encoding, article.encoding_detected) == (SPANISH, "utf-8", False)


def test_utf16_with_a_bom_is_text_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(FRENCH.encode("utf-16"))
    assert load_article(path).text == FRENCH


def test_an_encoding_given_is_used_as_is(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(SPANISH.encode("latin-1"))
    article = load_article(path, "cp1250")
    assert "Seńor Peńa" in article.text
    assert (article.encoding, article.encoding_detected) == ("cp1250", False)
    with pytest.raises(ArticleError, match=r"not utf-8: byte 0xf1 at offset 5"):
        load_article(path, "utf-8")


def test_corpus_encodings_by_file_name_and_for_every_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SPANISH.encode("latin-1"))
    (tmp_path / "b.txt").write_bytes(SPANISH.encode("latin-1"))
    corpus = load_corpus(tmp_path, {"a.txt": "cp1250", "*": "latin-1"})
    assert [a.encoding for a in corpus.articles] == ["cp1250", "iso8859-1"]


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_compare_encoding_option_per_file(tmp_path: Path, capsys) -> None:
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_bytes(SPANISH.encode("latin-1"))
    right.write_bytes(SPANISH.encode("latin-1"))
    document = run_json(
        capsys, "compare", str(left), str(right), "--format", "json",
        "--encoding", "right.txt=cp1250",
    )  # fmt: skip
    assert document["left"]["encoding"] == "cp1252"
    assert "Señor Peña" in document["left"]["sentences"][0]["text"]
    assert document["right"]["encoding"] == "cp1250"
    assert "Seńor Peńa" in document["right"]["sentences"][0]["text"]


def test_list_reads_the_encodings_of_diptych_yaml(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "old.txt").write_bytes(SPANISH.encode("latin-1"))
    (tmp_path / "new.txt").write_text(SPANISH, encoding="utf-8")
    config = tmp_path / "diptych.yaml"
    config.write_text("encodings: {old.txt: latin-1}\n", encoding="utf-8")
    monkeypatch.setenv(CONFIG_ENV, str(config))
    articles = run_json(capsys, "list", str(tmp_path), "--format", "json")["articles"]
    assert {a["file"]: a["encoding"] for a in articles} == {
        "new.txt": "utf-8",
        "old.txt": "iso8859-1",
    }
    forced = run_json(capsys, "list", str(tmp_path), "--format", "json", "--encoding", "cp1250")
    assert {a["encoding"] for a in forced["articles"]} == {"cp1250"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("encodings: [latin-1]\n", r"encodings: expected a mapping"),
        ("encodings: {a.txt: klingon}\n", r"encodings.a.txt: 'klingon' is not an encoding"),
        ("encodings: {a.txt: 8}\n", r"encodings.a.txt: expected an encoding name"),
        ("encodings: {sub/a.txt: latin-1}\n", r"encodings.sub/a.txt: expected an article's"),
    ],
)
def test_bad_encodings_in_config(tmp_path: Path, text: str, message: str, monkeypatch) -> None:
    monkeypatch.delenv(CONFIG_ENV)
    (tmp_path / "diptych.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(tmp_path)


def test_unknown_encoding_option_is_a_usage_error(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit):
        main(["list", str(tmp_path), "--encoding", "klingon"])
    assert "'klingon' is not an encoding" in capsys.readouterr().err
