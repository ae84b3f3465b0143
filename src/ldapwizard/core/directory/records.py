"""Directory entries as plain records, decoded by the rules of a server-type preset."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ldapwizard.core.directory.presets import UAC_ACCOUNTDISABLE, Preset


# Not frozen, though nothing changes a record once built: a frozen dataclass's __init__
# sets each field through object.__setattr__, 2.5 µs a record against 0.25 µs, which is 0.2 s
# of every 100,000 entries listed. Not hashable either (nothing keys on a record).
@dataclass(slots=True)
class DirectoryUser:
    """One directory entry, as the rest of the engine needs it; read-only by convention."""

    dn: str
    stable_id: str | None
    username: str | None
    email: str | None
    aliases: tuple[str, ...]
    display_name: str
    disabled: bool
    kind: str  # 'user', 'contact' or 'computer'
    upn: str | None = None
    # Exchange's primary SMTP: address when it is not the `mail` value (Exchange delivers
    # there); it is also among the aliases, and the planner decides which is the mailbox
    smtp_primary: str | None = None
    # why the admin's choice of who to import leaves this entry out ("rule 2: sAMAccountName
    # glob svc-*", "not a member of Mail Users"); it is listed all the same, never silently
    # dropped, and a sync disables (never removes) an imported user it applies to
    excluded: str | None = None

    def __reduce__(self):
        # listings cross to the window a page at a time: rebuilt by __init__, a user unpickles
        # in less than half the time the dataclass's generic __setstate__ takes
        return DirectoryUser, (self.dn, self.stable_id, self.username, self.email, self.aliases,
                               self.display_name, self.disabled, self.kind, self.upn,
                               self.smtp_primary, self.excluded)


@dataclass(frozen=True, slots=True)
class DirectoryGroup:
    """A mail-enabled group as a mailing list needs it: its address, and its members with
    nested groups followed, each as (DN, address or None) — users, contacts and other
    mail-enabled objects alike; the planner maps imported users to their new addresses."""

    dn: str
    stable_id: str | None
    name: str
    email: str | None
    members: tuple[tuple[str, str | None], ...] = ()


@dataclass(frozen=True)
class SkippedReference:
    """A continuation reference the listing did not follow, and why.

    `asked`: the admin chose to skip referrals, so users on that server are not in the
    listing (a sync must not take them for leavers); otherwise it led into an AD
    infrastructure partition, which holds no users.
    """

    uri: str
    asked: bool

    def __str__(self) -> str:
        why = "skipped as asked" if self.asked else "AD infrastructure partition, no users"
        return f"{self.uri} ({why})"


def _text(value: bytes) -> str:
    return value.decode("utf-8", "replace")


def _first(raw: dict[str, list[bytes]], name: str | None) -> str | None:
    if not name:
        return None
    values = raw.get(name.lower())
    return _text(values[0]).strip() if values else None


def format_stable_id(value: bytes, style: str) -> str:
    """objectGUID (little-endian first fields) and GUID as canonical text; others as text."""
    if style in ("guid-le", "guid-be") and len(value) == 16:
        return str(uuid.UUID(bytes_le=value) if style == "guid-le" else uuid.UUID(bytes=value))
    if style == "text":
        return _text(value).lower()
    return value.hex()


def is_disabled(raw: dict[str, list[bytes]], rule: str) -> bool:
    """Apply the preset's disabled-account rule to an entry's raw attributes."""
    if rule == "uac":
        values = raw.get("useraccountcontrol")
        try:
            return bool(values and int(values[0]) & UAC_ACCOUNTDISABLE)
        except ValueError:
            return False
    if rule == "nsaccountlock":
        values = raw.get("nsaccountlock")
        return bool(values and values[0].strip().lower() == b"true")
    if rule == "logindisabled":
        values = raw.get("logindisabled")
        return bool(values and values[0].strip().upper() == b"TRUE")
    if rule == "pwdlocked":
        return bool(raw.get("pwdaccountlockedtime"))
    return False


def addresses(raw: dict[str, list[bytes]],
              preset: Preset) -> tuple[str | None, tuple[str, ...], str | None]:
    """The primary email, the other addresses of an entry, and Exchange's primary SMTP
    address when it differs from the email (see DirectoryUser.smtp_primary).

    AD's proxyAddresses: `SMTP:` marks the primary, `smtp:` the others; X500:, SIP:, X400: and
    other types are not mail addresses. Elsewhere the first value of the email attribute is
    the primary and further values (or the alias attribute's) are aliases.
    """
    mail_values = [_text(v).strip() for v in raw.get(preset.email_attribute.lower(), [])]
    mail_values = [v for v in mail_values if v]
    primary = mail_values[0] if mail_values else None
    others: list[str] = mail_values[1:]
    alias_name = (preset.alias_attribute or "").lower()
    different = None
    if alias_name == "proxyaddresses":
        smtp_primary = None
        for value in raw.get("proxyaddresses", []):
            text = _text(value).strip()
            kind, sep, address = text.partition(":")
            if not sep or kind.lower() != "smtp" or not address:
                continue
            if kind == "SMTP" and smtp_primary is None:
                smtp_primary = address
            else:
                others.append(address)
        if smtp_primary:
            if primary is None:
                primary = smtp_primary
            else:
                others.append(smtp_primary)
                if smtp_primary.casefold() != primary.casefold():
                    different = smtp_primary
    elif alias_name and alias_name != preset.email_attribute.lower():
        others.extend(_text(v).strip() for v in raw.get(alias_name, []))
    seen = {primary.casefold()} if primary else set()
    aliases = []
    for address in others:
        key = address.casefold()
        if address and key not in seen:
            seen.add(key)
            aliases.append(address)
    return primary, tuple(aliases), different


def _kind(raw: dict[str, list[bytes]]) -> str:
    kind = "user"
    for value in raw.get("objectclass", ()):
        if len(value) in (7, 8):  # only these lengths can be either class: lower() no other
            value = value.lower()
            if value == b"computer":
                return "computer"
            if value == b"contact":
                kind = "contact"
    return kind


def user_from_entry(dn: str, raw: dict[str, list[bytes]], preset: Preset) -> DirectoryUser:
    """Build a record from raw attribute values keyed by lower-case attribute name."""
    return record_builder(preset)(dn, raw)


@lru_cache(maxsize=32)
def record_builder(preset: Preset) -> Callable[[str, dict[str, list[bytes]]], DirectoryUser]:
    """`user_from_entry` for one preset, its names and rules looked up once.

    A listing builds a record per entry; this is the same logic with the per-entry work cut
    to what varies, and the common single-address entry taken without the general path.
    """
    email_key = preset.email_attribute.lower()
    alias_key = (preset.alias_attribute or "").lower()
    aliases_are_emails = alias_key in ("", email_key)
    id_key = preset.stable_id_attribute.lower()
    id_style = preset.stable_id_format
    username_key = (preset.username_attribute or "").lower()
    display_key = (preset.display_name_attribute or "").lower()
    upn_key = (preset.upn_attribute or "").lower()
    rule = preset.disabled_rule
    # the rule of most directories, a value's presence, is read here rather than called
    locked_key = "pwdaccountlockedtime" if rule == "pwdlocked" else None

    def build(dn: str, raw: dict[str, list[bytes]]) -> DirectoryUser:
        get = raw.get
        mail = get(email_key)
        if aliases_are_emails and (not mail or len(mail) == 1):
            email = mail[0].decode("utf-8", "replace").strip() or None if mail else None
            aliases: tuple[str, ...] = ()
            smtp_primary = None
        else:
            email, aliases, smtp_primary = addresses(raw, preset)
        values = get(id_key)
        if not values:
            stable_id = None
        elif id_style == "text":
            stable_id = values[0].decode("utf-8", "replace").lower()
        else:
            stable_id = format_stable_id(values[0], id_style)
        values = get(display_key) if display_key else None
        display = values[0].decode("utf-8", "replace").strip() if values else None
        if not display:
            values = get("cn")
            display = values[0].decode("utf-8", "replace").strip() if values else ""
        values = get(username_key) if username_key else None
        username = values[0].decode("utf-8", "replace").strip() if values else None
        values = get(upn_key) if upn_key else None
        upn = values[0].decode("utf-8", "replace").strip() if values else None
        disabled = bool(get(locked_key)) if locked_key else is_disabled(raw, rule)
        kind = "user"
        for value in get("objectclass", ()):  # _kind, inline
            if len(value) in (7, 8):
                kind = _kind(raw)
                break
        return DirectoryUser(dn, stable_id, username, email, aliases, display, disabled, kind,
                             upn, smtp_primary)

    return build
