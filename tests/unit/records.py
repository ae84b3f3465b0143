"""Directory records as the engine receives them from a listing, for engine tests."""

from __future__ import annotations

from ldapwizard.core.directory.records import DirectoryUser


def person(name: str, *, email: str | None = "", aliases=(), disabled=False, stable_id=None,
           dn=None, kind="user", username=None) -> DirectoryUser:
    """A directory record as the engine receives it from a listing."""
    email = f"{name}@example.com" if email == "" else email
    return DirectoryUser(dn=dn or f"uid={name},ou=people,dc=example,dc=com",
                         stable_id=stable_id or f"id-{name}", username=username or name,
                         email=email, aliases=tuple(aliases), display_name=name.title(),
                         disabled=disabled, kind=kind)
