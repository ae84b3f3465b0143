"""Fixtures for the mail server tests (tests/mail, tests/attacks): one private Postfix and
Dovecot for the session, and test directories (slapd) whose people have passwords and mail.

Each module gets its own slapd (tests there change it) and its own `Lab`: a profile saved in
the module's config folder, a user database the daemons can read. A test steps into the lab
with the `in_lab` fixture (the per-test isolation gives every test fresh folders otherwise).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ldapwizard.cli import run
from tests.mail.lab import ALIASES, DOMAIN, EXTRA_PEOPLE, LISTS, LOCAL_PASSWORD, start_directory
from tests.servers import seed
from tests.servers.mailstack import (
    MailStack,
    mailstack_missing_reason,
    make_mailstack,
    remove_mailstack,
)
from tests.servers.slapd import SlapdServer


@pytest.fixture(scope="session")
def mail_stack() -> Iterator[MailStack]:
    """A private Postfix and Dovecot on loopback, for the whole session."""
    reason = mailstack_missing_reason()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the mail server tests, but {reason}", pytrace=False)
        pytest.skip(reason)
    stack = make_mailstack()
    try:
        yield stack
    finally:
        remove_mailstack(stack)
        _TIMINGS.update(stack.timings)


@pytest.fixture(scope="session")
def mail_ldif(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small seed (named users with passwords) plus EXTRA_PEOPLE."""
    path = tmp_path_factory.mktemp("mail-seed") / "seed.ldif"
    seed.write_ldif(path, users=seed.MIN_USERS)
    with path.open("a", encoding="utf-8") as ldif:
        for uid, rdn, mail, password in EXTRA_PEOPLE:
            ldif.write(f"\ndn: {rdn},{seed.PEOPLE_DN}\nobjectClass: inetOrgPerson\n"
                       f"uid: {uid}\ncn: {uid}\nsn: {uid}\nmail: {mail}\n"
                       f"userPassword: {seed.ssha(password, b'mailsalt')}\n")
    return path


@pytest.fixture(scope="module")
def mail_slapd(tmp_path_factory, mail_ldif, slapd_pki) -> Iterator[SlapdServer]:
    """This module's own slapd: its tests may change it."""
    server = start_directory(tmp_path_factory.mktemp("mail-slapd"), mail_ldif, slapd_pki)
    try:
        yield server
    finally:
        server.kill()


@dataclass
class Lab:
    """A module's job folders, its user database (a file or a PostgreSQL URL) and the
    directory reader's password file."""

    env: dict[str, str]
    db: Path | str
    password_file: Path

    @contextlib.contextmanager
    def entered(self):
        with pytest.MonkeyPatch.context() as patch:
            for name, value in self.env.items():
                patch.setenv(name, value)
            yield

    def run(self, *argv: str, stdin: str = "") -> tuple[int, str]:
        """Run an ldapwizard command in the lab; (exit status, what it printed)."""
        buffer = io.StringIO()
        with self.entered(), pytest.MonkeyPatch.context() as patch, \
                contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
            patch.setattr("sys.stdin", io.StringIO(stdin))
            status = run(list(argv))
        return status, buffer.getvalue()

    def save_profile(self, name: str, server: SlapdServer) -> None:
        status, output = self.run(
            "profile", "save", name, "--server-type", "openldap", "--host", server.host,
            "--port", str(server.ldap_port), "--security", "starttls", "--ca-file",
            str(server.ca_file), "--bind-user", server.reader_dn, "--binding", server.base_dn,
            "--domain", DOMAIN, "--db", str(self.db))
        assert status == 0, output

    def fill(self, server: SlapdServer) -> None:
        """Import `server` as the profile "lab", then add the aliases, the list and the local
        user jürgen with LOCAL_PASSWORD."""
        self.save_profile("lab", server)
        self.import_all("lab")
        db = str(self.db)
        commands = [("db", "add-alias", alias, *targets) for alias, targets in ALIASES]
        commands += [("db", "add-list", name, *members) for name, members in LISTS]
        commands.append(("db", "add-user", "jürgen@example.com"))
        for argv in commands:
            status, output = self.run(*argv, "--db", db)
            assert status == 0, output
        status, output = self.run("db", "set-password", "jürgen@example.com", "--db", db,
                                  stdin=LOCAL_PASSWORD + "\n")
        assert status == 0, output

    def served(self, server: SlapdServer, stack: MailStack) -> Lab:
        """This lab as most mail tests want it: the database shared with the mail daemons
        (`db init --group postfix`), filled from `server` (`fill`) and served by `stack`."""
        assert self.run("db", "init", "--db", str(self.db), "--group", "postfix")[0] == 0
        self.fill(server)
        with self.entered():
            stack.serve(self.db, "--password-file", str(self.password_file),
                        probe="alice@example.com")
        return self

    def import_all(self, profile: str) -> int:
        """`import --profile PROFILE --all`; the batch number."""
        status, output = self.run("import", "--profile", profile, "--all")
        assert status == 0, output
        return int(re.search(r"Batch (\d+):", output).group(1))


@pytest.fixture(scope="module")
def lab_factory(tmp_path_factory, mail_stack):
    """Makes a Lab whose database lives where the mail daemons can reach it: a file in the
    mail stack's folder, or `database` (a PostgreSQL URL, with `env` naming its PGPASSFILE)."""

    def make(name: str, reader_password: str = seed.READER_PASSWORD, *,
             database: str | None = None, env: dict[str, str] | None = None) -> Lab:
        home = tmp_path_factory.mktemp(f"lab-{name}")
        env = {f"LDAPWIZARD_{kind}_DIR": str(home / kind.lower())
               for kind in ("CONFIG", "DATA", "LOG")} | (env or {})
        env["LDAPWIZARD_PASSWORD"] = reader_password
        password_file = home / "reader.password"
        password_file.write_text(reader_password + "\n", encoding="utf-8")
        password_file.chmod(0o600)
        db = database or mail_stack.database_folder(f"db-{name}") / "users.sqlite"
        return Lab(env, db, password_file)

    return make


@pytest.fixture
def in_lab(lab):
    """Run the test inside the module's lab (its profiles, folders and reader password)."""
    with lab.entered():
        yield lab


_TIMINGS: dict[str, float] = {}


def pytest_terminal_summary(terminalreporter) -> None:
    """The mail stack's start, reload and stop times, to keep an eye on the suite's cost."""
    if _TIMINGS:
        terminalreporter.write_line(
            "mail stack (Postfix + Dovecot): "
            + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in _TIMINGS.items()))
