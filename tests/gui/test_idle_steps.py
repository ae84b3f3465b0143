"""Work in steps on idle turns of the event loop."""

from PySide6.QtCore import QObject

from ldapwizard.gui.idle_steps import IdleSteps


def _building(made: list):
    for number in range(3):
        made.append(number)
        yield
    return made


def test_the_steps_run_on_idle_turns_and_done_gets_what_they_return(qtbot):
    made, results = [], []
    parent = QObject()  # owns the steps' timer
    steps = IdleSteps(parent, done=results.append)
    steps.start(_building(made))
    assert steps.is_running() and not made  # nothing before the event loop turns
    qtbot.waitUntil(lambda: bool(results))
    assert results == [[0, 1, 2]] and not steps.is_running()


def test_work_stopped_or_replaced_never_reaches_done(qtbot):
    made, results = [], []
    parent = QObject()
    steps = IdleSteps(parent, done=results.append)
    steps.start(_building(made))
    steps.stop()
    qtbot.wait(20)
    assert made == [] and results == [] and not steps.is_running()
    steps.start(_building(made))
    steps.start(_building(other := []))  # replaces the first before it ran
    qtbot.waitUntil(lambda: bool(results))
    assert results == [[0, 1, 2]] and results[0] is other and made == []
