"""Adoption: a saved job takes over the rows another owner holds in its user database — users
imported under an unsaved job (owned by the server's name, such as "127.0.0.1") or under a
job since deleted — so its sync updates and removes them. Rows of another saved job are
never taken."""

from __future__ import annotations

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput, LdapWizardError
from ldapwizard.core.job.profiles import Profile, ProfileStore
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.jobs import Owned, adopt_rows, owned_by
from ldapwizard.core.maildb.location import Location


def check_adoptable(store: ProfileStore, profile: Profile, owner: str) -> None:
    """BadInput when `profile` may not adopt the rows of `owner`."""
    if not profile.job_id:
        raise BadInput(i18n._('The job "{name}" is not saved yet, so it cannot own rows.',
                              name=profile.name),
                       hint=i18n._("Save it first."))
    if owner == profile.job_id:
        raise BadInput(i18n._('The rows owned by "{owner}" are the job "{name}"\'s own '
                              "already.", owner=owner, name=profile.name))
    holder = store.owner_of(owner)
    if holder is not None:
        raise BadInput(i18n._('The rows owned by "{owner}" belong to the saved job '
                              '"{holder}"; "{name}" may not take them.', owner=owner,
                              holder=holder, name=profile.name),
                       hint=i18n._("Adopt only rows of an unsaved or deleted job."))


def adopt(store: ProfileStore, profile: Profile, owner: str, *, dry_run: bool = False,
          location: Location | None = None) -> Owned:
    """Move the users, lists and batches of `owner` in the job's database (or `location`) to
    the job; with `dry_run`, only count them. What moves (or would) is returned."""
    check_adoptable(store, profile, owner)
    location = location or profile.database_location()
    if dry_run:
        with UserDatabase.open(location) as database, database.reading() as db:
            return owned_by(db, owner)
    with UserDatabase.open(location, write=True) as database, \
            database.transaction(i18n.N_("the adoption")) as db:
        return adopt_rows(db, owner, profile.job_id, profile.name)


def unsaved_rows(store: ProfileStore, profile: Profile,
                 location: Location | None = None) -> tuple[str, Owned] | None:
    """The owner and counts of rows this job wrote while unsaved (owned by its server's
    name), when its database (or `location`) has any and no saved job owns them; else
    None."""
    owner = profile.host.strip()
    if not owner or owner == profile.job_id or store.owner_of(owner) is not None:
        return None
    try:
        with UserDatabase.open(location or profile.database_location()) as database, \
                database.reading() as db:
            owned = owned_by(db, owner)
    except LdapWizardError:  # no database yet, or not one of ours: nothing to adopt
        return None
    return (owner, owned) if owned.anything else None
