"""reader.core stays pure Python: importing it must not pull in Qt (nor spaCy, which is slow)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import reader.core


def test_importing_core_does_not_import_qt_or_spacy() -> None:
    modules = [
        f"reader.core.{m.name}"
        for m in pkgutil.walk_packages(reader.core.__path__)
        if "." not in m.name
    ]
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in modules)
        + "import reader.cli\n"
        + "bad = sorted(m for m in sys.modules\n"
        + "             if m.split('.')[0] in ('PySide6', 'shiboken6', 'spacy'))\n"
        + "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
    assert len(modules) > 5
