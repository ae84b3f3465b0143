"""Schema version 6 (issue 26): every lookup of the mail server is an index lookup, and a user
signs in with the login or the full address.

Up to version 5 the views computed an address's key (`local_key || '@' || domain`) and
filtered on it after reading every row; a forwards lookup also checked each list member and
alias target against a view of every disabled user (89 s a lookup at 14k users and 33k list
members). Now each claim in `addresses` holds, beside its (domain, local key), the full key,
the address as stored, the id of its user, alias or list, and for a user whether it is
disabled — written by the triggers in the same statement as the change, so they can never
disagree with the tables. The views reach their rows by the index on the full key; a
disabled target is left out by one probe of that same index, which holds the mark too (a
probe that also read the row took twice as long for a list of 20,000). The key alone is
unique already: (domain, local key) is the primary key, and a domain holds no `@`. Each
view joins as few tables as it can: PostgreSQL plans every lookup afresh (Postfix and
Dovecot send each as a new statement), and a join of seven tables took longer to plan (1.3
ms) than to run. The subqueries read the tables, never a view: in PostgreSQL a view is
a security barrier that no condition of the query around it passes, so it would be scanned.

`login_names` holds every name a user signs in with, folded — the login and the full
address — kept by triggers; its primary key holds each name to one user across the whole
database, so one user's address is never another user's login. `mail_login_names` maps a
name to the login Dovecot signs the user in as (the login names the mailbox and routes a
directory user to their directory).

The SQL here is SQLite's; schema_pg.py gives the same in PostgreSQL, with the same views.
"""

from __future__ import annotations

# the columns the claims gain, and their values for the claims there are (both back ends)
FILL = """
UPDATE addresses SET owner_id = CASE kind
    WHEN 'user' THEN (SELECT id FROM users o WHERE o.domain_id = addresses.domain_id
                      AND o.local_key = addresses.local_key)
    WHEN 'alias' THEN (SELECT id FROM aliases o WHERE o.domain_id = addresses.domain_id
                       AND o.local_key = addresses.local_key)
    ELSE (SELECT id FROM lists o WHERE o.domain_id = addresses.domain_id
          AND o.local_key = addresses.local_key) END;
UPDATE addresses SET
    address_key = local_key || '@' || (SELECT name FROM domains WHERE id = addresses.domain_id),
    address = (CASE kind
        WHEN 'user' THEN (SELECT local_part FROM users WHERE id = addresses.owner_id)
        WHEN 'alias' THEN (SELECT local_part FROM aliases WHERE id = addresses.owner_id)
        ELSE (SELECT local_part FROM lists WHERE id = addresses.owner_id) END)
        || '@' || (SELECT name FROM domains WHERE id = addresses.domain_id),
    disabled = CASE WHEN kind = 'user'
        AND (SELECT enabled FROM users WHERE id = addresses.owner_id) = 0 THEN 1 ELSE 0 END;
CREATE UNIQUE INDEX addresses_by_key ON addresses (address_key, disabled);
"""

# every name a user signs in with, for the users there are: the logins (unique already),
# then each address no other user has as a login (no user of ldapwizard's has)
FILL_LOGIN_NAMES = """
INSERT INTO login_names (name_key, user_id) SELECT login_key, id FROM users;
INSERT INTO login_names (name_key, user_id)
    SELECT address_key, owner_id FROM addresses WHERE kind = 'user'
    ON CONFLICT DO NOTHING;
"""

# The views of version 6: the same columns as version 3's, in order (docs/mail-server.md),
# and mail_login_names. The same text in PostgreSQL.
MAIL_VIEWS = """
CREATE VIEW mail_mailboxes AS
    SELECT u.local_part || '@' || d.name AS address, k.address_key AS address_key,
           d.name AS domain, u.username AS login, u.mailbox AS mailbox,
           u.quota_bytes AS quota_bytes
    FROM addresses k JOIN users u ON u.id = k.owner_id JOIN domains d ON d.id = u.domain_id
    WHERE k.kind = 'user' AND u.enabled = 1;
CREATE VIEW mail_disabled AS
    SELECT u.id AS user_id, k.address_key AS address_key
    FROM addresses k JOIN users u ON u.id = k.owner_id
    WHERE k.kind = 'user' AND u.enabled = 0;
CREATE VIEW mail_forwards AS
    SELECT k.address_key AS address_key, k.address AS address, t.target AS target
    FROM addresses k JOIN alias_targets t ON t.alias_id = k.owner_id
    WHERE k.kind = 'alias'
      AND NOT EXISTS (SELECT 1 FROM users x WHERE x.id = t.user_id AND x.enabled = 0)
      AND NOT EXISTS (SELECT 1 FROM addresses x
                      WHERE x.address_key = lower(t.target) AND x.disabled = 1)
    UNION ALL
    SELECT k.address_key, k.address, m.address
    FROM addresses k JOIN list_members m ON m.list_id = k.owner_id
    WHERE k.kind = 'list'
      AND NOT EXISTS (SELECT 1 FROM addresses x
                      WHERE x.address_key = m.address_key AND x.disabled = 1);
CREATE VIEW mail_login_names AS
    SELECT n.name_key AS name_key, u.login_key AS login_key
    FROM login_names n JOIN users u ON u.id = n.user_id
    WHERE u.enabled = 1;
"""

_CLAIM = """
DROP TRIGGER {table}_claim;
CREATE TRIGGER {table}_claim AFTER INSERT ON {table} BEGIN
    INSERT INTO addresses (domain_id, local_key, kind, address_key, address, owner_id,
                           disabled)
    VALUES (NEW.domain_id, NEW.local_key, '{kind}',
            NEW.local_key || '@' || (SELECT name FROM domains WHERE id = NEW.domain_id),
            NEW.local_part || '@' || (SELECT name FROM domains WHERE id = NEW.domain_id),
            NEW.id, {disabled});
END;
CREATE TRIGGER {table}_restyle AFTER UPDATE OF local_part ON {table} BEGIN
    UPDATE addresses SET address = NEW.local_part || '@' || (SELECT name FROM domains
                                                             WHERE id = NEW.domain_id)
    WHERE domain_id = NEW.domain_id AND local_key = NEW.local_key;
END;
"""

_KINDS = (("users", "user", "NEW.enabled = 0"), ("aliases", "alias", "0"),
          ("lists", "list", "0"))

SQLITE = """
ALTER TABLE addresses ADD COLUMN address_key TEXT;
ALTER TABLE addresses ADD COLUMN address TEXT;
ALTER TABLE addresses ADD COLUMN owner_id INTEGER;
ALTER TABLE addresses ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
""" + FILL + "".join(_CLAIM.format(table=table, kind=kind, disabled=disabled)
                     for table, kind, disabled in _KINDS) + """
CREATE TRIGGER users_follow_enabled AFTER UPDATE OF enabled ON users
WHEN NEW.enabled IS NOT OLD.enabled BEGIN
    UPDATE addresses SET disabled = (NEW.enabled = 0)
    WHERE domain_id = NEW.domain_id AND local_key = NEW.local_key;
END;
CREATE TABLE login_names (
    name_key TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX login_names_by_user ON login_names (user_id);
""" + FILL_LOGIN_NAMES + """
CREATE TRIGGER users_name_logins AFTER INSERT ON users BEGIN
    INSERT INTO login_names (name_key, user_id)
    SELECT NEW.login_key, NEW.id
    UNION SELECT NEW.local_key || '@' || (SELECT name FROM domains WHERE id = NEW.domain_id),
                 NEW.id;
END;
CREATE TRIGGER users_rename_login AFTER UPDATE OF login_key ON users
WHEN NEW.login_key IS NOT OLD.login_key BEGIN
    DELETE FROM login_names WHERE user_id = OLD.id AND name_key = OLD.login_key
        AND name_key <> OLD.local_key || '@' || (SELECT name FROM domains
                                                 WHERE id = OLD.domain_id);
    INSERT INTO login_names (name_key, user_id) SELECT NEW.login_key, NEW.id
        WHERE NOT EXISTS (SELECT 1 FROM login_names WHERE name_key = NEW.login_key
                          AND user_id = NEW.id);
END;
CREATE TRIGGER users_unname_logins AFTER DELETE ON users BEGIN
    DELETE FROM login_names WHERE user_id = OLD.id;
END;
DROP VIEW mail_forwards;
DROP VIEW mail_disabled;
DROP VIEW mail_mailboxes;
""" + MAIL_VIEWS


def pg_grant_like(view: str, new_view: str) -> str:
    """PostgreSQL: grant SELECT on `new_view` to every role that may read `view` (its owner
    aside), so that an upgrade keeps the mail servers' role reading what it read before."""
    return f"""DO $$
DECLARE
    reader regrole;
BEGIN
    FOR reader IN SELECT DISTINCT a.grantee::regrole FROM pg_class c,
            aclexplode(c.relacl) a
        WHERE c.oid = '{view}'::regclass AND a.privilege_type = 'SELECT'
          AND a.grantee <> c.relowner AND a.grantee <> 0 LOOP
        EXECUTE format('GRANT SELECT ON {new_view} TO %s', reader);
    END LOOP;
END $$;
"""
