"""Bad input of every kind: a named error naming the input, or a correct decoding."""

from __future__ import annotations

import gzip
from datetime import date

import pytest

from dateline.errors import (
    BinaryInput,
    EmptyDocument,
    EncodingError,
    InputTooLarge,
    MalformedRecord,
    NotEnglish,
    UnreadableInput,
)
from dateline.ingest import document_from_string, read_path
from dateline.ingest.decode import decode_bytes
from dateline.records import Document

ARTICLE = (
    "The café on Rue Saint-Honoré reopened on Friday after a fire in March, its owner said. "
    "Customers queued before dawn for the first croissants, and the mayor’s office praised "
    "the speed of the repairs. “We never thought we would be back so soon,” the owner said."
)


def _only(path, **options):
    items = list(read_path(path, **options))
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize(
    ("payload", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "ZIP"),
        (bytes(range(256)) * 20, "binary"),
    ],
)
def test_binary_files_are_named(tmp_path, payload, kind):
    path = tmp_path / "upload.txt"
    path.write_bytes(payload)
    error = _only(path)
    assert isinstance(error, BinaryInput)
    assert "upload.txt" in str(error) and "D102" in str(error)


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n"])
def test_empty_files(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    error = _only(path)
    assert isinstance(error, EmptyDocument)
    assert "empty.txt" in str(error)


def test_page_without_article_text(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text("<html><body><nav><a href='/'>Home</a> <a href='/b'>About</a></nav>"
                    "</body></html>")
    assert isinstance(_only(path), EmptyDocument)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("cp1252", b""), ("latin-1", b""), ("utf-16", b""), ("utf-8", b"\xef\xbb\xbf"),
     ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b"\xff\xfe")],
)
def test_encodings_are_decoded_not_garbled(tmp_path, encoding, bom):
    text = ARTICLE if encoding != "latin-1" else ARTICLE.replace("’", "'").replace("“", '"')\
        .replace("”", '"')
    path = tmp_path / f"page-{encoding}.txt"
    path.write_bytes(bom + text.encode(encoding))
    document = _only(path)
    assert isinstance(document, Document), document
    assert "café on Rue Saint-Honoré" in document.text
    assert "Ã" not in document.text and "\ufffd" not in document.text


def test_html_declaring_the_wrong_charset(tmp_path):
    html = (f"<html><head><meta charset='utf-8'><title>Café fire</title></head><body>"
            f"<article><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>")
    path = tmp_path / "liar.html"
    path.write_bytes(html.encode("cp1252"))
    document = _only(path)
    assert isinstance(document, Document), document
    assert "Saint-Honoré" in document.text


def test_utf8_with_stray_cp1252_bytes_is_repaired():
    data = ARTICLE.encode("utf-8") + " Prices rose by 5\x80 only.".encode("latin-1")
    text = decode_bytes(data, source="mixed.txt")
    assert "Saint-Honoré" in text and "5€ only" in text


def test_undecodable_bytes_named_with_offset():
    with pytest.raises((EncodingError, BinaryInput)) as caught:
        decode_bytes(b"\xff\xfe\xfd" * 3 + b"\x81\x8d\x8f\x90\x9d" * 50, source="junk.txt")
    assert "junk.txt" in str(caught.value)


def test_huge_file_is_refused_by_name(tmp_path):
    path = tmp_path / "huge.html"
    path.write_bytes(b"<p>" + b"word " * 30_000 + b"</p>")
    error = _only(path, max_bytes=100_000)
    assert isinstance(error, InputTooLarge)
    assert "huge.html" in str(error) and "100,000" in str(error)


def test_huge_gzip_bomb_is_refused(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 2_000_000))
    assert isinstance(_only(path, max_bytes=1_000_000), InputTooLarge)


def test_truncated_gzip_is_unreadable(tmp_path):
    path = tmp_path / "cut.html.gz"
    path.write_bytes(gzip.compress(ARTICLE.encode())[:30])
    assert isinstance(_only(path), UnreadableInput)


def test_deeply_nested_html_is_named(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 5000 + f"<p>{ARTICLE}</p>" + "</div>" * 5000
                    + "</body></html>")
    error = _only(path)
    assert isinstance(error, (MalformedRecord, EmptyDocument)), error
    assert "deep.html" in str(error)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le conseil municipal a voté mercredi la réouverture de la gare maritime. Les travaux "
         "doivent commencer au printemps prochain, selon la mairie, et la salle accueillera un "
         "marché couvert pour les producteurs de la région et les habitants du quartier.", "fr"),
        ("Der Stadtrat hat am Mittwoch beschlossen, das alte Fährterminal in eine Markthalle "
         "umzubauen. Die Arbeiten sollen im nächsten Frühjahr beginnen, sagte die Sprecherin der "
         "Stadt, und die Kosten werden auf zwei Millionen Euro geschätzt, wie es hieß.", "de"),
        ("Городской совет в среду проголосовал за то, чтобы превратить старый паромный терминал "
         "в крытый рынок. Работы начнутся следующей весной, сообщили в мэрии города.", "ru"),
    ],
)
def test_non_english_is_marked_and_named(tmp_path, text, language):
    path = tmp_path / "foreign.txt"
    path.write_text(text, encoding="utf-8")
    error = _only(path)
    assert isinstance(error, NotEnglish)
    assert error.document.language == language
    assert "foreign.txt" in str(error)


def test_impossible_front_matter_date_is_named(tmp_path):
    path = tmp_path / "bad-date.txt"
    path.write_text(f"---\npublished: 2021-02-30\n---\n{ARTICLE}", encoding="utf-8")
    error = _only(path)
    assert isinstance(error, MalformedRecord)
    assert "2021-02-30" in str(error) and "bad-date.txt" in str(error)


def test_document_from_string_errors():
    with pytest.raises(EmptyDocument):
        document_from_string("   ")
    with pytest.raises(BinaryInput):
        document_from_string("abc\x00def")
    assert document_from_string(ARTICLE, published=date(2020, 1, 1)).published_source == "given"


def test_document_from_string_size_limit(monkeypatch):
    import dateline.ingest

    monkeypatch.setattr(dateline.ingest, "MAX_DOCUMENT_BYTES", 100)
    with pytest.raises(InputTooLarge):
        document_from_string(ARTICLE * 3)


CHINESE = "市议会周三投票决定将旧渡轮码头改建为室内市场，结束了一场持续近三年的争论。" * 4
JAPANESE = "市議会は水曜日、古いフェリーターミナルを屋内市場に改装することを決めた。" * 4


@pytest.mark.parametrize(
    ("text", "encoding", "declared"),
    [(CHINESE, "gbk", "gbk"), (CHINESE, "gb18030", None), (JAPANESE, "shift_jis", "shift_jis"),
     (JAPANESE, "euc-jp", "euc-jp")],
)
def test_double_byte_encodings(text, encoding, declared):
    head = f"<meta charset='{declared}'>".encode() if declared else b""
    decoded = decode_bytes(head + text.encode(encoding), source="page.html")
    assert text in decoded


def test_named_page_asset_is_refused(tmp_path):
    from dateline.errors import UnsupportedFormat

    path = tmp_path / "site.css"
    path.write_text("body { color: red; }\n" * 100)
    error = _only(path)
    assert isinstance(error, UnsupportedFormat) and "site.css" in str(error)


def test_a_page_that_lies_about_its_single_byte_charset_is_detected():
    from dateline.ingest.decode import decode_bytes

    sentence = "Власти заявили во вторник, что мост через реку откроют на следующей неделе. "
    page = ("<html><head><meta charset='iso-8859-1'></head><body><p>" + sentence * 4
            + "</p></body></html>").encode("cp1251")
    assert sentence in decode_bytes(page, source="lying.html")
    honest = ("<html><head><meta charset='iso-8859-1'></head><body><p>"
              + "Le pont rouvrira la semaine prochaine, a déclaré la mairie à Genève. " * 4
              + "</p></body></html>").encode("latin-1")
    assert "déclaré la mairie à Genève" in decode_bytes(honest, source="honest.html")
