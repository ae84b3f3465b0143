"""Background runs end when the window closes, even when nothing processes events."""

from __future__ import annotations

import threading
import time

from ldapwizard.gui.workers import Task


def test_waiting_for_a_finished_run_does_not_need_the_gui_thread(qtbot):
    task = Task()
    done = threading.Event()

    def job(progress, should_cancel):
        done.set()
        return "result"

    task.start(job, lambda result: None)
    assert done.wait(10)
    started = time.monotonic()
    # the GUI thread blocks here, as in the window's done(): no queued quit can reach it
    assert task.wait(10_000)
    assert time.monotonic() - started < 5
    qtbot.waitUntil(lambda: not task.running)


def test_waiting_for_a_cancelled_run_ends_when_its_job_returns(qtbot):
    task = Task()
    entered = threading.Event()

    def job(progress, should_cancel):
        entered.set()
        while not should_cancel():
            time.sleep(0.01)
        return None

    cancelled = []
    task.cancelled.connect(lambda: cancelled.append(True))
    task.start(job, lambda result: None)
    assert entered.wait(10)
    task.cancel()
    assert task.wait(10_000)
    qtbot.waitUntil(lambda: not task.running)
