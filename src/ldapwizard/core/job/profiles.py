"""The job record: a saved profile holds every choice a run needs but the password.

The wizard, `preview`, `import`, `sync` and a scheduled job read the same record, so what the
admin previewed is what runs later; command-line options override it for one run.

A profile turns into ConnectionSettings and SearchSettings through `resolve()`, where the
binding string and the separate host/port/security fields are reconciled — a conflict between
them is an error, never a silent pick — and into PlanOptions through `plan_options()`.

The file is versioned (`format`): an older one is read and migrated forward in memory, and the
first write keeps a copy of the old file beside it; a newer one is refused, never overwritten.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import unicodedata
import uuid
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from ldapwizard.core.directory.bindstring import DEFAULT_PORTS, parse_binding
from ldapwizard.core.directory.bounds import Bounds
from ldapwizard.core.directory.presets import get_preset
from ldapwizard.core.directory.settings import ConnectionSettings, SearchSettings
from ldapwizard.core.errors import BadInput
from ldapwizard.core.job import paths, secrets
from ldapwizard.core.maildb.accounts import DirectorySource
from ldapwizard.core.maildb.database import default_path
from ldapwizard.core.maildb.localparts import code_point, shown
from ldapwizard.core.maildb.location import Location, locate
from ldapwizard.core.maildb.planner import PlanOptions
from ldapwizard.core.maildb.quotas import parse_size
from ldapwizard.core.maildb.signin import parse_sources
from ldapwizard.i18n import N_, _

FILE_NAME = "profiles.json"
FORMAT_VERSION = 3
PLANNING_FIELDS = ("domain", "database", "username_from", "email_as_username",
                   "include_disabled", "allow_role_addresses", "quota", "sign_in_names")
WHO_FIELDS = ("ous", "member_of", "nested_groups", "exclude", "groups_as_lists",
              "groups_base")
MAPPING_FIELDS = ("username_attribute", "email_attribute", "display_name_attribute",
                  "alias_attribute")


@dataclass(frozen=True)
class Profile:
    """Everything needed to reach a directory and list its users, except secrets."""

    name: str = ""
    server_type: str = "ad"
    binding: str = ""
    host: str = ""
    port: int | None = None
    security: str | None = None  # None: from the binding or the server type
    verify: str = "system"
    ca_file: str | None = None
    auth: str = "simple"
    bind_user: str = ""
    kerberos_host: str = ""
    scope: str = "sub"
    filter: str | None = None
    page_size: int | None = None
    include_contacts: bool = False
    referrals: str = "error"
    connect_timeout: float = 5.0
    receive_timeout: float = 30.0
    # the most a server may send (bytes) and a listing may take (seconds); None: the default
    max_value_size: int | None = None
    max_message_size: int | None = None
    max_page_bytes: int | None = None
    listing_deadline: float | None = None
    remember_password: bool = False
    # attribute mapping (the wizard's Advanced box); None: the server type's
    username_attribute: str | None = None
    email_attribute: str | None = None
    display_name_attribute: str | None = None
    alias_attribute: str | None = None
    # planning: how usernames are made and what may be imported
    username_from: str = "email"
    email_as_username: bool = False
    include_disabled: bool = False
    allow_role_addresses: bool = False  # postmaster, abuse, root... may come from the directory
    quota: str = ""  # the quota of the users a run creates, as typed (2G); empty: no limit
    # extra names the users sign in with besides login and address: "directory", "upn"
    sign_in_names: tuple[str, ...] = ()
    domain: str = ""  # the target mail domain
    database: str = ""  # the user database file; empty: the default one (not for sync)
    # who to import (directory/who.py): ticked OUs as (DN, with sub-OUs), the groups whose
    # members are imported (nested unless `nested_groups` is off), ordered exclusion rules,
    # and the mail-enabled groups as mailing lists
    ous: tuple[tuple[str, bool], ...] = ()
    member_of: tuple[str, ...] = ()
    nested_groups: bool = True
    exclude: tuple[str, ...] = ()
    groups_as_lists: bool = False
    groups_base: str = ""  # where groups are found; empty: the naming context (RootDSE)
    # the sync policy: disable, then on a later run remove, the job's users no longer listed;
    # at most `max_removals` (N or P%; None: the default limit) per run
    remove_missing: bool = False
    max_removals: str | None = None
    # welcome messages (core/welcome/) to the users this job's imports and syncs create
    welcome: bool = False
    smtp_server: str = ""  # HOST[:PORT]; empty: the local Postfix, localhost:25
    smtp_security: str = ""  # none, starttls or tls; empty: none on this host, else starttls
    smtp_user: str = ""  # SMTP AUTH as this user, its password in the system keyring
    welcome_template: str = ""  # the template file; empty: the built-in message
    welcome_from: str = ""  # the sender; empty: postmaster@ the users' domain
    # the mail client settings the message gives: those `mailstack render` wrote into this
    # folder's autoconfig file, else the standard ports on `mail_host` (empty: this host)
    welcome_mailstack: str = ""
    mail_host: str = ""
    # the job's stable identity: what its users, lists and batches are owned by, kept when
    # the job is renamed; empty until the job is first saved
    job_id: str = ""

    def __post_init__(self):
        # a JSON file gives lists: the record keeps tuples, so two equal jobs compare equal
        object.__setattr__(self, "ous", tuple((str(dn), bool(sub)) for dn, sub in self.ous))
        for name in ("member_of", "exclude"):
            object.__setattr__(self, name, tuple(str(v) for v in getattr(self, name)))
        object.__setattr__(self, "sign_in_names", parse_sources(self.sign_in_names))

    @property
    def owner(self) -> str:
        """What the users, lists and batches this job writes are owned by."""
        return self.job_id or self.name or self.host

    def merged(self, **overrides) -> Profile:
        """A copy with the given non-None fields replaced (command-line options win)."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})

    def resolve(self) -> tuple[ConnectionSettings, SearchSettings]:
        """Reconcile the binding string with the other fields; BadInput on conflicts."""
        preset = get_preset(self.server_type)
        host, port, security = self.host.strip(), self.port, self.security
        base_dn, scope, filter_ = "", self.scope, self.filter
        if self.binding.strip():
            binding = parse_binding(self.binding)
            if binding.host:
                if host and host.lower() != binding.host and not binding.host_from_dn:
                    raise BadInput(_('The binding string names host "{value}" but the host field '
                                     'says "{host}".', value=binding.host, host=host),
                                   hint=_("Give the host once."))
                host = host or binding.host
            if binding.port:
                if port and port != binding.port:
                    raise BadInput(_("The binding string names port {value} but the port field "
                                     "says {port}.", value=binding.port, port=port),
                                   hint=_("Give the port once."))
                port = binding.port
            if binding.scheme == "ldaps":
                if security and security != "ldaps":
                    raise BadInput(_("The binding string asks for LDAPS but security is "
                                     "{security}.", security=security),
                                   hint=_("Use ldap:// with StartTLS."))
                security = "ldaps"
            if binding.scheme == "gc" and not port:
                port = DEFAULT_PORTS["gc"] + (1 if security == "ldaps" else 0)
            base_dn = binding.base_dn
            scope = binding.scope if binding.scope in ("one", "sub") else scope
            filter_ = binding.filter or filter_
        security = security or preset.default_security
        connection = ConnectionSettings(
            host=host, port=port, security=security, verify=self.verify, ca_file=self.ca_file,
            auth=self.auth, bind_user=self.bind_user, kerberos_host=self.kerberos_host,
            connect_timeout=self.connect_timeout,
            receive_timeout=self.receive_timeout,
            bounds=Bounds.of(max_value_size=self.max_value_size,
                             max_message_size=self.max_message_size,
                             max_page_bytes=self.max_page_bytes,
                             listing_deadline=self.listing_deadline),
        )
        mapping = {name: getattr(self, name) for name in MAPPING_FIELDS}
        search = SearchSettings(
            base_dn=base_dn, preset=preset.with_mapping(**mapping), scope=scope,
            filter=filter_,
            page_size=self.page_size, include_contacts=self.include_contacts,
            referrals=self.referrals, bases=self.ous, member_of=self.member_of,
            nested=self.nested_groups, exclude=self.exclude,
            groups_as_lists=self.groups_as_lists, groups_base=self.groups_base,
        )
        return connection, search

    def plan_options(self) -> PlanOptions:
        """How entries are planned; BadInput when no target domain is set."""
        if not self.domain.strip():
            raise BadInput(_("No target mail domain: give --domain or save it in the profile."),
                           hint=_("e.g. `ldapwizard profile save NAME --domain example.com`, or "
                             "the wizard's Directory page."))
        return PlanOptions(domain=self.domain, username_source=self.username_from,
                           email_as_username=self.email_as_username,
                           include_disabled=self.include_disabled,
                           allow_role_addresses=self.allow_role_addresses,
                           quota_bytes=parse_size(self.quota) if self.quota else None,
                           sign_in_names=self.sign_in_names)

    def directory_source(self) -> DirectorySource:
        """The directory this job's users sign in against, as the user database records it
        (for Dovecot: where and how to check their password; never a secret)."""
        connection, search = self.resolve()
        scheme = "ldaps" if connection.security == "ldaps" else "ldap"
        host = f"[{connection.host}]" if ":" in connection.host else connection.host
        return DirectorySource(
            name=self.owner or connection.host,
            uri=f"{scheme}://{host}:{connection.effective_port}",
            security=connection.security,
            ca_file=connection.ca_file if connection.verify == "cafile" else None,
            base_dn=search.base_dn, server_type=self.server_type,
            stable_id_attribute=search.preset.stable_id_attribute,
            job_name=self.name or connection.host)

    def database_location(self) -> Location:
        """The user database this job writes to — a file or a PostgreSQL database (the
        default file when none is set)."""
        return locate(self.database) if self.database.strip() else default_path()

    def check_unattended(self) -> PlanOptions:
        """The plan options of a run nobody watches (sync, a scheduled job); BadInput naming
        what the record lacks, so a job is refused when saved, not at 3 a.m."""
        missing = self.missing_for_sync()
        if missing:
            raise BadInput(_('The profile "{name}" cannot run unattended; it lacks: {missing}.',
                             name=self.name, missing="; ".join(_(m) for m in missing)),
                           hint=_("Add them with `ldapwizard profile save {value} --domain "
                                  "DOMAIN --db FILE|URL` (its other choices are kept), or on the "
                                  "wizard's Directory page.", value=self.name or 'NAME'))
        return self.plan_options()

    def missing_for_sync(self) -> list[str]:
        """What an unattended run needs and this record lacks, in words."""
        missing = []
        if not self.name:
            missing.append(N_("profile name"))
        if not self.domain.strip():
            missing.append(N_("target mail domain (--domain)"))
        if not self.database.strip():
            missing.append(N_("user database (--db)"))
        return missing


def migrate(data: dict) -> dict:
    """A profile file's contents in today's format (never loses a field it knew)."""
    version = data.get("format", 1)
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise BadInput(_("The profile file was written by a newer ldapwizard (format {version}; "
                         "this one reads up to {value}).", version=version, value=FORMAT_VERSION),
                       hint=_("Update ldapwizard, or move the file away; this version will not "
                         "overwrite it."))
    profiles = data["profiles"]
    if version < 2:
        # format 1 had the connection and search only; the planning choices lived in the
        # wizard's session, so they start at their defaults (the admin's last domain and
        # database are taken over by the wizard from its window settings)
        profiles = {name: {**{"username_from": "email", "email_as_username": False,
                              "include_disabled": False},
                           **fields_of} for name, fields_of in profiles.items()}
    if version < 3:
        # format 3 owns a job's rows by a stable id; the rows a job wrote before are owned by
        # its name, so that name becomes its id and they keep matching
        profiles = {name: {**fields_of, "job_id": fields_of.get("job_id") or name}
                    for name, fields_of in profiles.items()}
    return {"format": FORMAT_VERSION, "profiles": profiles}


def new_job_id() -> str:
    """A stable id for a job saved for the first time."""
    return uuid.uuid4().hex


# controls, format characters (zero-width, bidirectional) and line or paragraph separators:
# the name goes into crontab lines, task names and messages, where they break lines or hide
_UNSEEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})


def check_name(name: str) -> str:
    """A profile name as given, or BadInput when unusable."""
    name = name.strip()
    if not name:
        raise BadInput(_("A profile needs a name."))
    if len(name) > 100:
        raise BadInput(_("A profile name must be at most 100 characters."))
    odd = next((c for c in name if unicodedata.category(c) in _UNSEEN_CATEGORIES), None)
    if odd is not None:
        raise BadInput(_('The profile name "{value}" holds {value2}, a control character, an '
                         "invisible one or a line separator, which a scheduled job's line cannot "
                         "carry.", value=shown(name), value2=code_point(odd)),
                       hint=_("Choose a name of visible characters and spaces only."))
    return name


class ProfileStore:
    """Profiles in one JSON file under the config directory (atomic writes)."""

    def __init__(self, directory: Path | None = None):
        self.path = (directory or paths.config_dir()) / FILE_NAME

    def _read(self) -> dict[str, dict]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as e:
            raise BadInput(_("The profile file {file} could not be read.", file=self.path),
                           detail=str(e),
                           hint=_("Fix or move the file; ldapwizard will not overwrite it.")
                           ) from None
        if not isinstance(data, dict) or not isinstance(data.get("profiles"), dict):
            raise BadInput(_("The profile file {value} is not an ldapwizard profile file.",
                             value=self.path))
        try:
            return migrate(data)["profiles"]
        except BadInput as error:
            raise BadInput(_("{path}: {message}", path=self.path, message=error.message),
                           hint=error.hint) from None

    def _keep_older_file(self) -> None:
        """Before the first write over an older format, keep that file beside it."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        version = data.get("format", 1) if isinstance(data, dict) else None
        if isinstance(version, int) and version < FORMAT_VERSION:
            backup = self.path.with_name(f"{self.path.name}.format{version}")
            if not backup.exists():
                shutil.copy2(self.path, backup)

    def _write(self, profiles: dict[str, dict]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._keep_older_file()
        payload = json.dumps({"format": FORMAT_VERSION, "profiles": profiles}, indent=2,
                             ensure_ascii=False, sort_keys=True)
        handle, temp = tempfile.mkstemp(prefix=".profiles-", dir=self.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(payload)
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def names(self) -> list[str]:
        return sorted(self._read(), key=str.casefold)

    def load(self, name: str) -> Profile:
        data = self._read().get(name)
        if data is None:
            raise BadInput(_('There is no saved profile named "{name}".', name=name),
                           hint=_("See `ldapwizard profile list` for the saved ones."))
        known = {f.name for f in fields(Profile)}
        return Profile(**{k: v for k, v in data.items() if k in known}).merged(name=name)

    def save(self, profile: Profile) -> Profile:
        """Save the record under its name; the record as saved is returned, with its job id:
        the one saved under that name before, else the one it carries unless another saved
        job has it (a record copied to a new name is a new job), else a new one."""
        name = check_name(profile.name)
        profiles = self._read()
        taken = {data.get("job_id") for other, data in profiles.items() if other != name}
        job_id = ((profiles.get(name) or {}).get("job_id")
                  or (profile.job_id if profile.job_id not in taken else "") or new_job_id())
        saved = replace(profile, name=name, job_id=job_id)
        profiles[name] = asdict(saved)
        self._write(profiles)
        return saved

    def owner_of(self, job_id: str) -> str | None:
        """The name of the saved profile whose job id is `job_id`, or None."""
        return next((name for name, data in self._read().items()
                     if data.get("job_id") == job_id), None)

    def delete(self, name: str) -> None:
        profiles = self._read()
        if profiles.pop(name, None) is None:
            raise BadInput(_('There is no saved profile named "{name}".', name=name))
        self._write(profiles)

    def rename(self, old: str, new: str) -> None:
        new = check_name(new)
        profiles = self._read()
        if old not in profiles:
            raise BadInput(_('There is no saved profile named "{old}".', old=old))
        if new in profiles and new != old:
            raise BadInput(_('A profile named "{new}" exists already.', new=new))
        profiles[new] = {**profiles.pop(old), "name": new}
        self._write(profiles)


def rename_profile(store: ProfileStore, old: str, new: str) -> str:
    """Rename a saved profile, and move the password remembered for it to the new name; the new
    name as stored is returned."""
    new = check_name(new)
    store.rename(old, new)
    password = secrets.load_password(old)
    if password:
        secrets.store_password(new, password)
        secrets.delete_password(old)
    return new


def delete_profile(store: ProfileStore, name: str) -> None:
    """Delete a saved profile and any password remembered for it."""
    store.delete(name)
    secrets.delete_password(name)
