"""Directories full of nasties: control characters, 10 MB values, invalid UTF-8, duplicate and
case-variant addresses — from a real slapd and, property-based, straight into the engine.

Every entry ends as an importable user or a listed problem; preview, import, the report and the
CSV files are written without a crash, no cell can run as a formula, and a hostile bind user or
base DN sent to the server ends in one of our typed errors.
"""

from __future__ import annotations

import base64
import contextlib
import csv
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ldapwizard.cli import run
from ldapwizard.core.directory.listing import list_users
from ldapwizard.core.directory.presets import get_preset
from ldapwizard.core.directory.records import user_from_entry
from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.importer import run_import
from ldapwizard.core.maildb.planner import NEW, PROBLEM, PlanOptions, make_plan
from ldapwizard.core.maildb.reports import write_preview, write_report
from tests.faults.hostile import assert_clear, corpus, ids
from tests.faults.limits import cli_args
from tests.servers import seed
from tests.servers.seed import READER_PASSWORD
from tests.servers.slapd_access import slapd_settings

BIG = 10 * 1024 * 1024
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def ldif_value(name: str, value: str | bytes) -> str:
    data = value if isinstance(value, bytes) else value.encode("utf-8")
    return f"{name}:: {base64.b64encode(data).decode()}\n"


def person(uid: str, mail: str | None, display: str | bytes) -> str:
    lines = [ldif_value("dn", f"uid={uid},{seed.PEOPLE_DN}"), "objectClass: inetOrgPerson\n",
             ldif_value("uid", uid), ldif_value("cn", uid), ldif_value("sn", uid),
             ldif_value("displayName", display)]
    if mail is not None:
        lines.append(ldif_value("mail", mail))
    return "".join(lines) + "\n"


def nasty_entries() -> tuple[str, int]:
    """LDIF people carrying every corpus value, and how many."""
    values = corpus()["directory_values"]
    entries = []
    for group, texts in values.items():
        for k, text in enumerate(texts):
            uid = f"nasty-{group.replace(' ', '-')}-{k}"
            if "address" in group:
                entries.append(person(uid, text, f"Address {k}"))
            else:
                entries.append(person(uid, f"{uid}@{seed.MAIL_DOMAIN}", text))
    entries.append(person("nasty-huge", f"nasty-huge@{seed.MAIL_DOMAIN}", "x" * BIG))
    return "".join(entries), len(entries)


@pytest.fixture
def nasty_slapd(make_slapd, tmp_path):
    ldif = tmp_path / "nasty.ldif"
    summary = seed.write_ldif(ldif, users=seed.MIN_USERS)
    extra, count = nasty_entries()
    with ldif.open("a", encoding="utf-8") as f:
        f.write("\n" + extra)
    return make_slapd(ldif=ldif), summary.total_users + count, count


@contextlib.contextmanager
def huge_csv_fields():
    """Let this test's own csv reader read the 10 MB cells."""
    previous = csv.field_size_limit(2 * BIG)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def cells(path: Path) -> list[str]:
    with huge_csv_fields(), path.open(encoding="utf-8-sig", newline="") as f:
        return [cell for row in csv.reader(f) for cell in row]


@pytest.mark.slapd
def test_a_directory_of_nasty_values_is_previewed_imported_and_reported_safely(
        nasty_slapd, tmp_path, monkeypatch, capsys, ledger):
    server, total, nasty = nasty_slapd
    ledger.hostile("directory value (slapd)", nasty)
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    db, preview, report = (tmp_path / n for n in ("users.sqlite", "preview.csv", "report.csv"))
    # a 10 MB value is past the 1 MiB a value may have by default: the admin raises the bound
    common = [*cli_args(server, server.ldap_port, "starttls"), "--receive-timeout", "60",
              "--max-value-size", "16M", "--domain", seed.MAIL_DOMAIN, "--db", str(db)]
    assert run(["preview", *common, "--csv", str(preview)]) == 0
    out = capsys.readouterr()
    assert f"the listing was complete ({total} entries)" in out.out, out.err
    assert run(["import", *common, "--all", "--report", str(report)]) == 0
    out = capsys.readouterr()
    assert "Traceback" not in out.err and out.out.splitlines()[-1].startswith("Batch 1: ")
    for path in (preview, report):
        assert not [c for c in cells(path) if c.startswith(FORMULA_STARTS)]
    with huge_csv_fields(), preview.open(encoding="utf-8-sig", newline="") as f:
        rows = {r["dn"]: r for r in csv.DictReader(f)}
    case_variants = [r for dn, r in rows.items() if "case-variant" in dn]
    assert len(case_variants) == 3 and all(r["status"] == PROBLEM for r in case_variants)
    assert all("duplicate" in r["reason"] for r in case_variants), case_variants
    huge = next(r for dn, r in rows.items() if "nasty-huge" in dn)
    assert huge["status"] == NEW
    with UserDatabase.open(db) as database:
        stored = database.connection.execute(
            "SELECT display_name FROM users WHERE username = 'nasty-huge'").fetchone()
        assert stored is not None and len(stored[0]) == BIG


@pytest.mark.slapd
@pytest.mark.parametrize("bind_user", corpus()["bind_user"], ids=ids(corpus()["bind_user"]))
def test_a_hostile_bind_user_sent_to_the_server_ends_in_a_typed_error(
        bind_user, slapd_server, people, ledger):
    ledger.hostile("bind user (slapd)")
    settings = slapd_settings(slapd_server, bind_user=bind_user)
    try:
        # slapd itself accepts some (it trims "cn=reader\r\n,…" to the reader's DN)
        assert list_users(settings, READER_PASSWORD, people).users
    except LdapWizardError as error:
        assert_clear(error)


@pytest.mark.slapd
@pytest.mark.parametrize("base_dn", corpus()["dn"], ids=ids(corpus()["dn"]))
def test_a_hostile_base_dn_is_refused_before_or_by_the_server_clearly(
        base_dn, slapd_server, monkeypatch, capsys, ledger):
    ledger.hostile("base DN (slapd)")
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    args = cli_args(slapd_server, slapd_server.ldap_port, "starttls")
    args[args.index("--binding") + 1] = base_dn
    code = run(["list", *args, "-q"])
    err = capsys.readouterr().err
    assert code in (0, 1, 2) and "Traceback" not in err
    if code:
        assert err.startswith("error: ") and len(err) < 5000, err[:300]


@pytest.mark.slapd
def test_a_base_dn_ldap3_cannot_encode_is_a_typed_error_in_the_engine(slapd_server, people,
                                                                      ledger):
    from dataclasses import replace

    ledger.hostile("base DN (engine API)")
    with pytest.raises(LdapWizardError):
        list_users(slapd_settings(slapd_server), READER_PASSWORD,
                   replace(people, base_dn="cn=\udcff,dc=x"))


# --- property-based: raw attribute values straight into the engine ------------------------

RAW = st.one_of(
    st.binary(max_size=40),  # invalid UTF-8 included
    st.text(max_size=30).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([v.encode("utf-8") for vs in corpus()["directory_values"].values()
                     for v in vs]),
)


@st.composite
def raw_entries(draw):
    count = draw(st.integers(min_value=1, max_value=8))
    entries = []
    for k in range(count):
        raw = {name: draw(st.lists(RAW, max_size=3))
               for name in ("uid", "mail", "displayName", "cn")
               if draw(st.booleans())}
        raw["entryUUID"] = [f"00000000-0000-0000-0000-{k:012d}".encode()]
        if draw(st.booleans()):
            raw["mail"] = [draw(st.sampled_from([b"Dup@Example.com", b"dup@example.com",
                                                 b"ok%d@example.com" % k]))]
        entries.append((f"uid=e{k},ou=people,dc=example,dc=com",
                        {key.lower(): value for key, value in raw.items()}))
    return entries


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(entries=raw_entries())
def test_any_raw_directory_values_plan_import_and_export_without_a_crash(entries, ledger):
    ledger.hostile("raw directory entry (hypothesis)", len(entries))
    preset = get_preset("openldap")
    users = [user_from_entry(dn, raw, preset) for dn, raw in entries]
    plan = make_plan(users, PlanOptions(domain="example.com"))
    assert len(plan.entries) == len(users)
    with tempfile.TemporaryDirectory() as folder:
        with UserDatabase.open(Path(folder) / "users.sqlite", write=True,
                               create=True) as database:
            report = run_import(database, plan, plan.entries)
        assert report.counts["failed"] == 0, [line.reason for line in report.lines]
        assert report.counts["created"] == sum(e.status == NEW for e in plan.entries)
        preview, written = Path(folder) / "preview.csv", Path(folder) / "report.csv"
        write_preview(str(preview), plan, show_hidden=True)
        write_report(str(written), report)
        for path in (preview, written):
            assert not [c for c in cells(path) if c.startswith(FORMULA_STARTS)]


# --- the preview CSV of a directory with a huge value, edited and given back -------------

def huge_preview(tmp_path: Path) -> Path:
    """A preview CSV whose one entry has a 200 kB display name, ticked for import."""
    preset = get_preset("openldap")
    user = user_from_entry("uid=big,ou=people,dc=example,dc=com", {
        "uid": [b"big"], "mail": [b"big@example.com"], "displayname": [b"x" * 200_000],
        "entryuuid": [b"00000000-0000-0000-0000-000000000001"]}, preset)
    plan = make_plan([user], PlanOptions(domain="example.com"))
    path = tmp_path / "preview.csv"
    write_preview(str(path), plan, selected={user.stable_id})
    return path


def test_a_selection_file_the_csv_module_cannot_read_is_refused_clearly(tmp_path, capsys,
                                                                         ledger):
    ledger.hostile("selection CSV with a 200 kB cell")
    code = run(["--demo", "import", "--domain", "demo.example", "--db",
                str(tmp_path / "users.sqlite"), "--select", str(huge_preview(tmp_path))])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert code in (0, 2), err
    if code == 2:
        assert "could not be read as CSV" in err and "What to do:" in err


def test_a_preview_with_a_huge_value_can_be_given_back_as_the_selection(tmp_path, ledger):
    from ldapwizard.core.maildb.reports import read_selection

    ledger.hostile("selection CSV with a 200 kB cell")
    ids_, _ = read_selection(huge_preview(tmp_path))
    assert set(ids_) == {"00000000-0000-0000-0000-000000000001"}
