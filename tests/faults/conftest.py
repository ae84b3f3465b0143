"""Fixtures of the fault suite, and its tally: every fault injected and hostile input tried.

Each test records what it injected through the `ledger` fixture; a test that passes kept the
promise for all of them (a clear message, nothing lost, nothing hung, nothing leaked). The
tally is printed at the end of the run and, with LDAPWIZARD_FAULT_TALLY=FILE, saved as JSON.
"""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from tests.faults.limits import PAGE
from tests.faults.proxy import FaultProxy

_BOOK = pytest.StashKey["Ledger"]()
# (category, kind) -> Counter of outcomes: kept / broken / known-bug (xfail)
_TALLY: dict[tuple[str, str], Counter] = defaultdict(Counter)


class Ledger:
    """What one test injected, by category ("fault" or "hostile") and kind."""

    def __init__(self):
        self.counts: Counter = Counter()

    def fault(self, kind: str, n: int = 1) -> None:
        self.counts[("fault", kind)] += n

    def hostile(self, kind: str, n: int = 1) -> None:
        self.counts[("hostile", kind)] += n


@pytest.fixture
def ledger(request) -> Ledger:
    """Record the faults and hostile inputs this test injects."""
    book = Ledger()
    request.node.stash[_BOOK] = book
    return book


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    book = item.stash.get(_BOOK, None)
    if book is not None and report.when == "call":
        if hasattr(report, "wasxfail"):
            outcome = "known bug (xfail)"
        else:
            outcome = "kept" if report.passed else "broken"
        for key, n in book.counts.items():
            _TALLY[key][outcome] += n
    return report


def pytest_terminal_summary(terminalreporter):
    if not _TALLY:
        return
    write = terminalreporter.write_line
    terminalreporter.section("fault suite tally")
    for category in ("fault", "hostile"):
        keys = sorted(k for k in _TALLY if k[0] == category)
        if not keys:
            continue
        total = Counter()
        for key in keys:
            total.update(_TALLY[key])
            outcomes = ", ".join(f"{n} {o}" for o, n in sorted(_TALLY[key].items()))
            write(f"{category:8} {key[1]:40} {outcomes}")
        outcomes = ", ".join(f"{n} {o}" for o, n in sorted(total.items()))
        write(f"{category:8} {'TOTAL':40} {outcomes}")
    target = os.environ.get("LDAPWIZARD_FAULT_TALLY")
    if target:
        Path(target).write_text(json.dumps(
            {f"{c}:{k}": dict(v) for (c, k), v in sorted(_TALLY.items())}, indent=2))


@pytest.fixture
def make_proxy():
    """Factory for FaultProxy instances in front of a server; all stopped after the test."""
    started: list[FaultProxy] = []

    def make(target: tuple[str, int], mode: str = "pass", **options) -> FaultProxy:
        proxy = FaultProxy(target, mode, **options).start()
        started.append(proxy)
        return proxy

    yield make
    for proxy in started:
        proxy.stop()


@pytest.fixture
def people(slapd_seed):
    """Every person of the seeded slapd, OpenLDAP preset, pages of PAGE entries."""
    from ldapwizard.core.directory.presets import get_preset
    from ldapwizard.core.directory.settings import SearchSettings

    return SearchSettings(base_dn=slapd_seed.base_dn, preset=get_preset("openldap"),
                          page_size=PAGE)
