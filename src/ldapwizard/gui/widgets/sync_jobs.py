"""The jobs Sync now runs in its worker (widgets/sync_panel.py): the operation behind
`ldapwizard sync` (core/operations/syncing.py), on the session's job record."""

from __future__ import annotations

from dataclasses import replace

from ldapwizard.core.operations import syncing


def job_of(session):
    """The job record a sync from the window runs: the session's, with its database made
    explicit (the window's default while the job names none)."""
    return replace(session.profile, database=str(session.database_path))


def preview_job(session, opener):
    """What a sync would do now, listed afresh, in the worker (a SyncOutcome)."""
    job, password = job_of(session), session.password
    return lambda progress, should_cancel: syncing.preview(
        job, password, opener=opener, on_progress=progress, should_cancel=should_cancel)


def sync_job(session, opener, expected):
    """The sync of the plan `expected` (what the admin confirmed), in the worker."""
    job, password = job_of(session), session.password
    return lambda progress, should_cancel: syncing.sync(
        job, password, expected=expected, opener=opener, on_progress=progress,
        should_cancel=should_cancel)
