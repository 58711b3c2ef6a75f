"""What this copy of Entity Reader is: its version and whether it runs from a bundle."""

from __future__ import annotations

import platform
import sys

from reader import __version__


def is_bundle() -> bool:
    """True in the standalone bundle: freezers (PyInstaller among them) set ``sys.frozen``."""
    return bool(getattr(sys, "frozen", False))


def describe_version() -> str:
    """One line for ``reader --version`` and the About box.

    For example ``Entity Reader 0.1.0 (standalone bundle; Python 3.11.7, Linux)`` or
    ``Entity Reader 0.1.0 (Python package; Python 3.11.7, Linux)``: a bug report then says
    which of the two kinds of installation it comes from.
    """
    kind = "standalone bundle" if is_bundle() else "Python package"
    return (
        f"Entity Reader {__version__} ({kind}; "
        f"Python {platform.python_version()}, {platform.system() or sys.platform})"
    )
