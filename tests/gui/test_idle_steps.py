"""Work in steps on idle turns of the event loop, and what its results cost the collector."""

import gc

from PySide6.QtCore import QObject

from ldapwizard.gui.idle_steps import IdleSteps


def _building(made: list):
    for _ in range(3):
        made.append([object() for _ in range(10)])  # containers the collector tracks
        yield
    return made


def _tracked(made: list) -> bool:
    every = {id(o) for o in gc.get_objects()}
    return id(made) in every or any(id(part) in every for part in made)


def test_the_steps_run_on_idle_turns_and_what_they_make_is_frozen_only_when_asked(qtbot):
    parent = QObject()
    for freeze in (False, True):
        made, results = [], []
        steps = IdleSteps(parent, freeze=freeze, done=results.append)
        try:
            steps.start(_building(made))
            assert steps.is_running() and not made  # nothing before the loop turns
            qtbot.waitUntil(lambda results=results: bool(results))
            assert results == [made] and len(made) == 3 and not steps.is_running()
            # a frozen list of 300,000 sort keys is walked by no collection (IdleSteps' doc)
            assert _tracked(made) is not freeze
        finally:
            gc.unfreeze()
