"""Timing and printing shared by the benchmarks: medians, and figures next to their anchors."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_of(repeat: int, work: Callable[[], object],
              setup: Callable[[], object] | None = None) -> float:
    """Median wall time of `work()` over `repeat` runs, `setup()` untimed before each."""
    times = []
    for _ in range(repeat):
        if setup:
            setup()
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def row(name: str, seconds: float, anchor_name: str | None = None,
        anchor: float | None = None, *, width: int = 44, digits: int = 3,
        ratio_digits: int = 1) -> None:
    """Print one figure, and its anchor with the ratio when there is one."""
    ratio = f"{seconds / anchor:6.{ratio_digits}f}×" if anchor else " " * 7
    anchor_text = f"{anchor:8.3f} s  {anchor_name}" if anchor else ""
    print(f"{name:{width}} {seconds:8.{digits}f} s {ratio}  {anchor_text}", flush=True)
