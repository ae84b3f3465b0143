"""The user database schema and its forward migrations (PRAGMA user_version).

Every address of a domain — user, alias or mailing list — lives once in `addresses`, kept by
triggers, so the database itself refuses a second owner of an address whatever its kind.
Local parts are compared by `local_key` (casefolded in Python: NOCASE folds ASCII only).
"""

from __future__ import annotations

from ldapwizard.core.maildb import schema_v6, schema_v7, schema_v8, schema_v9, schema_v10

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

# Version 3: the mail server's database. Where each directory user came from (so Dovecot can
# bind to the right directory), a login unique across the whole database, a mailbox path fixed
# at creation, a quota; and the views the mail server reads (docs/mail-server.md) — the only
# contract with Postfix and Dovecot, so the tables can change behind them.
# ldapwizard_casefold() and ldapwizard_mailbox() exist only while ldapwizard migrates (they are
# registered on its connection); no view, index or trigger uses them.
_V3 = """
CREATE TABLE directories (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    uri TEXT NOT NULL,
    security TEXT NOT NULL,
    ca_file TEXT,
    base_dn TEXT NOT NULL DEFAULT '',
    server_type TEXT NOT NULL,
    stable_id_attribute TEXT NOT NULL,
    batch_id INTEGER REFERENCES batches(id),
    updated_at TEXT NOT NULL
);
ALTER TABLE users ADD COLUMN directory_id INTEGER REFERENCES directories(id);
ALTER TABLE users ADD COLUMN login_key TEXT;
ALTER TABLE users ADD COLUMN mailbox TEXT;
ALTER TABLE users ADD COLUMN quota_bytes INTEGER CHECK (quota_bytes IS NULL OR quota_bytes > 0);
ALTER TABLE users ADD COLUMN disabled_by TEXT CHECK (disabled_by IN ('sync', 'admin'));
UPDATE users SET disabled_by = 'sync' WHERE enabled = 0;
UPDATE users SET login_key = ldapwizard_casefold(username),
    mailbox = ldapwizard_mailbox((SELECT name FROM domains WHERE id = users.domain_id),
                                 local_key);
UPDATE users SET username = username || '@' || (SELECT name FROM domains
                                                WHERE id = users.domain_id)
    WHERE instr(username, '@') = 0
      AND login_key IN (SELECT login_key FROM users GROUP BY login_key HAVING count(*) > 1);
UPDATE users SET login_key = ldapwizard_casefold(username);
CREATE UNIQUE INDEX users_by_login ON users (login_key);
CREATE UNIQUE INDEX users_by_mailbox ON users (mailbox);
CREATE INDEX users_by_directory ON users (directory_id) WHERE directory_id IS NOT NULL;
CREATE TRIGGER users_need_login_and_mailbox BEFORE INSERT ON users
WHEN NEW.login_key IS NULL OR NEW.mailbox IS NULL BEGIN
    SELECT RAISE(ABORT, 'a user needs a login and a mailbox path');
END;
CREATE TRIGGER users_keep_mailbox BEFORE UPDATE OF mailbox ON users
WHEN OLD.mailbox IS NOT NULL AND NEW.mailbox IS NOT OLD.mailbox BEGIN
    SELECT RAISE(ABORT, 'a mailbox path is fixed when the user is created');
END;
"""



# The views the mail server reads (docs/mail-server.md), made by version 3; the same text in
# PostgreSQL (schema_pg.py), so both serve Postfix and Dovecot alike.
MAIL_VIEWS_SQL = """
CREATE VIEW mail_domains AS
    SELECT name AS domain FROM domains;
CREATE VIEW mail_mailboxes AS
    SELECT u.local_part || '@' || d.name AS address, u.local_key || '@' || d.name AS address_key,
           d.name AS domain, u.username AS login, u.mailbox AS mailbox,
           u.quota_bytes AS quota_bytes
    FROM users u JOIN domains d ON d.id = u.domain_id
    WHERE u.enabled = 1;
CREATE VIEW mail_disabled AS
    SELECT u.id AS user_id, u.local_key || '@' || d.name AS address_key
    FROM users u JOIN domains d ON d.id = u.domain_id
    WHERE u.enabled = 0;
CREATE VIEW mail_forwards AS
    SELECT a.local_key || '@' || d.name AS address_key, a.local_part || '@' || d.name AS address,
           t.target AS target
    FROM aliases a JOIN domains d ON d.id = a.domain_id JOIN alias_targets t ON t.alias_id = a.id
    WHERE NOT EXISTS (SELECT 1 FROM mail_disabled x
                      WHERE x.user_id = t.user_id OR x.address_key = lower(t.target))
    UNION ALL
    SELECT l.local_key || '@' || d.name, l.local_part || '@' || d.name, m.address
    FROM lists l JOIN domains d ON d.id = l.domain_id JOIN list_members m ON m.list_id = l.id
    WHERE NOT EXISTS (SELECT 1 FROM mail_disabled x WHERE x.address_key = m.address_key);
CREATE VIEW mail_logins AS
    SELECT u.login_key AS login_key, u.username AS login,
           u.local_part || '@' || d.name AS address, u.mailbox AS mailbox,
           u.quota_bytes AS quota_bytes, u.auth AS auth, u.password_hash AS password,
           r.name AS directory, u.stable_id AS stable_id
    FROM users u JOIN domains d ON d.id = u.domain_id
    LEFT JOIN directories r ON r.id = u.directory_id
    WHERE u.enabled = 1;
"""

ISSUED_FOREVER = "an issued mailbox path is never forgotten or reused"

# Version 4: mailing lists made from the directory's mail-enabled groups (issue 17) know where
# they came from — the group's stable id and DN and the profile — so a sync keeps their
# members current and an import never makes one twice.
_V4 = """
ALTER TABLE lists ADD COLUMN stable_id TEXT;
ALTER TABLE lists ADD COLUMN directory_dn TEXT;
ALTER TABLE lists ADD COLUMN profile TEXT;
CREATE UNIQUE INDEX lists_by_stable_id ON lists (domain_id, stable_id)
    WHERE stable_id IS NOT NULL;
CREATE INDEX lists_by_batch ON lists (batch_id) WHERE batch_id IS NOT NULL;
"""

# Version 5: a mailbox belongs to one user for ever (issue 25). Every mailbox path ever given
# to a user is recorded in `mailboxes_issued`, whose rows are never deleted or changed (but
# `removed_at`, which sync and undo set); a user whose path was issued before cannot be
# inserted, so mail a removed user left on disk is never handed to whoever gets the address
# next (mailboxes.issue picks the first path never issued). The migration records the users
# there are; users removed before it left no record.
_V5 = f"""
CREATE TABLE mailboxes_issued (
    mailbox TEXT PRIMARY KEY,
    address TEXT NOT NULL,
    stable_id TEXT,
    issued_at TEXT NOT NULL,
    removed_at TEXT
);
INSERT INTO mailboxes_issued (mailbox, address, stable_id, issued_at)
    SELECT u.mailbox, u.local_part || '@' || d.name, u.stable_id, u.created_at
    FROM users u JOIN domains d ON d.id = u.domain_id;
CREATE TRIGGER users_issue_mailbox AFTER INSERT ON users BEGIN
    INSERT INTO mailboxes_issued (mailbox, address, stable_id, issued_at)
    VALUES (NEW.mailbox,
            NEW.local_part || '@' || (SELECT name FROM domains WHERE id = NEW.domain_id),
            NEW.stable_id, NEW.created_at);
END;
CREATE TRIGGER mailboxes_issued_kept BEFORE DELETE ON mailboxes_issued BEGIN
    SELECT RAISE(ABORT, '{ISSUED_FOREVER}');
END;
CREATE TRIGGER mailboxes_issued_fixed
BEFORE UPDATE OF mailbox, address, stable_id, issued_at ON mailboxes_issued BEGIN
    SELECT RAISE(ABORT, '{ISSUED_FOREVER}');
END;
"""

# MIGRATIONS[n] brings a database from version n to n + 1.
MIGRATIONS: tuple[str, ...] = (_v1(), _V2, _V3 + MAIL_VIEWS_SQL, _V4, _V5,
                               schema_v6.SQLITE, schema_v7.SQLITE, schema_v8.SQLITE,
                               schema_v9.SQLITE, schema_v10.SQLITE)
CURRENT_VERSION = len(MIGRATIONS)
