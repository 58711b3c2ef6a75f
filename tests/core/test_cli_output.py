"""reader --json --out: what it may write, under which names, and how it fails."""

from __future__ import annotations

import errno
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import run_reader

from reader.core.export.outputs import (
    OutputError,
    output_stem,
    plan_outputs,
    write_new_file,
)

NO_PIPELINE = ("--model", "no_such_pipeline_xyz")
STORY = "Angela Merkel met Emmanuel Macron in Paris on Tuesday.\n"


def one_line(stderr: str) -> str:
    """The one ``reader:`` line a failure must print (no traceback, nothing else)."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("reader: "), stderr
    return lines[0]


@pytest.mark.model
def test_an_input_in_the_out_folder_is_never_replaced(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    own = tmp_path / "story.json"
    own.write_text('{"mine": true}\n', encoding="utf-8")
    result = run_reader("--json", str(story), str(own), "--out", str(tmp_path))
    assert result.returncode == 2
    assert "story.json" in one_line(result.stderr)
    assert own.read_text(encoding="utf-8") == '{"mine": true}\n'
    # Refused before anything was written: no partial batch either.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.json", "story.txt"]


def test_an_existing_file_is_refused_before_any_analysis(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "story.json").write_text("earlier run\n", encoding="utf-8")
    result = run_reader("--json", str(story), "--out", str(out), *NO_PIPELINE)
    assert result.returncode == 2
    line = one_line(result.stderr)  # the pipeline was never looked for
    assert "story.json" in line
    assert "refus" in line
    assert (out / "story.json").read_text(encoding="utf-8") == "earlier run\n"


@pytest.mark.model
def test_inputs_with_the_same_name_get_numbered_outputs(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"
    for path, text in ((first, "Angela Merkel spoke.\n"), (second, "Boris Johnson spoke.\n")):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    out = tmp_path / "d"
    result = run_reader("--json", str(first), str(second), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["x-2.json", "x.json"]
    assert json.loads((out / "x.json").read_text(encoding="utf-8"))["source"] == str(first)
    assert json.loads((out / "x-2.json").read_text(encoding="utf-8"))["source"] == str(second)


def test_output_names_are_apart_ignoring_case_and_made_from_addresses() -> None:
    sources = ["a/x.txt", "b/X.md", "x-2.txt", "https://example.com/", "http://a.b/b%20c.htm?q"]
    names = [p.name for p in plan_outputs(sources, Path("out"))]
    assert names == ["x.json", "X-2.json", "x-2-2.json", "example.com.json", "b c.json"]
    assert output_stem("https://example.com/a:b/c*d.htm") == "c_d"


def test_a_new_file_never_replaces_one_that_appeared(tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    target.write_text("someone else's\n", encoding="utf-8")
    with pytest.raises(OutputError, match="refusing"):
        write_new_file(target, b"{}")
    assert target.read_text(encoding="utf-8") == "someone else's\n"
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]


def test_without_hard_links_the_file_is_still_written_and_never_over_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(source: object, target: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)  # as on FAT or some network shares
    target = tmp_path / "x.json"
    write_new_file(target, b"{}\n")
    assert target.read_bytes() == b"{}\n"
    with pytest.raises(OutputError, match="refusing"):
        write_new_file(target, b"[]\n")
    assert target.read_bytes() == b"{}\n"
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]


@pytest.mark.parametrize("kind", ["file", "not a folder on the way", "not writable"])
def test_an_unusable_out_is_refused_before_any_analysis(tmp_path: Path, kind: str) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "out"
    if kind == "file":
        out.write_text("a file\n", encoding="utf-8")
    elif kind == "not a folder on the way":
        out.write_text("a file\n", encoding="utf-8")
        out = out / "inside"
    elif os.geteuid() == 0:
        out = Path("/proc/self")  # root may write anywhere but here
        if not sys.platform.startswith("linux"):
            pytest.skip("needs a folder root cannot write to")
    else:
        out.mkdir()
        out.chmod(0o500)
    result = run_reader("--json", str(story), "--out", str(out), *NO_PIPELINE)
    assert result.returncode == 2
    assert "--out" in one_line(result.stderr)
    if kind != "not writable":
        assert (tmp_path / "out").read_text(encoding="utf-8") == "a file\n"


def _limit_file_size() -> None:
    # Python ignores SIGXFSZ, so a write past the limit fails with EFBIG, as on a full disk.
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


@pytest.mark.model
def test_a_full_disk_leaves_no_cut_json_and_one_line(tmp_path: Path, seed_path: Path) -> None:
    out = tmp_path / "out"
    result = subprocess.run(
        # Without corrections: the store (which other tests filled) would say its own line.
        [
            sys.executable,
            "-m",
            "reader",
            "--json",
            "--no-corrections",
            str(seed_path),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=_limit_file_size,
    )
    assert result.returncode == 2
    assert seed_path.stem + ".json" in one_line(result.stderr)
    assert list(out.iterdir()) == []  # neither a cut JSON nor a temporary file


@pytest.mark.model
def test_a_full_standard_output_gives_one_line(seed_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "reader", "--json", str(seed_path)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
        )
    assert result.returncode == 2
    assert "standard output" in one_line(result.stderr)


@pytest.mark.model
def test_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("Windows file names are always Unicode")
    story = tmp_path / os.fsdecode(b"caf\xe9.txt")
    story.write_text(STORY, encoding="utf-8")

    single = subprocess.run(
        [sys.executable, "-m", "reader", "--json", os.fsencode(story)],
        capture_output=True,
        timeout=300,
    )
    assert single.returncode == 0, single.stderr
    data = json.loads(single.stdout.decode("utf-8"))  # strict: valid UTF-8 or an error
    assert data["source"].endswith("caf\ufffd.txt")

    out = tmp_path / "out"
    batch = subprocess.run(
        [sys.executable, "-m", "reader", "--json", os.fsencode(story), "--out", os.fsencode(out)],
        capture_output=True,
        timeout=300,
    )
    assert batch.returncode == 0, batch.stderr
    written = os.listdir(os.fsencode(out))
    assert written == [b"caf\xe9.json"]  # named like its input, byte for byte
    data = json.loads((out / os.fsdecode(written[0])).read_bytes().decode("utf-8"))
    assert data["source"].endswith("caf\ufffd.txt")
    assert data["text"] == STORY
