"""Where the files shipped beside the package live: ``resources/`` and ``seeds/``.

Both sit next to ``reader/`` in the checkout (the README installs it editable).
"""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]


def resource_path(name: str) -> Path:
    """The file ``name`` in the ``resources/`` folder beside the ``reader`` package."""
    return _ROOT / "resources" / name


def seed_folder() -> Path:
    """The sample articles (``seeds/``)."""
    return _ROOT / "seeds"
