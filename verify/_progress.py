"""The progress bar on stderr (CLI only; the library reports progress through a callback)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn

#: What the bar says for each stage the library reports.
STAGE_LABELS = {"search": "searching for originals", "fetch": "fetching sources",
                "model": "loading the model and embedding", "match": "matching quotes"}


@contextmanager
def progress_bar() -> Iterator[Callable[[str, int, int], None]]:
    """Yield a ``progress(stage, done, total)`` callback drawing on stderr."""
    labels = STAGE_LABELS
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        tasks: dict[str, TaskID] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(labels.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update
