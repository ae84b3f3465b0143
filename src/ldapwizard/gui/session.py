"""The choices the pages make, in one place the wizard commits from."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from ldapwizard.core.job.profiles import Profile
from ldapwizard.core.maildb.planner import PlanOptions


@dataclass
class Session:
    """What the admin chose so far, and what came back (no secret is ever saved from here)."""

    profile: Profile = field(default_factory=Profile)
    password: str | None = field(default=None, repr=False)
    demo_password: str | None = field(default=None, repr=False)
    root_dse: object | None = None
    mapping: dict = field(default_factory=dict)
    domain: str = ""
    database_path: Path = Path()
    include_disabled: bool = False
    username_source: str = "email"
    email_as_username: bool = False
    plan: object | None = None
    selected: list = field(default_factory=list)
    report: object | None = None

    def search_settings(self):
        """(ConnectionSettings, SearchSettings) for the profile with the attribute mapping."""
        connection, search = self.profile.resolve()
        mapping = {k: v for k, v in self.mapping.items() if v}
        if mapping:
            search = replace(search, preset=search.preset.with_mapping(**mapping))
        if not search.base_dn and self.root_dse is not None:
            search = replace(search, base_dn=self.root_dse.suggested_base or "")
        return connection, search

    def listing_key(self) -> tuple:
        """Everything a listing and its plan depend on: a change means list again."""
        return (self.profile, tuple(sorted(self.mapping.items())), self.domain,
                str(self.database_path), self.plan_options())

    def plan_options(self) -> PlanOptions:
        return PlanOptions(domain=self.domain, username_source=self.username_source,
                           email_as_username=self.email_as_username,
                           include_disabled=self.include_disabled)
