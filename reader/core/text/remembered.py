"""Remembering a function's answer for the last text it was asked about."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

_Options = ParamSpec("_Options")
_Answer = TypeVar("_Answer")


def remembered_for_last_text(
    ask: Callable[Concatenate[str, _Options], _Answer],
) -> Callable[Concatenate[str, _Options], _Answer]:
    """``ask`` answering again at once when asked about the very same text (``is``).

    Several passes ask the same question of a book in one turn (its digest, its lines for
    the screen, its lower-case words), and the loader thread asks first so that the UI
    thread's turn finds the answer ready. One slot, not a cache: a book is large and only
    the text being opened is asked about twice. The slot is replaced by one assignment,
    which is safe between threads.
    """
    last: tuple[str, object, _Answer] | None = None

    @functools.wraps(ask)
    def answer(text: str, /, *args: _Options.args, **kwargs: _Options.kwargs) -> _Answer:
        nonlocal last
        options = (args, tuple(sorted(kwargs.items())))
        held = last
        if held is not None and held[0] is text and held[1] == options:
            return held[2]
        found = ask(text, *args, **kwargs)
        last = (text, options, found)
        return found

    return answer
