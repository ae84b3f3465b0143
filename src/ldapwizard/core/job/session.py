"""The wizard's session: the job record being edited, and what came back from the server."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ldapwizard.core.job.profiles import Profile
from ldapwizard.core.maildb.location import Location, locate
from ldapwizard.core.maildb.planner import PlanOptions


class Session:
    """What the admin chose so far (all of it in `profile`, the job record that is saved) and
    what came back. No secret is ever saved from here."""

    def __init__(self, profile: Profile | None = None, *, password: str | None = None,
                 domain: str | None = None,
                 database_path: Path | str | None = None, default_database: Path = Path()):
        self.profile = profile or Profile()
        self.password = password
        self.default_database = Path(default_database)
        self.root_dse = None
        self.plan = None
        self.selected: list = []
        self.selected_lists: list | None = None  # the ticked new mailing lists (None: every one)
        self.report = None
        # what a sync would do to the users this profile imported before (a SyncReport, from
        # the Users page after each listing); None: not worked out, or nothing imported
        self.sync_preview = None
        if domain is not None:
            self.domain = domain
        if database_path is not None:
            self.database_path = database_path

    def __repr__(self) -> str:  # never the password
        return f"Session(profile={self.profile!r})"

    @property
    def domain(self) -> str:
        return self.profile.domain

    @domain.setter
    def domain(self, value: str) -> None:
        self.profile = replace(self.profile, domain=value)

    @property
    def database_path(self) -> Location:
        """The job's user database — a file or a PostgreSQL database; the default file while
        the job names none."""
        return locate(self.profile.database) if self.profile.database else self.default_database

    @database_path.setter
    def database_path(self, value: Location | str) -> None:
        self.profile = replace(self.profile, database=str(value))

    def search_settings(self):
        """(ConnectionSettings, SearchSettings) of the job, with the base-DN rule applied."""
        connection, search = self.profile.resolve()
        suggested = self.root_dse.suggested_base if self.root_dse is not None else None
        return connection, search.with_base_dn(suggested)

    def listing_key(self) -> tuple:
        """Everything a listing and its plan depend on: a change means list again."""
        return (replace(self.profile, name="", remember_password=False),
                str(self.database_path))

    def plan_options(self) -> PlanOptions:
        return self.profile.plan_options()
