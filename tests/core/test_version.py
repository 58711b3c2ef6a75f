"""reader --version and describe_version(): the version and whether this is a bundle."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reader import __version__
from reader.version import describe_version, is_bundle


def test_installed_package_says_so() -> None:
    assert not is_bundle()
    text = describe_version()
    assert text.startswith(f"Entity Reader {__version__}")
    assert "Python package" in text
    assert "bundle" not in text


def test_frozen_program_says_it_is_a_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    # PyInstaller (and every common freezer) sets sys.frozen in the bundled interpreter.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert is_bundle()
    text = describe_version()
    assert text.startswith(f"Entity Reader {__version__}")
    assert "standalone bundle" in text


def test_reader_version_prints_the_description() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == describe_version()
