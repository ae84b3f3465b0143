"""Long work in steps on idle event-loop turns, so that the window stays responsive meanwhile.

The work is a generator that yields after each step of bounded work and returns its result;
`IdleSteps` runs it a step (or as many steps as fit in a time budget) per turn of the event
loop and hands the result to a callback. `emptied_in_steps` is such work: freeing many
objects, which all at once would hold the window's thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator

from PySide6.QtCore import QObject, QTimer

__all__ = ["IdleSteps", "emptied_in_steps"]


class IdleSteps(QObject):
    """Runs a generator's steps on idle event-loop turns: one a turn, or as many as fit in
    `turn` seconds; `done` gets its return value once it ends (not if stopped or replaced)."""

    def __init__(self, parent: QObject, *, turn: float = 0.0,
                 done: Callable[[object], None] | None = None):
        super().__init__(parent)
        self._turn = turn
        self._done = done
        self._steps: Generator | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def start(self, steps: Generator) -> None:
        """Run `steps` from the next idle turn on, instead of any work still running."""
        self._steps = steps
        self._timer.start()

    def stop(self) -> None:
        """Drop the work still running, if any."""
        self._timer.stop()
        self._steps = None

    def is_running(self) -> bool:
        """True from `start` until the work ends or is stopped."""
        return self._steps is not None

    def _step(self) -> None:
        turn_ends = time.perf_counter() + self._turn
        try:
            next(self._steps)
            while time.perf_counter() < turn_ends:
                next(self._steps)
        except StopIteration as ended:
            self.stop()
            if self._done is not None:
                self._done(ended.value)


def emptied_in_steps(lists: list[list], step: int) -> Generator[None, None, None]:
    """Empty `lists` (a list of lists), dropping `step` items a step, the last list first;
    lists added to it meanwhile are emptied too."""
    while True:
        while lists and not lists[-1]:
            lists.pop()
        if lists:
            del lists[-1][-step:]
        if not any(lists):
            lists.clear()
            return
        yield
