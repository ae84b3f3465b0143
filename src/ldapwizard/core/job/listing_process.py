"""List and plan in a child process, streaming planned pages back to the caller.

Decoding a listing is Python CPU work. Done on a thread of the wizard's process it holds the
GIL, and every call the table view makes into its Python model waits for it: at 20k users the
window stalled for over a second at a time. In a child process the GIL is its own; the
parent only unpickles pages of at most PAGE entries (a few milliseconds each).

The password reaches the child through the pipe, never through its command line or
environment. Errors come back as their type, message and fields, and are raised again here.

Starting a process (a new interpreter importing ldap3 and the engine) takes most of the
time to the first page on screen, so `warm_up()` starts one ahead, while the admin is still on
the Directory page, and each listing leaves another waiting for the next; the job arrives
through the pipe.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack

from ldapwizard import i18n
from ldapwizard.core import errors
from ldapwizard.core.directory import who
from ldapwizard.core.errors import Cancelled, LdapWizardError
from ldapwizard.core.job import secrets
from ldapwizard.core.maildb.database import Snapshot, UserDatabase
from ldapwizard.core.maildb.location import Location, locate
from ldapwizard.core.maildb.planner import Plan, PlanOptions, make_plan

PAGE = 1000
_waiting: list = []  # at most one (process, parent pipe, environment) started ahead
_lock = threading.Lock()
_FIELDS = ("detail", "hint", "step", "reason", "result", "fetched", "certificate", "position",
           "problem", "limit")


def _pack_error(error: LdapWizardError) -> tuple:
    return (type(error).__name__, error.message,
            {name: getattr(error, name) for name in _FIELDS if hasattr(error, name)})


def _unpack_error(packed: tuple) -> LdapWizardError:
    name, message, fields = packed
    cls = getattr(errors, name, None)
    if not (isinstance(cls, type) and issubclass(cls, LdapWizardError)):
        cls = LdapWizardError
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.message = message
    for key, value in fields.items():
        setattr(error, key, value)
    return error


def _snapshot(stack: ExitStack, database_path: Location, domain: str) -> Snapshot:
    """What the target domain holds; the database stays open on `stack` while planning, in one
    read transaction, so that every page's look-ups and the whole plan's see one state (as
    `ldapwizard preview` does)."""
    # the window lists to import or sync: a read-only server is refused before the listing
    database = UserDatabase.open_existing(database_path, writing=True)
    if database is None:
        return Snapshot()
    stack.enter_context(database)
    stack.enter_context(database.consistent_reads(i18n.N_("planning the listing")))
    return database.snapshot(domain)


def _lower_priority() -> None:
    """Run this process below the window's priority: when the machine's cores are busy (the
    listing, the window and a local server at once) the window gets a core first and its
    table stays responsive; the listing takes what is left, which on an idle machine is all."""
    try:
        if os.name == "nt":
            import ctypes
            from ctypes import wintypes

            # a kernel32 of our own: declaring the prototypes on ctypes.windll's shared one
            # would change them for every other user of it in the process
            kernel32 = ctypes.WinDLL("kernel32")
            kernel32.GetCurrentProcess.restype = wintypes.HANDLE
            kernel32.SetPriorityClass.argtypes = (wintypes.HANDLE, wintypes.DWORD)
            kernel32.SetPriorityClass.restype = wintypes.BOOL
            below_normal = 0x4000  # BELOW_NORMAL_PRIORITY_CLASS
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), below_normal)
        else:
            os.nice(5)
    except (OSError, AttributeError):  # not allowed, or no such call here: run as it is
        pass


def _child(pipe) -> None:
    _lower_priority()
    secrets.use_database_passwords(prompt=False)  # a PostgreSQL snapshot, from a new process
    try:
        job = pipe.recv()
    except EOFError:  # the parent went away before giving it work
        return
    opener, settings, search, options, database_path, password, language = job
    i18n.use_language(language)  # a spawned process starts in English: speak the window's
    try:
        with ExitStack() as stack:
            _list_and_plan(pipe, stack, opener, settings, password, search, options,
                           database_path)
    except LdapWizardError as error:
        pipe.send(("error", _pack_error(error)))
    except Exception as error:  # a bug: say so in words rather than leave the parent waiting
        pipe.send(("error", _pack_error(LdapWizardError(
            i18n._("The listing failed unexpectedly; nothing was changed."),
            detail=f"{type(error).__name__}: {error}",
            hint=i18n._("Details are in the log file; nothing was changed.")))))
    finally:
        pipe.close()


def _list_and_plan(pipe, stack, opener, settings, password, search, options, database_path):
    snapshot = _snapshot(stack, database_path, options.domain)
    users, early = [], []
    with opener(settings, password) as directory:
        search = directory.resolve_base(search)
        for page in directory.iter_users(search):
            users.extend(page)
            planned = make_plan(page, options, snapshot).entries
            early.extend(planned)
            pipe.send(("page", len(users), planned))
        notes = directory.notes + [str(r) for r in directory.skipped_references]
        skipped = list(directory.skipped_references)
        groups = who.list_groups(directory, search) if search.groups_as_lists else []
    # duplicates show only across pages: send just the entries the whole plan changed
    plan = make_plan(users, options, snapshot, groups)
    changes = [(i, entry) for i, (entry, before) in enumerate(zip(plan.entries, early,
                                                                   strict=True))
               if entry != before]
    for start in range(0, len(changes), PAGE):
        pipe.send(("changes", changes[start:start + PAGE]))
    pipe.send(("done", plan.domain, notes, len(changes), skipped, plan.lists))


def list_and_plan(opener: Callable, settings, password: str | None, search,
                  options: PlanOptions, database_path: Location, *,
                  on_page: Callable[[int, list], None] | None = None,
                  should_cancel: Callable[[], bool] | None = None) -> Plan:
    """A complete listing planned against the user database, computed in a child process.

    `on_page(count, entries)` gets each page's entries as planned on their own; the returned
    plan holds the same objects but for the few the whole plan changed (duplicates across
    pages), which are new objects.
    """
    process, parent = _take()
    try:
        parent.send((opener, settings, search, options, locate(database_path), password,
                     i18n.current_language()))
        entries: list = []
        for message in _messages(parent, process, should_cancel):
            kind = message[0]
            if kind == "page":
                entries.extend(message[2])
                if on_page:
                    on_page(message[1], message[2])
            elif kind == "changes":
                for index, entry in message[1]:
                    entries[index] = entry
            elif kind == "done":
                plan = Plan(message[1], entries, options)
                plan.listing_notes = list(message[2])
                plan.skipped_references = list(message[4])
                plan.lists = list(message[5])
                return plan
            elif kind == "error":
                raise _unpack_error(message[1])
        raise LdapWizardError(i18n._("The listing process ended without a result."),
                              hint=i18n._("See the log file; nothing was changed."))
    finally:
        parent.close()
        process.join(timeout=2)
        if process.is_alive():
            process.kill()
            process.join()
        warm_up()  # the next listing's, while the admin reads this one


def warm_up() -> None:
    """Have a listing process started and waiting (it idles on its pipe; daemonic, so it ends
    with the application)."""
    with _lock:
        if not _usable():
            _discard()
            _waiting.append(_start())


def _start():
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=_child, daemon=True, name="ldapwizard-listing",
                              args=(child,))
    process.start()
    child.close()
    return process, parent, dict(os.environ)


def _usable() -> bool:
    """A process waits, alive, and started with this environment (where the data, the
    settings and the PostgreSQL password file are)."""
    return bool(_waiting) and _waiting[0][0].is_alive() and _waiting[0][2] == os.environ


def _discard() -> None:
    for process, parent, _ in _waiting:
        parent.close()  # it reads EOF and ends
        process.join(timeout=1)
        if process.is_alive():
            process.kill()
    _waiting.clear()


def _take():
    """The waiting process, else a new one."""
    with _lock:
        if _usable():
            process, parent, _ = _waiting.pop()
            return process, parent
        _discard()
    process, parent, _ = _start()
    return process, parent


def _messages(pipe, process, should_cancel) -> Iterator[tuple]:
    while True:
        if should_cancel and should_cancel():
            # the child only reads: stopping it mid-listing loses nothing
            process.kill()
            raise Cancelled("Listing cancelled; nothing was changed.")
        if pipe.poll(0.05):
            try:
                yield pipe.recv()
            except EOFError:
                return
        elif not process.is_alive() and not pipe.poll():
            return
