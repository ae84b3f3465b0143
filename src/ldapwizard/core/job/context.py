"""What the wizard is given instead of reaching for it: how to open directories and test a
connection, where the user database is, where profiles live, and what this context lets the
wizard do. The demo's context answers differently; pages ask the capability, never "is this the
demo"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ldapwizard.core.directory.diagnose import Diagnosis, Step, diagnose
from ldapwizard.core.directory.listing import open_directory
from ldapwizard.core.job.demo import DEMO_PASSWORD, open_demo_directory
from ldapwizard.core.job.profiles import ProfileStore
from ldapwizard.core.maildb.database import default_path
from ldapwizard.i18n import _


@dataclass
class AppContext:
    """Dependencies of the wizard and what it may do with them; tests pass their own."""

    open_directory: Callable = open_directory
    # (settings, password, on_step) -> Diagnosis; runs in the worker, so no widgets
    connection_test: Callable = diagnose
    profiles: ProfileStore = field(default_factory=ProfileStore)
    database_path: Path = field(default_factory=default_path)
    # the job record is saved under its profile name on every Next, and reopened on the next start
    saves_profiles: bool = True
    remembers_passwords: bool = True  # in the system keyring
    schedules_jobs: bool = True
    known_password: str | None = None  # a published sign-in, typed in for the admin

    @classmethod
    def for_demo(cls, database_path: Path) -> AppContext:
        """The bundled sample directory instead of a server, with its published password; its
        job record is not saved on Next or reopened, no password is remembered, no job
        scheduled."""
        return cls(open_directory=open_demo_directory, connection_test=demo_connection_test,
                   database_path=database_path, saves_profiles=False,
                   remembers_passwords=False, schedules_jobs=False,
                   known_password=DEMO_PASSWORD)


class _DemoDiagnosis(Diagnosis):
    """The demo directory has no network steps: its one step passing is success."""

    @property
    def ok(self) -> bool:
        return self.failure is None


def demo_connection_test(settings, password: str | None, on_step=None) -> Diagnosis:
    """The demo directory's one step: sign in and read its RootDSE (the settings only label
    the form; the demo is always the same directory)."""
    with open_demo_directory(None, password) as directory:
        root = directory.root_dse()
    step = Step("rootdse", _("Demo directory"), True,
                _("{vendor}; default naming context {dn}.", vendor=root.vendor,
                  dn=root.suggested_base))
    if on_step:
        on_step(step)
    return _DemoDiagnosis(steps=[step], root_dse=root)
