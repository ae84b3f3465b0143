"""The one writer of `batches` rows: every import and sync opens its batch here and closes it
here, so both record the same things — the job that ran, who ran it, the plan's options, the
run id its transaction is looked up by should its COMMIT go unanswered (outcome.py), and at
the end its counts and whatever the run adds (a sync's policy and changes)."""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterable

from ldapwizard.core.maildb import accounts, outcome
from ldapwizard.core.maildb.database import now
from ldapwizard.core.maildb.planner import PlanOptions

CREATED, SKIPPED, FAILED = "created", "skipped", "failed"


def operator_name() -> str:
    """Who runs this (recorded with each batch)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def plan_record(options: PlanOptions) -> dict:
    """What a batch records of the plan's options (the same for an import and a sync)."""
    return {"domain": options.domain, "username_source": options.username_source,
            "email_as_username": options.email_as_username,
            "include_disabled": options.include_disabled,
            "allow_role_addresses": options.allow_role_addresses,
            "quota_bytes": options.quota_bytes,
            "sign_in_names": list(options.sign_in_names)}


def open_batch(db, kind: str, options: PlanOptions, domain_id: int, profile: str | None,
               extra: dict | None = None) -> int:
    """Insert the batch of a run that starts now, with its run id; its id."""
    run_id = outcome.start_run(db, kind)
    record = {**plan_record(options), **(extra or {}), outcome.RUN_KEY: run_id}
    batch_id = accounts.insert(
        db, "INSERT INTO batches (kind, domain, domain_id, profile, operator, options, "
        "started_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (kind, options.domain, domain_id, profile, operator_name(), json.dumps(record), now()))
    run = outcome.pending(db)
    if run is not None:
        run.batch_id = batch_id
    return batch_id


def finish_batch(db, batch_id: int, lines: Iterable, extra: dict | None = None) -> None:
    """Record when a batch ended and its counts, and add `extra` to what it records."""
    counts = {CREATED: 0, SKIPPED: 0, FAILED: 0}
    count_of = getattr(lines, "count_of", None)
    if count_of is not None:  # ReportLines counts its runs without reading them
        counts = {status: count_of(status) for status in counts}
    else:
        for line in lines:
            if line.status in counts:
                counts[line.status] += 1
    options = None
    if extra:
        (recorded,) = db.execute("SELECT options FROM batches WHERE id = ?",
                                 (batch_id,)).fetchone()
        options = json.dumps({**json.loads(recorded or "{}"), **extra})
    db.execute("UPDATE batches SET finished_at = ?, created = ?, skipped = ?, failed = ?, "
               "options = coalesce(?, options) WHERE id = ?",
               (now(), counts[CREATED], counts[SKIPPED], counts[FAILED], options, batch_id))
