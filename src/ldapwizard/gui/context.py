"""What the wizard is given instead of reaching for it: how to open directories, where the
user database is, where profiles live, and the session's choices as the pages fill them in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ldapwizard.core.directory.listing import open_directory
from ldapwizard.core.job.demo import open_demo_directory
from ldapwizard.core.job.profiles import ProfileStore
from ldapwizard.core.maildb.database import default_path


@dataclass
class AppContext:
    """Dependencies of the wizard; tests pass their own."""

    open_directory: Callable = open_directory
    profiles: ProfileStore = field(default_factory=ProfileStore)
    database_path: Path = field(default_factory=default_path)
    demo: bool = False

    @classmethod
    def for_demo(cls, database_path: Path) -> AppContext:
        """The bundled sample directory instead of a server."""
        return cls(open_directory=open_demo_directory, database_path=database_path, demo=True)
