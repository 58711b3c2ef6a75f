"""Hostile and broken input: every failure is a LoadError with a clear message."""

from __future__ import annotations

import io
import os
import time
import zipfile
from pathlib import Path

import pytest
from test_formats_make import (
    TITLE,
    make_docx,
    make_epub,
    make_pdf,
    make_scanned_pdf,
    seed_epub,
    seed_paragraphs,
    xhtml,
)

import reader.core.documents.loading as document
from reader.core.documents.article import LoadError
from reader.core.documents.formats import Extracted, extract
from reader.core.documents.formats.timeout import extract_with_timeout
from reader.core.documents.formats.ziplimits import ZipLimits, inside, open_zip
from reader.core.documents.loading import load_article, read_bytes

BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
)
XXE = '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def _replace_member(data: bytes, name: str, content: bytes) -> bytes:
    """A copy of the ZIP ``data`` with member ``name`` replaced."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, content if info.filename == name else source.read(info))
    return out.getvalue()


# --- XML entities -----------------------------------------------------------------


def test_docx_billion_laughs_is_refused() -> None:
    docx = make_docx(TITLE, ["Body."])
    original = zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml").decode()
    bomb = BILLION_LAUGHS + original.split("?>", 1)[1].replace("Body.", "&lol4;")
    with pytest.raises(LoadError, match="entity"):
        extract(_replace_member(docx, "word/document.xml", bomb.encode()), "bomb.docx")


def test_docx_xxe_is_refused() -> None:
    docx = make_docx(TITLE, ["Body."])
    original = zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml").decode()
    evil = XXE.replace("html", "w:document") + original.split("?>", 1)[1].replace("Body.", "&xxe;")
    with pytest.raises(LoadError, match="entity"):
        extract(_replace_member(docx, "word/document.xml", evil.encode()), "xxe.docx")


def test_epub_package_with_billion_laughs_is_refused() -> None:
    book = seed_epub()
    opf = zipfile.ZipFile(io.BytesIO(book)).read("OEBPS/content.opf").decode()
    bomb = BILLION_LAUGHS.replace("lolz", "package") + opf.split("?>", 1)[1].replace(
        TITLE, "&lol4;"
    )
    with pytest.raises(LoadError, match="entity"):
        extract(_replace_member(book, "OEBPS/content.opf", bomb.encode()), "bomb.epub")


def test_epub_chapter_with_xxe_is_refused() -> None:
    chapter = XXE + '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&xxe;</p></body></html>'
    with pytest.raises(LoadError, match="entity"):
        extract(make_epub("Evil", [chapter]), "xxe.epub")


def test_html_entity_declarations_are_never_expanded() -> None:
    page = (
        XXE + "<html><body><h1>Page</h1><p>Text &xxe; here and more words follow.</p></body></html>"
    )
    text = extract(page.encode(), "page.html").text
    assert "root:" not in text


# --- ZIP bombs and paths ------------------------------------------------------------


def _bomb(size: int = 40 * 1024 * 1024) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w/>")
        with archive.open("word/styles.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return out.getvalue()


@pytest.mark.parametrize("name", ["bomb.docx", "bomb.epub"])
def test_zip_bomb_is_refused_before_inflating(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    data = _bomb()
    assert len(data) < 200_000

    def no_inflating(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("a member was inflated")

    monkeypatch.setattr(zipfile.ZipExtFile, "read", no_inflating)
    with pytest.raises(LoadError, match=r"zip bomb|too large"):
        open_zip(data, name, "document")


def test_zip_limits_on_count_and_total_size() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for index in range(30):
            archive.writestr(f"part{index}.xml", b"x" * 1000)
    with pytest.raises(LoadError, match="entries"):
        open_zip(out.getvalue(), "many.epub", "EPUB book", ZipLimits(max_members=20))
    with pytest.raises(LoadError, match="limit"):
        open_zip(out.getvalue(), "big.epub", "EPUB book", ZipLimits(max_total=20_000))


def test_bomb_docx_through_extract() -> None:
    with pytest.raises(LoadError, match=r"zip bomb|too large"):
        extract(_bomb(), "bomb.docx")


@pytest.mark.parametrize(
    ("base", "href", "expected"),
    [
        ("OEBPS", "text/ch1.xhtml", "OEBPS/text/ch1.xhtml"),
        ("OEBPS", "../ch1.xhtml", "ch1.xhtml"),
        ("OEBPS", "../../etc/passwd", None),
        ("", "../x", None),
        ("OEBPS", "/etc/passwd", None),
        ("OEBPS", "..\\..\\windows\\win.ini", None),
        ("OEBPS", "C:/windows/win.ini", None),
        ("OEBPS", "file:///etc/passwd", None),
    ],
)
def test_epub_paths_stay_inside(base: str, href: str, expected: str | None) -> None:
    assert inside(base, href) == expected


def test_epub_manifest_escaping_the_archive_is_refused() -> None:
    book = make_epub("Escape", [xhtml("x", "<p>x</p>")], hrefs=["../../../etc/passwd"])
    with pytest.raises(LoadError, match="outside the book"):
        extract(book, "escape.epub")


def test_epub_container_pointing_outside_is_refused() -> None:
    book = make_epub("Escape", [xhtml("x", "<p>x</p>")], opf_path="../content.opf")
    with pytest.raises(LoadError, match=r"outside the book|missing"):
        extract(book, "escape.epub")


# --- size limit and timeout ---------------------------------------------------------


def test_size_limit_refuses_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"0" * 5000)

    def no_open(*args: object, **kwargs: object) -> object:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(document, "open", no_open, raising=False)
    with pytest.raises(LoadError, match=r"above the .* limit"):
        read_bytes(path, size_limit=1000)


def hang_forever(data: bytes, source: str) -> Extracted:
    """A reader stuck in a loop (module level, so the child process can import it)."""
    while True:
        time.sleep(0.05)


def test_timeout_kills_a_reader_that_hangs() -> None:
    started = time.monotonic()
    with pytest.raises(LoadError, match=r"took longer than 1 s"):
        extract_with_timeout(b"anything", "slow.pdf", 1, reader=hang_forever)
    assert time.monotonic() - started < 15


def test_timeout_wrapper_returns_the_extraction_and_passes_errors_on() -> None:
    data = make_docx(TITLE, seed_paragraphs())
    assert extract_with_timeout(data, "a.docx", 60) == extract(data, "a.docx")
    with pytest.raises(LoadError, match="empty"):
        extract_with_timeout(b"", "empty.txt", 60)


# --- broken and odd files -----------------------------------------------------------


def _corrupt_cases() -> list[tuple[str, bytes]]:
    pdf = make_pdf(seed_paragraphs(), TITLE)
    docx = make_docx(TITLE, seed_paragraphs())
    epub = seed_epub()
    return [
        ("truncated.pdf", pdf[: len(pdf) // 3]),
        ("header-only.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
        ("truncated.docx", docx[: len(docx) // 2]),
        ("truncated.epub", epub[: len(epub) // 2]),
        ("not-really.docx", b"PK\x03\x04" + b"\x00" * 200),
        ("plain.zip.docx", _zip_of({"readme.txt": b"hello"})),
        ("no-container.epub", _zip_of({"mimetype": b"application/epub+zip"})),
        ("ole.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2048)),
        ("scanned.pdf", make_scanned_pdf()),
        ("encrypted.pdf", make_pdf(["Secret text."], "Secret", encrypt="hunter2")),
        ("garbage.bin", os.urandom(4096)),
    ]


def _zip_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data"), _corrupt_cases(), ids=lambda value: value if isinstance(value, str) else ""
)
def test_broken_documents_give_a_clear_load_error(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(LoadError) as caught:
        load_article(path)
    message = str(caught.value)
    assert name in message
    assert "Traceback" not in message


def test_specific_messages_for_scanned_encrypted_and_legacy(tmp_path: Path) -> None:
    cases = dict(_corrupt_cases())
    with pytest.raises(LoadError, match="without a text layer"):
        extract(cases["scanned.pdf"], "scanned.pdf")
    with pytest.raises(LoadError, match="encrypted"):
        extract(cases["encrypted.pdf"], "encrypted.pdf")
    with pytest.raises(LoadError, match=r"old-format .* or password-protected"):
        extract(cases["ole.docx"], "ole.docx")
    with pytest.raises(LoadError, match="not a document"):
        extract(cases["garbage.bin"] + b"\0", "garbage.bin")


def test_empty_directory_fifo_and_broken_symlink(tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    with pytest.raises(LoadError, match="empty"):
        load_article(tmp_path / "empty.pdf")
    (tmp_path / "folder.epub").mkdir()
    with pytest.raises(LoadError, match="folder"):
        load_article(tmp_path / "folder.epub")
    os.mkfifo(tmp_path / "pipe.html")
    with pytest.raises(LoadError, match="not a regular file"):
        load_article(tmp_path / "pipe.html")
    (tmp_path / "dangling.docx").symlink_to(tmp_path / "gone.docx")
    with pytest.raises(LoadError, match="does not exist"):
        load_article(tmp_path / "dangling.docx")


def test_non_ascii_and_very_long_paths(tmp_path: Path) -> None:
    folder = tmp_path / "Документы – Zürich 文件"
    folder.mkdir()
    path = folder / "статья.docx"
    path.write_bytes(make_docx(TITLE, seed_paragraphs()))
    assert load_article(path).title == TITLE
    too_long = tmp_path / ("x" * 300 + ".pdf")
    with pytest.raises(LoadError, match=r"x{20}"):
        load_article(too_long)
    deep = tmp_path.joinpath(*(["d" * 200] * 30), "a.txt")
    with pytest.raises(LoadError):
        load_article(deep)


# --- the user's files are never written ---------------------------------------------


def test_loading_never_writes_any_fixture(tmp_path: Path) -> None:
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    files = {
        "seed.pdf": make_pdf(seed_paragraphs(), TITLE),
        "seed.docx": make_docx(TITLE, seed_paragraphs()),
        "seed.epub": seed_epub(),
        "seed.md": b"# Title here\n\nBody text of the note.\n",
        "page.html": (fixtures / "news_page.html").read_bytes(),
    }
    paths = [tmp_path / name for name in files]
    for path in paths:
        path.write_bytes(files[path.name])
        os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    paths += sorted(fixtures.iterdir())
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in paths}
    for path in paths:
        load_article(path)
    assert {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in paths} == before


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_aes_encrypted_pdf_opens_with_an_empty_password(algorithm: str) -> None:
    from pypdf import PdfReader, PdfWriter

    def encrypted(user_password: str) -> bytes:
        plain = make_pdf(["Angela Merkel spoke."], "Talk")
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
        writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
        buffer = io.BytesIO()
        writer.write(buffer)
        return buffer.getvalue()

    assert "Angela Merkel spoke." in extract(encrypted(""), "aes.pdf").text
    with pytest.raises(LoadError, match=r"encrypted \(password-protected\)"):
        extract(encrypted("secret"), "aes-locked.pdf")
