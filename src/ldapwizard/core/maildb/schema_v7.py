"""Schema version 7 (issue 26): a forwarding address's targets in one row, for Postfix.

`mail_forwards` answers a row per target, which for a list of 20,000 members is 18,000 rows
(11 ms in SQLite, 30 ms in PostgreSQL a lookup). Postfix takes a comma-joined answer as well
(it joins the rows of a multi-row answer with commas itself), so `forwards_joined` keeps each
alias's and list's targets joined — exactly the rows of `mail_forwards` for that address,
disabled users left out — and Postfix reads them through `mail_forwards_joined` by the
primary key: one row whatever the size of the list. `mail_forwards` stays the contract other
readers use.

Appending to the joined text per member row would be quadratic in an import of a big list,
so the row triggers only mark an address in `forwards_dirty` (a member or target added,
removed or changed; a user disabled, enabled, added disabled or removed while disabled marks
every address forwarding to it, found by the indexes on list members, alias targets' users
and their lowered targets). The marked addresses are joined afresh once a transaction, just
before COMMIT: in SQLite by `UserDatabase.transaction()` (refresh()), the one place every
write commits; in PostgreSQL by a deferred constraint trigger, so even a change made with
psql keeps the table right.
"""

from __future__ import annotations

from ldapwizard.core.maildb.schema_v6 import pg_grant_like

# the targets of the marked addresses, as mail_forwards has them (both back ends)
_TARGETS = """
    SELECT k.address_key AS address_key, t.target AS target
    FROM {marked} d {first_join} addresses k ON k.address_key = d.address_key
    JOIN alias_targets t ON t.alias_id = k.owner_id
    WHERE k.kind = 'alias'
      AND NOT EXISTS (SELECT 1 FROM users x WHERE x.id = t.user_id AND x.enabled = 0)
      AND NOT EXISTS (SELECT 1 FROM addresses x
                      WHERE x.address_key = lower(t.target) AND x.disabled = 1)
    UNION ALL
    SELECT k.address_key, m.address
    FROM {marked} d {first_join} addresses k ON k.address_key = d.address_key
    JOIN list_members m ON m.list_id = k.owner_id
    WHERE k.kind = 'list'
      AND NOT EXISTS (SELECT 1 FROM addresses x
                      WHERE x.address_key = m.address_key AND x.disabled = 1)"""


def refresh_sql(aggregate: str, first_join: str = "JOIN") -> str:
    """The marked addresses joined afresh, the marks cleared; `aggregate` is the back end's
    join of a text column with commas, `first_join` SQLite's CROSS JOIN, which keeps the
    marks the outer loop (unanalysed, it would rather scan every claim)."""
    targets = _TARGETS.format(marked="forwards_dirty", first_join=first_join)
    return f"""
DELETE FROM forwards_joined WHERE address_key IN (SELECT address_key FROM forwards_dirty);
INSERT INTO forwards_joined (address_key, targets)
    SELECT address_key, {aggregate} FROM ({targets}) AS joined GROUP BY address_key;
DELETE FROM forwards_dirty;
"""


SQLITE_REFRESH = refresh_sql("group_concat(target, ',')", "CROSS JOIN")
# PostgreSQL plans the marks from statistics taken when the table held a whole import's: a
# few marks are joined one at a time by the key (index lookups; one set-based join scanned
# every claim and member, 40 ms a transaction at 30,000 users), many at once
_PG_FEW = 100
PG_REFRESH = f"""
    IF (SELECT count(*) FROM (SELECT 1 FROM forwards_dirty LIMIT {_PG_FEW}) AS few)
            < {_PG_FEW} THEN
        FOR marked IN DELETE FROM forwards_dirty RETURNING address_key LOOP
            DELETE FROM forwards_joined WHERE address_key = marked;
            INSERT INTO forwards_joined (address_key, targets)
                SELECT address_key, string_agg(target, ',')
                FROM ({_TARGETS.format(marked="(SELECT marked AS address_key)",
                                       first_join="JOIN")}) AS joined
                GROUP BY address_key;
        END LOOP;
    ELSE
{refresh_sql("string_agg(target, ',')")}
    END IF;
"""

TABLES = """
CREATE TABLE forwards_joined (
    address_key TEXT PRIMARY KEY,
    targets TEXT NOT NULL
);
CREATE TABLE forwards_dirty (
    address_key TEXT PRIMARY KEY
);
CREATE INDEX alias_targets_by_target ON alias_targets (lower(target));
CREATE VIEW mail_forwards_joined AS
    SELECT address_key, targets FROM forwards_joined;
"""

# every alias and list, marked: the migration joins them all
MARK_ALL = """
INSERT INTO forwards_dirty (address_key)
    SELECT address_key FROM addresses WHERE kind IN ('alias', 'list');
"""

# the address of alias (list) `{id}`, by its (domain, local key): the claims have no index
# by owner
_OWNER_KEY = """SELECT k.address_key FROM {table} o
        JOIN addresses k ON k.domain_id = o.domain_id AND k.local_key = o.local_key
        WHERE o.id = {id}"""

# the aliases and lists forwarding to the user address `{key}` (user id `{user}`)
_FORWARDING_TO = """SELECT k.address_key FROM list_members m JOIN lists o ON o.id = m.list_id
        JOIN addresses k ON k.domain_id = o.domain_id AND k.local_key = o.local_key
        WHERE m.address_key = {key}
    UNION SELECT k.address_key FROM alias_targets t JOIN aliases o ON o.id = t.alias_id
        JOIN addresses k ON k.domain_id = o.domain_id AND k.local_key = o.local_key
        WHERE t.user_id = {user}
    UNION SELECT k.address_key FROM alias_targets t JOIN aliases o ON o.id = t.alias_id
        JOIN addresses k ON k.domain_id = o.domain_id AND k.local_key = o.local_key
        WHERE lower(t.target) = {key}"""


def _sqlite_triggers() -> str:
    mark = "INSERT OR IGNORE INTO forwards_dirty (address_key) "
    out = []
    for table, owners, column in (("alias_targets", "aliases", "alias_id"),
                                  ("list_members", "lists", "list_id")):
        for event, rows in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)),
                            ("UPDATE", ("OLD", "NEW"))):
            body = "".join(f"    {mark}{_OWNER_KEY.format(table=owners, id=f'{row}.{column}')};\n"
                           for row in rows)
            out.append(f"CREATE TRIGGER {table}_mark_{event.lower()} AFTER {event} ON {table} "
                       f"BEGIN\n{body}END;\n")
    forwarding = {row: _FORWARDING_TO.format(key=f"{row}.address_key", user=f"{row}.owner_id")
                  for row in ("NEW", "OLD")}
    out.append(f"""CREATE TRIGGER addresses_mark_claimed AFTER INSERT ON addresses
WHEN NEW.disabled = 1 BEGIN
    {mark}{forwarding['NEW']};
END;
CREATE TRIGGER addresses_mark_released AFTER DELETE ON addresses
WHEN OLD.kind IN ('alias', 'list') BEGIN
    {mark}VALUES (OLD.address_key);
END;
CREATE TRIGGER addresses_mark_released_disabled AFTER DELETE ON addresses
WHEN OLD.disabled = 1 BEGIN
    {mark}{forwarding['OLD']};
END;
CREATE TRIGGER addresses_mark_disabled AFTER UPDATE OF disabled ON addresses
WHEN NEW.disabled IS NOT OLD.disabled BEGIN
    {mark}{forwarding['NEW']};
END;
""")
    return "".join(out)


SQLITE = TABLES + _sqlite_triggers() + MARK_ALL + SQLITE_REFRESH


def _pg_functions() -> str:
    """The marking functions of PostgreSQL: per statement from its transition table
    `changed` (a COPY of many members marks each list once), a row's disabled mark per row."""
    mark = "INSERT INTO forwards_dirty (address_key) "
    out = []
    for name, owners, column in (("aliases", "aliases", "alias_id"),
                                 ("lists", "lists", "list_id")):
        owner = _OWNER_KEY.format(table=owners, id=f"c.{column}").replace(
            f"WHERE o.id = c.{column}", f"JOIN changed c ON c.{column} = o.id")
        out.append(f"""CREATE FUNCTION ldapwizard_mark_{name}() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    {mark}SELECT DISTINCT address_key FROM ({owner}) AS marked ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
""")
    lateral = _FORWARDING_TO.format(key="c.address_key", user="c.owner_id")
    out.append(f"""CREATE FUNCTION ldapwizard_mark_forwarding() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        {mark}SELECT DISTINCT address_key FROM changed WHERE kind IN ('alias', 'list')
            ON CONFLICT DO NOTHING;
    END IF;
    {mark}SELECT DISTINCT f.address_key FROM changed c CROSS JOIN LATERAL ({lateral}) AS f
        WHERE c.disabled = 1 ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE FUNCTION ldapwizard_mark_disabled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {mark}{_FORWARDING_TO.format(key="NEW.address_key", user="NEW.owner_id")}
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE FUNCTION ldapwizard_join_forwards() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    marked TEXT;
BEGIN
    -- the first of the marked rows joins them all; the others find their mark gone
    IF EXISTS (SELECT 1 FROM forwards_dirty WHERE address_key = NEW.address_key) THEN
{PG_REFRESH}
    END IF;
    RETURN NULL;
END $$;
""")
    return "".join(out)


def _pg_triggers() -> str:
    out = []
    for table, name in (("alias_targets", "aliases"), ("list_members", "lists")):
        for event, side in (("insert", "NEW"), ("delete", "OLD"), ("update", "OLD"),
                            ("update", "NEW")):
            out.append(f"""CREATE TRIGGER {table}_mark_{event}_{side.lower()}
    AFTER {event.upper()} ON {table} REFERENCING {side} TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION ldapwizard_mark_{name}();
""")
    return "".join(out) + """CREATE TRIGGER addresses_mark_claimed AFTER INSERT ON addresses
    REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION ldapwizard_mark_forwarding();
CREATE TRIGGER addresses_mark_released AFTER DELETE ON addresses
    REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION ldapwizard_mark_forwarding();
CREATE TRIGGER addresses_mark_disabled AFTER UPDATE OF disabled ON addresses
    FOR EACH ROW WHEN (NEW.disabled IS DISTINCT FROM OLD.disabled)
    EXECUTE FUNCTION ldapwizard_mark_disabled();
CREATE CONSTRAINT TRIGGER forwards_dirty_joined AFTER INSERT ON forwards_dirty
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ldapwizard_join_forwards();
"""


# the same in PostgreSQL: the view a security barrier as the others, readable by the roles
# that read mail_forwards; the marked addresses are joined at this migration's COMMIT
POSTGRESQL = TABLES + _pg_functions() + _pg_triggers() + """
ALTER VIEW mail_forwards_joined SET (security_barrier = true);
""" + pg_grant_like("mail_forwards", "mail_forwards_joined") + MARK_ALL


def refresh(connection) -> None:
    """Join the addresses marked in this transaction afresh (SQLite; called before COMMIT)."""
    if connection.execute("SELECT 1 FROM forwards_dirty LIMIT 1").fetchone():
        for statement in SQLITE_REFRESH.strip().split(";\n"):
            connection.execute(statement)
