"""Users table benchmark: the Users page's model at N rows, as medians, with a proxy as anchor.

    python -m bench.users_model --rows 100000 --repeat 5

Plans N generated directory users with the engine (a few already in the target domain, so
hidden; a few without a usable address, so problems), then times UsersModel's operations
alone, again with a QTableView showing the model (events processed, so the repaint counts),
and once each the same filter and sort done by a QSortFilterProxyModel over the model.

The model sorts by every column ahead, on idle event-loop turns once its entries rest (after
a listing or a reset). The sort figure is what a user gets: a click on a header once the
entries were listed and the window was idle that long (the time it took is printed); the
rows "before sorting ahead" are a click that comes sooner, which sorts then.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import resource
import statistics
import sys
import time
import tracemalloc
import unicodedata
from functools import partial

from bench import measure
from bench.measure import Figure, median_of, print_figures
from ldapwizard.core.directory.records import DirectoryUser
from ldapwizard.core.maildb import addresses
from ldapwizard.core.maildb.database import Snapshot
from ldapwizard.core.maildb.planner import PlanEntry, PlanOptions, make_plan

DOMAIN = "example.com"
PAGE = 1000
GIVEN = ("Anna", "Peter", "Maria", "Thomas", "Laura", "Michael", "Sarah", "David", "Emma",
         "Lukas", "Søren", "Bjørn", "Jürgen", "Zoë", "Renée", "José", "François", "Łukasz",
         "Ágnes", "Çağla", "Mehmet", "Aiko", "Wei", "Priya", "Fatima", "Olga", "Siobhán")
FAMILY = ("Müller", "Schmidt", "García", "O'Brien", "Nguyen", "Kowalski", "Jensen", "Rossi",
          "Dubois", "Schäfer", "Eriksen", "Costa", "Yılmaz", "Tanaka", "Smith", "Novák")
OUS = ("OU=Sales", "OU=Marketing", "OU=HR", "OU=Berlin,OU=Engineering", "OU=Support",
       "OU=Team A,OU=Platform,OU=Engineering", "OU=London,OU=Finance", "OU=München",
       r"OU=R&D\, Labs", "CN=Users")
# (label, text): one that narrows to a handful of rows, two typical names, one matching most
FILTERS = (("few rows", "4242"), ("a name", "anna"), ("a department", "ou=support"),
           ("most rows", "e"))


# this benchmark's figures are hundredths of a second: show more digits
row = partial(measure.row, width=56, digits=4, ratio_digits=3)


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in ascii_text if c.isalnum()).lower()


def directory_users(count: int, seed: int = 1) -> list[DirectoryUser]:
    """Users in nested OUs; 3% without email, 2% outside the domain, 20% with an alias."""
    rng = random.Random(seed)
    users = []
    for number in range(count):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        local = f"{slug(given)}.{slug(family)}{number}"
        roll = rng.random()
        email = (None if roll < 0.03 else f"{local}@other.org" if roll < 0.05
                 else f"{local}@{DOMAIN}")
        aliases = (f"{slug(given)[0]}{slug(family)}{number}@{DOMAIN}",) \
            if rng.random() < 0.2 else ()
        users.append(DirectoryUser(
            dn=f"CN={given} {family} {number},{rng.choice(OUS)},DC=example,DC=com",
            stable_id=f"{number:08x}-0000-4000-8000-{number:012x}", username=local,
            email=email, aliases=aliases, display_name=f"{given} {family} {number}",
            disabled=roll > 0.98, kind="user"))
    return users


def plan_entries(count: int) -> list[PlanEntry]:
    """The engine's plan of `count` users; 4% exist in the domain, 3% were imported before."""
    users = directory_users(count)
    existing = users[::25]
    namespace = {addresses.key(u.email.rpartition("@")[0]): ("user", u.username)
                 for u in existing if u.email}
    imported = {u.stable_id: u.username for u in users[7::33]}
    plan = make_plan(users, PlanOptions(domain=DOMAIN),
                     Snapshot(1, namespace, frozenset(), imported))
    return plan.entries


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-anchor", action="store_true",
                        help="skip the QSortFilterProxyModel anchors (about 15 s at 100,000)")
    args = parser.parse_args(argv)
    print_figures(f"the Users page's table, {args.rows} rows in a QTableView",
                  figures(args.rows, args.repeat, anchor=not args.no_anchor))
    return 0


def figures(rows: int, repeat: int, *, anchor: bool = False) -> list[Figure]:
    """Print every measurement; return the issue's figures (filter, sort, check all)."""
    # Qt reads the platform when the application starts; no window system is needed
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    print(f"ldapwizard users model benchmark: {rows} rows, median of {repeat}; "
          f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"PySide6 {pyside_version}")
    started = time.perf_counter()
    entries = plan_entries(rows)
    gc.collect()
    print(f"{len(entries)} entries planned in {time.perf_counter() - started:.1f} s; "
          f"peak RSS before any model {rss_mib():.0f} MiB", flush=True)
    measure_model(entries, repeat, app if anchor else None)
    found = measure_view(app, entries, repeat)
    measure_memory(entries)
    return found


def measure_model(entries: list[PlanEntry], repeat: int, anchor_app) -> None:
    from PySide6.QtCore import QSortFilterProxyModel, Qt

    from ldapwizard.gui.models.users_model import (
        COLUMN_DN,
        COLUMN_USERNAME,
        UsersModel,
    )

    ascending, descending = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
    model = UsersModel(DOMAIN)
    print("-- model alone")

    def plain():
        model.set_filter_text("")
        model.sort(-1, ascending)

    row(f"reset with {len(entries)} entries", median_of(
        repeat, lambda: model.reset_entries(entries), plain))
    for label, text in FILTERS:
        model.set_filter_text(text)
        shown = model.rowCount()
        row(f"filter keystroke, {label} ({shown} rows)", median_of(
            repeat, lambda text=text: model.set_filter_text(text),
            lambda: model.set_filter_text("")))
    row("clear the filter", median_of(repeat, lambda: model.set_filter_text(""),
                                      lambda: model.set_filter_text("anna")))
    model.set_show_hidden(False)
    row("show hidden entries", median_of(repeat, lambda: model.set_show_hidden(True),
                                         lambda: model.set_show_hidden(False)))
    model.set_show_hidden(False)

    def fresh():
        model.sort(-1, ascending)
        model.reset_entries(entries)  # events are not processed: nothing sorted ahead

    row("sort by DN before sorting ahead (keys built, sorted)", median_of(
        repeat, lambda: model.sort(COLUMN_DN, ascending), fresh))
    model.reset_entries(entries)
    prepared = settle_sorting_ahead(model)
    row("sort by every column both ways ahead, on idle turns", prepared[0])
    row("  its longest event-loop turn", prepared[1])
    row("sort by username", median_of(repeat, lambda: model.sort(COLUMN_USERNAME, ascending),
                                      lambda: model.sort(-1, ascending)))
    row("sort by DN", median_of(repeat, lambda: model.sort(COLUMN_DN, ascending),
                                lambda: model.sort(-1, ascending)))
    row("sort by DN, descending", median_of(repeat, lambda: model.sort(COLUMN_DN, descending),
                                            lambda: model.sort(COLUMN_DN, ascending)))
    row("sort by the check column", median_of(repeat, lambda: model.sort(0, ascending),
                                              lambda: model.sort(-1, ascending)))
    model.sort(COLUMN_DN, ascending)
    row("filter keystroke while sorted by DN (a name)", median_of(
        repeat, lambda: model.set_filter_text("anna"), lambda: model.set_filter_text("")))
    model.set_filter_text("")
    row("check all", median_of(repeat, lambda: model.set_all_checked(True),
                               lambda: model.set_all_checked(False)))
    row("uncheck all", median_of(repeat, lambda: model.set_all_checked(False),
                                 lambda: model.set_all_checked(True)))
    model.set_filter_text("ou=support")
    row("check the filtered rows", median_of(repeat, lambda: model.set_filtered_checked(True),
                                             lambda: model.set_all_checked(False)))
    model.set_filter_text("")
    longest, total = measure_appends(model, entries, repeat)
    row(f"append one page of {PAGE} while filtered+sorted, longest", longest)
    row(f"append all {len(entries) // PAGE} pages while filtered+sorted, total", total)

    if anchor_app is None:
        return
    # ours first: with the proxy attached, each of our changes would also make it remap
    model.reset_entries(entries)
    ours_filter = median_of(1, lambda: model.set_filter_text("anna"))
    model.set_filter_text("")
    ours_sort = median_of(1, lambda: model.sort(COLUMN_DN, ascending))
    model.sort(-1, ascending)
    proxy = QSortFilterProxyModel()
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSourceModel(model)
    proxy.rowCount()
    row("filter keystroke, a name (once)", ours_filter, "QSortFilterProxyModel, same text",
        median_of(1, lambda: (proxy.setFilterFixedString("anna"), proxy.rowCount())))
    proxy.setFilterFixedString("")
    proxy.rowCount()
    row("sort by DN (once)", ours_sort, "QSortFilterProxyModel.sort by DN",
        median_of(1, lambda: (proxy.sort(COLUMN_DN, ascending), proxy.rowCount())))
    proxy.setSourceModel(None)


def settle_sorting_ahead(model) -> tuple[float, float]:
    """Process events until the model has sorted by every column ahead: (seconds, the
    longest turn in seconds)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    turns = []
    began = time.perf_counter()
    while model.is_preparing():
        turn_began = time.perf_counter()
        app.processEvents()
        turns.append(time.perf_counter() - turn_began)
    return time.perf_counter() - began, max(turns, default=0.0)


def measure_appends(model, entries, repeat: int) -> tuple[float, float]:
    """Median of the longest single append and of the whole listing, filtered and sorted."""
    from PySide6.QtCore import Qt

    from ldapwizard.gui.models.users_model import COLUMN_USERNAME

    longest, totals = [], []
    for _ in range(repeat):
        model.clear()
        model.set_filter_text("ou=support")
        model.sort(COLUMN_USERNAME, Qt.SortOrder.AscendingOrder)
        times = []
        for start in range(0, len(entries), PAGE):
            page = entries[start:start + PAGE]
            began = time.perf_counter()
            model.append_entries(page)
            times.append(time.perf_counter() - began)
        longest.append(max(times))
        totals.append(sum(times))
    model.set_filter_text("")
    model.sort(-1, Qt.SortOrder.AscendingOrder)
    return statistics.median(longest), statistics.median(totals)


def measure_view(app, entries: list[PlanEntry], repeat: int) -> list[Figure]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    from ldapwizard.gui.models.users_model import (
        COLUMN_COUNT,
        COLUMN_DN,
        COLUMN_USERNAME,
        UsersModel,
    )

    print("-- with a QTableView showing the model, events processed (offscreen)")
    model = UsersModel(DOMAIN)
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(False)
    # as the Users page shows it: with a row header, each relayout at 300,000 rows took the
    # view 20-40 ms more
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.resize(1200, 800)
    view.show()
    app.processEvents()
    ascending, descending = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder

    def settled(work):
        def run():
            work()
            app.processEvents()
        return run

    row(f"reset with {len(entries)} entries", median_of(
        repeat, settled(lambda: model.reset_entries(entries)),
        settled(lambda: model.set_filter_text(""))))
    settle_sorting_ahead(model)  # so that no turn of it falls in what is timed below
    view.selectRow(10)
    keystrokes = {}
    for sort_label, column in (("", -1), (", sorted by username", COLUMN_USERNAME)):
        model.sort(column, ascending)  # the Users page opens sorted by username
        for label, text in FILTERS:
            keystrokes[label + sort_label] = median_of(
                repeat, settled(lambda text=text: model.set_filter_text(text)),
                settled(lambda: model.set_filter_text("")))
            row(f"filter keystroke, {label}{sort_label}", keystrokes[label + sort_label])
    slowest = max(keystrokes, key=keystrokes.get)

    def unsorted_fresh():
        model.sort(-1, ascending)
        model.reset_entries(entries)  # sorted ahead only once events are processed

    cold_sort = median_of(repeat, lambda: (model.sort(COLUMN_DN, ascending),
                                           app.processEvents()), unsorted_fresh)
    row("sort by DN before sorting ahead (keys built, sorted)", cold_sort)
    # What a user gets: the listing is done, the window has been idle until every column
    # was sorted ahead, the table is sorted by username (as the page opens it), a header is
    # clicked. Each click is timed from that state, every column both ways.
    clicks: dict[tuple[int, bool], list[float]] = {}
    ahead, longest_turn = [], []
    for _ in range(repeat):
        model.sort(COLUMN_USERNAME, ascending)
        model.reset_entries(entries)
        took, turn = settle_sorting_ahead(model)
        ahead.append(took)
        longest_turn.append(turn)
        for column in range(COLUMN_COUNT):
            for order in (ascending, descending):
                settled(lambda: model.sort(COLUMN_USERNAME, ascending))()
                clicks.setdefault((column, order == descending), []).append(median_of(
                    1, settled(lambda column=column, order=order: model.sort(column, order))))
    row("every column sorted ahead on idle turns, after a reset", statistics.median(ahead))
    row("  its longest event-loop turn", statistics.median(longest_turn))
    sorts = {key: statistics.median(times) for key, times in clicks.items()}
    for (column, down), took in sorts.items():
        row(f"sort by {model.headerData(column, Qt.Orientation.Horizontal)}"
            f"{', descending' if down else ''}, once sorted ahead", took)
    slowest_sort = max(sorts, key=sorts.get)
    sort_name = (f"{model.headerData(slowest_sort[0], Qt.Orientation.Horizontal)}"
                 f"{' descending' if slowest_sort[1] else ''}")
    row("sort by DN", median_of(repeat, settled(lambda: model.sort(COLUMN_DN, ascending)),
                                settled(lambda: model.sort(-1, ascending))))
    check_all = median_of(repeat, settled(lambda: model.set_all_checked(True)),
                          settled(lambda: model.set_all_checked(False)))
    row("check all", check_all)
    longest, finish_steps, finish_totals = [], [], []
    for _ in range(repeat):
        model.clear()
        model.set_filter_text("ou=support")
        model.sort(COLUMN_USERNAME, ascending)
        app.processEvents()
        times = []
        for start in range(0, len(entries), PAGE):
            began = time.perf_counter()
            model.append_entries(entries[start:start + PAGE])
            app.processEvents()
            times.append(time.perf_counter() - began)
        longest.append(max(times))
        steps = []
        began = time.perf_counter()
        model.finish_listing(entries)
        app.processEvents()
        steps.append(time.perf_counter() - began)
        while model.is_sorting():
            step_began = time.perf_counter()
            app.processEvents()
            steps.append(time.perf_counter() - step_began)
        finish_totals.append(time.perf_counter() - began)
        finish_steps.append(max(steps))
    row(f"append one page of {PAGE} while filtered+sorted, longest",
        statistics.median(longest))
    row("finish the listing: streamed rows in place, longest step",
        statistics.median(finish_steps))
    row("finish the listing: streamed rows in place, total", statistics.median(finish_totals))
    view.setModel(None)
    view.close()
    return [
        Figure("Users page: filter keystroke", keystrokes[slowest], "s", target=0.1,
               note=f"slowest of {len(keystrokes)}: {slowest}"),
        Figure("Users page: sort", sorts[slowest_sort], "s", target=0.1,
               note=f"slowest first click of {len(sorts)}, each column both ways, once "
                    f"sorted ahead ({statistics.median(ahead):.1f} s idle after a reset): "
                    f"{sort_name}; before that, by DN {cold_sort:.3f} s"),
        Figure("Users page: check all", check_all, "s", target=0.05),
    ]


def measure_memory(entries: list[PlanEntry]) -> None:
    from PySide6.QtCore import Qt

    from ldapwizard.gui.models.users_model import COLUMN_DN, COLUMN_USERNAME, UsersModel

    gc.collect()
    tracemalloc.start()
    model = UsersModel(DOMAIN)
    model.reset_entries(entries)
    model.sort(COLUMN_USERNAME, Qt.SortOrder.AscendingOrder)
    model.sort(COLUMN_DN, Qt.SortOrder.AscendingOrder)
    model.set_filter_text("e")
    current, _ = tracemalloc.get_traced_memory()
    settle_sorting_ahead(model)
    ahead, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print("-- memory")
    print(f"{'model data, sorted by two columns and filtered':56} {current / 2**20:8.1f} MiB "
          f"({current / len(entries):.0f} bytes a row, entries themselves not counted)")
    print(f"{'the same once every column is sorted ahead':56} {ahead / 2**20:8.1f} MiB "
          f"({ahead / len(entries):.0f} bytes a row; {peak / 2**20:.1f} MiB at the peak)")
    print(f"{'peak RSS of the process':56} {rss_mib():8.0f} MiB", flush=True)


if __name__ == "__main__":
    sys.exit(main())
