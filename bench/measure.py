"""Timing and printing shared by the benchmarks: medians, figures next to their anchors and
targets."""

from __future__ import annotations

import compileall
import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path


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


@dataclass(frozen=True)
class Figure:
    """One figure of the performance issue's table: a value, its target, maybe an anchor.

    With an anchor the target is a ratio (value / anchor at most `target`); without one the
    target is the value's own limit, in `unit`.
    """

    name: str
    value: float
    unit: str  # "s", "ms" or "MB"
    target: float | None = None
    anchor: float | None = None
    anchor_name: str = ""
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.anchor if self.anchor else None

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        return (self.ratio if self.anchor else self.value) <= self.target

    def amount(self) -> str:
        """The value with its unit, as printed."""
        return _amount(self.value, self.unit)

    def line(self, width: int = 58) -> str:
        """The figure as one table line: value, anchor and ratio, target, met or not."""
        value = self.amount()
        anchor = f"{_amount(self.anchor, self.unit)} {self.anchor_name}" if self.anchor else "—"
        ratio = f"{self.ratio:.2f}×" if self.anchor else "—"
        if self.target is None:
            target, verdict = "—", ""
        else:
            target = (f"≤ {self.target:g}×" if self.anchor
                      else f"≤ {_amount(self.target, self.unit)}")
            verdict = "met" if self.met else "NOT met"
        note = f"  ({self.note})" if self.note else ""
        return (f"{self.name:{width}} {value:>10}  anchor {anchor:14} ratio {ratio:7} "
                f"target {target:9} {verdict}{note}")


def _amount(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    return f"{value:.0f} {unit}"


def print_figures(title: str, figures: Iterable[Figure]) -> None:
    """A heading and one line per figure."""
    print(f"-- {title}", flush=True)
    for figure in figures:
        print(figure.line(), flush=True)


def compile_package(package: Path | None = None) -> None:
    """Compile a copy of ldapwizard to bytecode (default: the one imported), as installing it
    does: where PYTHONDONTWRITEBYTECODE is set, as on the benchmark machine, every measured
    process would otherwise compile each module it imports from source (0.07-0.15 s a command)."""
    if package is None:
        import ldapwizard

        package = Path(ldapwizard.__file__).parent
    compileall.compile_dir(str(package), quiet=1)
