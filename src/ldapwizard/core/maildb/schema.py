"""The user database schema and its forward migrations (PRAGMA user_version).

Every address of a domain — user, alias or mailing list — lives once in `addresses`, kept by
triggers, so the database itself refuses a second owner of an address whatever its kind.
Local parts are compared by `local_key` (casefolded in Python: NOCASE folds ASCII only).
"""

from __future__ import annotations

APPLICATION_ID = 0x4C445A57  # "LDZW": marks a file as an ldapwizard user database

_V1 = """
CREATE TABLE domains (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    batch_id INTEGER REFERENCES batches(id),
    created_at TEXT NOT NULL
);
CREATE TABLE batches (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('import', 'sync')),
    domain TEXT NOT NULL,
    domain_id INTEGER REFERENCES domains(id),
    profile TEXT,
    operator TEXT,
    options TEXT NOT NULL DEFAULT '{}',
    started_at TEXT NOT NULL,
    finished_at TEXT,
    created INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    undone_at TEXT
);
CREATE TABLE addresses (
    domain_id INTEGER NOT NULL REFERENCES domains(id),
    local_key TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('user', 'alias', 'list')),
    PRIMARY KEY (domain_id, local_key)
) WITHOUT ROWID;
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    domain_id INTEGER NOT NULL REFERENCES domains(id),
    local_part TEXT NOT NULL,
    local_key TEXT NOT NULL,
    username TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    auth TEXT NOT NULL CHECK (auth IN ('directory', 'local')),
    password_hash TEXT,
    directory_dn TEXT,
    stable_id TEXT,
    profile TEXT,
    enabled INTEGER NOT NULL DEFAULT 1,
    batch_id INTEGER REFERENCES batches(id),
    revision INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (domain_id, local_key),
    CHECK (auth <> 'directory' OR (password_hash IS NULL AND stable_id IS NOT NULL
                                   AND directory_dn IS NOT NULL))
);
CREATE UNIQUE INDEX users_by_stable_id ON users (domain_id, stable_id)
    WHERE stable_id IS NOT NULL;
CREATE INDEX users_by_batch ON users (batch_id) WHERE batch_id IS NOT NULL;
CREATE TABLE aliases (
    id INTEGER PRIMARY KEY,
    domain_id INTEGER NOT NULL REFERENCES domains(id),
    local_part TEXT NOT NULL,
    local_key TEXT NOT NULL,
    batch_id INTEGER REFERENCES batches(id),
    revision INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    UNIQUE (domain_id, local_key)
);
CREATE INDEX aliases_by_batch ON aliases (batch_id) WHERE batch_id IS NOT NULL;
CREATE TABLE alias_targets (
    alias_id INTEGER NOT NULL REFERENCES aliases(id) ON DELETE CASCADE,
    target TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    PRIMARY KEY (alias_id, target)
);
CREATE INDEX alias_targets_by_user ON alias_targets (user_id) WHERE user_id IS NOT NULL;
CREATE TABLE lists (
    id INTEGER PRIMARY KEY,
    domain_id INTEGER NOT NULL REFERENCES domains(id),
    local_part TEXT NOT NULL,
    local_key TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    batch_id INTEGER REFERENCES batches(id),
    created_at TEXT NOT NULL,
    UNIQUE (domain_id, local_key)
);
CREATE TABLE list_members (
    list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    address_key TEXT NOT NULL,
    PRIMARY KEY (list_id, address_key)
);
CREATE INDEX list_members_by_address ON list_members (address_key);
"""

_TRIGGERS = """
CREATE TRIGGER {table}_claim AFTER INSERT ON {table} BEGIN
    INSERT INTO addresses (domain_id, local_key, kind)
    VALUES (NEW.domain_id, NEW.local_key, '{kind}');
END;
CREATE TRIGGER {table}_release AFTER DELETE ON {table} BEGIN
    DELETE FROM addresses WHERE domain_id = OLD.domain_id AND local_key = OLD.local_key;
END;
"""

_REVISIONS = """
CREATE TRIGGER users_revision AFTER UPDATE ON users
WHEN NEW.revision = OLD.revision BEGIN
    UPDATE users SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER aliases_revision AFTER UPDATE ON aliases
WHEN NEW.revision = OLD.revision BEGIN
    UPDATE aliases SET revision = OLD.revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER alias_targets_added AFTER INSERT ON alias_targets BEGIN
    UPDATE aliases SET revision = revision + 1 WHERE id = NEW.alias_id
        AND EXISTS (SELECT 1 FROM alias_targets WHERE alias_id = NEW.alias_id
                    AND target <> NEW.target);
END;
CREATE TRIGGER alias_targets_removed AFTER DELETE ON alias_targets BEGIN
    UPDATE aliases SET revision = revision + 1 WHERE id = OLD.alias_id;
END;
"""


def _v1() -> str:
    triggers = "".join(_TRIGGERS.format(table=t, kind=k)
                       for t, k in (("users", "user"), ("aliases", "alias"), ("lists", "list")))
    return _V1 + triggers + _REVISIONS


# Version 2: when sync disabled a user that left the directory (removed on a later run).
_V2 = """
ALTER TABLE users ADD COLUMN disabled_at TEXT;
"""

# MIGRATIONS[n] brings a database from version n to n + 1.
MIGRATIONS: tuple[str, ...] = (_v1(), _V2)
CURRENT_VERSION = len(MIGRATIONS)
