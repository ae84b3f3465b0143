"""Long work off the GUI thread: a QObject worker in a QThread calling a Qt-free core function.

Lifecycle: `Task.start(function, on_done)` moves a worker to a new QThread and runs
`function(on_progress, should_cancel)` there. The worker never touches a widget; what it sends
comes back as signals, queued onto the GUI thread, where the run's own `on_done` gets its result
(each run says what its result means, so no handler has to guess which kind of run it was), and
the task's `failed` / `cancelled` signals report the rest. `cancel()` sets a threading.Event that
the core checks between pages or batches. Each start gets a run token, so results of a
superseded or cancelled run are dropped rather than shown.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from ldapwizard.core.errors import Cancelled, LdapWizardError
from ldapwizard.i18n import _

log = logging.getLogger(__name__)
_tokens = itertools.count(1)


class _Worker(QObject):
    progressed = Signal(int, object)
    succeeded = Signal(int, object)
    failed = Signal(int, object)
    cancelled = Signal(int)

    def __init__(self, token: int, function: Callable, cancel_event: threading.Event):
        super().__init__()
        self.token = token
        self.function = function
        self.cancel_event = cancel_event

    @Slot()
    def run(self) -> None:
        def on_progress(value, payload=None):
            self.progressed.emit(self.token, (value, payload))

        try:
            result = self.function(on_progress, self.cancel_event.is_set)
        except Cancelled:
            self.cancelled.emit(self.token)
        except LdapWizardError as error:
            self.failed.emit(self.token, error)
        except Exception as error:  # a bug: report it in the window, keep the app alive
            log.exception("unexpected error in a background task")
            self.failed.emit(self.token, LdapWizardError(
                _("An unexpected error stopped the task: {kind}.", kind=type(error).__name__),
                detail=str(error), hint=_("Details are in the log file; nothing was changed.")))
        else:
            self.succeeded.emit(self.token, result)


class Task(QObject):
    """One kind of background job (listing, import…); at most one run at a time."""

    progressed = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    running_changed = Signal(bool)
    returned = Signal()  # a run's function returned: its work is done (before on_done)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._token = 0
        self._on_done: Callable[[object], None] | None = None
        self._cancel = threading.Event()
        self._retired: list[tuple[QThread, _Worker]] = []

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def busy(self) -> bool:
        """Running and not asked to stop: closing the window now would cut the work off."""
        return self._thread is not None and not self._cancel.is_set()

    def start(self, function: Callable, on_done: Callable[[object], None]) -> None:
        """Run `function(on_progress, should_cancel)` in a new thread and hand what it returns
        to `on_done` on the GUI thread; supersedes a running one."""
        self.cancel()
        if self._thread is not None:
            self._retire()
        self._token = next(_tokens)
        self._on_done = on_done
        self._cancel = threading.Event()
        thread = QThread()
        worker = _Worker(self._token, function, self._cancel)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # queued explicitly: the slots must run on the GUI thread, never in the worker's
        queued = Qt.ConnectionType.QueuedConnection
        worker.progressed.connect(self._on_progress, queued)
        worker.succeeded.connect(self._on_succeeded, queued)
        worker.failed.connect(self._on_failed, queued)
        worker.cancelled.connect(self._on_cancelled, queued)
        # directly, in the worker's thread (quit is thread-safe): queued to the GUI thread it
        # would wait for that thread, which may itself be waiting for this one (shutdown)
        direct = Qt.ConnectionType.DirectConnection
        for signal in (worker.succeeded, worker.failed, worker.cancelled):
            signal.connect(thread.quit, direct)
        self._thread, self._worker = thread, worker
        thread.start()
        self.running_changed.emit(True)

    def cancel(self) -> None:
        """Ask the running job to stop at its next check; its results will be dropped."""
        self._cancel.set()

    def wait(self, milliseconds: int = 30000) -> bool:
        """Block until the threads have ended (for shutdown and tests)."""
        threads = [t for t, _ in self._retired] + ([self._thread] if self._thread else [])
        for thread in threads:
            thread.quit()  # a finished job's thread leaves its event loop now
        return all(thread.wait(milliseconds) for thread in threads)

    def _retire(self) -> None:
        """Let a superseded run end on its own (its results are dropped), without waiting."""
        thread, worker = self._thread, self._worker
        self._retired.append((thread, worker))
        thread.finished.connect(lambda: self._drop(thread))
        thread.quit()  # ends once its job returns
        self._thread = self._worker = None

    def _drop(self, thread: QThread) -> None:
        for pair in [p for p in self._retired if p[0] is thread]:
            self._retired.remove(pair)
            pair[0].deleteLater()
            pair[1].deleteLater()

    def _cleanup(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
            self._worker.deleteLater()
        self._thread = self._worker = None

    def _current(self, token: int) -> bool:
        return token == self._token and not self._cancel.is_set()

    def _finish(self) -> None:
        self._cleanup()
        self.running_changed.emit(False)

    @Slot(int, object)
    def _on_progress(self, token: int, payload) -> None:
        if self._current(token):
            self.progressed.emit(payload)

    @Slot(int, object)
    def _on_succeeded(self, token: int, result) -> None:
        if token != self._token:
            return
        # a job that returned has done its work (an import may have committed): report it,
        # even if Cancel was pressed too late to stop it
        self._finish()
        self.returned.emit()
        self._on_done(result)

    @Slot(int, object)
    def _on_failed(self, token: int, error) -> None:
        if token != self._token:
            return
        cancelled = self._cancel.is_set()
        self._finish()
        if cancelled:
            self.cancelled.emit()
        else:
            self.failed.emit(error)

    @Slot(int)
    def _on_cancelled(self, token: int) -> None:
        if token == self._token:
            self._finish()
            self.cancelled.emit()
