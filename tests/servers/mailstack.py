"""A private Postfix and Dovecot on loopback ports, rendered by `ldapwizard mailstack render
--instance` and started with the commands its README gives, for the mail tests.

One instance serves a whole test session, as a stop takes seconds: `serve(db)` renders it
again and reloads Dovecot (milliseconds); for another database file Postfix restarts without
its start-up checks (its idle daemons would answer one more client from the old database
even after a reload). Everything lives in one short folder under /tmp, which Postfix and the mail
user can pass through (a pytest tmp_path cannot: its parents are 0700, and Unix socket paths
must stay short).
"""

from __future__ import annotations

import atexit
import contextlib
import imaplib
import io
import os
import shutil
import signal
import smtplib
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTPUTF8
from pathlib import Path

from ldapwizard.cli import run

HOST = "127.0.0.1"
_TOOLS = ("postfix", "postmap", "postconf", "dovecot", "doveadm")
_MODULES = (Path("/usr/lib/postfix/postfix-sqlite.so"),
            Path("/usr/lib/dovecot/modules/auth/libdriver_sqlite.so"),
            Path("/usr/lib/dovecot/modules/auth/libauthdb_ldap.so"))
PACKAGES = "postfix postfix-sqlite dovecot-imapd dovecot-sqlite dovecot-ldap"
# Debian's master.cf as the package ships it: smtpd, cleanup, trivial-rewrite… chrooted
DISTRIBUTION_MASTER_CF = Path("/usr/share/postfix/master.cf.dist")
_PGSQL_MODULES = (Path("/usr/lib/postfix/postfix-pgsql.so"),
                  Path("/usr/lib/dovecot/modules/auth/libdriver_pgsql.so"))


def mailstack_missing_reason() -> str | None:
    """Why a private Postfix and Dovecot cannot run here, or None when they can."""
    if os.name != "posix" or os.geteuid() != 0:
        return "the mail server tests start Postfix and Dovecot, which needs root"
    missing = [t for t in _TOOLS if shutil.which(t, path="/usr/sbin:/usr/bin") is None]
    missing += [str(m) for m in _MODULES if not m.exists()]
    if missing:
        return f"{', '.join(missing)} missing (Debian: apt-get install {PACKAGES})"
    return None


def pgsql_missing_reason() -> str | None:
    """Why Postfix and Dovecot cannot read a PostgreSQL database here, or None."""
    missing = [str(m) for m in _PGSQL_MODULES if not m.exists()]
    if missing:
        return f"{', '.join(missing)} missing (Debian: apt-get install postfix-pgsql " \
            "dovecot-pgsql)"
    return None


def free_ports(count: int) -> list[int]:
    """`count` loopback ports free right now."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind((HOST, 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def _wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _terminate(pids, timeout: float = 10.0) -> None:
    """SIGTERM each master (which stops its daemons) and wait until they are gone."""
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.02)


def _command(*args: str) -> None:
    # output to a file, not a pipe: a daemon keeps its inherited stdout open, and reading a
    # pipe would wait for it to exit
    with tempfile.TemporaryFile() as output:
        status = subprocess.run(args, stdin=subprocess.DEVNULL, stdout=output,
                                stderr=subprocess.STDOUT, timeout=60).returncode
        if status != 0:
            output.seek(0)
            raise RuntimeError(f"{' '.join(args)} failed ({status}):\n"
                               f"{output.read().decode(errors='replace')}")


@dataclass
class MailStack:
    """A running private Postfix and Dovecot, and ways to talk to them as a client would."""

    folder: Path  # holds the instance and the databases it serves
    smtp_port: int
    imap_port: int
    timings: dict[str, float] = field(default_factory=dict)
    running: bool = False
    database: Path | str | None = None  # a file, or a PostgreSQL URL
    # an instance served with TLS (render --tls-cert/--tls-key) has these too
    submission_port: int | None = None
    imaps_port: int | None = None

    @property
    def instance(self) -> Path:
        """The folder `mailstack render --instance` writes."""
        return self.folder / "instance"

    @property
    def dovecot_conf(self) -> Path:
        """dovecot.conf, for `dovecot -c` and `doveadm -c`."""
        return self.instance / "dovecot" / "dovecot.conf"

    @property
    def postfix_dir(self) -> Path:
        """The folder for `postfix -c`."""
        return self.instance / "postfix"

    def database_folder(self, name: str) -> Path:
        """A folder for a user database that the daemons can reach."""
        folder = self.folder / name
        folder.mkdir(mode=0o755, exist_ok=True)
        return folder

    def render(self, database: Path | str, *options: str) -> str:
        """`ldapwizard mailstack render --instance` for `database`; its output."""
        buffer = io.StringIO()
        ports = ["--smtp-port", str(self.smtp_port), "--imap-port", str(self.imap_port)]
        if self.submission_port is not None:
            ports += ["--submission-port", str(self.submission_port),
                      "--imaps-port", str(self.imaps_port)]
        with contextlib.redirect_stdout(buffer):
            status = run(["mailstack", "render", "--db", str(database), "--out",
                          str(self.instance), "--instance", *ports, *options])
        if status != 0:
            raise RuntimeError(f"mailstack render failed ({status}):\n{buffer.getvalue()}")
        return buffer.getvalue()

    def serve(self, database: Path | str, *options: str, probe: str | None = None) -> str:
        """Serve `database` from now on: render, then start or reload the daemons.

        `probe` (a user's address, whose local part is their login) is asked for until both
        daemons answer from the new configuration.
        """
        before = self._postfix_files()
        output = self.render(database, *options)
        self.database = database
        if not self.running:
            self.start()
            return output
        started = time.monotonic()
        if self._postfix_files() != before:
            self._restart_postfix()
        _command("doveadm", "-c", str(self.dovecot_conf), "reload")
        if probe:
            self.wait_until_served(probe)
        self.timings["reload"] = time.monotonic() - started
        return output

    def _restart_postfix(self) -> None:
        """Another database: Postfix's idle daemons would answer one more client from the file
        they opened, even after a reload, so restart it (without its start-up checks)."""
        started = time.monotonic()
        _terminate([self.master_pids()[0]])
        (self.instance / "spool" / "quick-start").touch()  # postfix-script skips its checks
        _command("postfix", "-c", str(self.postfix_dir), "start")
        _wait_for_port(self.smtp_port)
        self.timings["postfix restart"] = time.monotonic() - started

    def _postfix_files(self) -> dict[str, bytes]:
        folder = self.postfix_dir
        return {p.name: p.read_bytes() for p in folder.glob("*")} if folder.is_dir() else {}

    def start(self) -> None:
        """Start both daemons as the instance's README says, and wait until they answer."""
        started = time.monotonic()
        self.running = True  # from here on, stop() stops whatever did start
        _command("postfix", "-c", str(self.postfix_dir), "start")
        _command("dovecot", "-c", str(self.dovecot_conf))
        _wait_for_port(self.smtp_port)
        _wait_for_port(self.imap_port)
        deadline = time.monotonic() + 10
        while True:  # the masters write their PID files after they start listening
            try:
                self.master_pids()
                break
            except (OSError, ValueError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.02)
        self.timings["start"] = time.monotonic() - started

    def stop(self) -> None:
        """Stop both daemons at once: SIGTERM to each master, as `postfix stop` and `doveadm
        stop` send, polled every 20 ms instead of every second."""
        if not self.running:
            return
        started = time.monotonic()
        try:
            _terminate(self.master_pids())
        except (OSError, ValueError):  # a master that did not start: ask the commands
            for args in (["postfix", "-c", str(self.postfix_dir), "stop"],
                         ["doveadm", "-c", str(self.dovecot_conf), "stop"]):
                subprocess.run(args, capture_output=True, timeout=60)
        self.running = False
        self.timings["stop"] = time.monotonic() - started

    @contextlib.contextmanager
    def postfix_stopped(self):
        """Postfix stopped (Dovecot running) for a while, then started again as it was."""
        _terminate([self.master_pids()[0]])
        try:
            yield
        finally:
            (self.instance / "spool" / "quick-start").touch()  # postfix-script skips checks
            _command("postfix", "-c", str(self.postfix_dir), "start")
            _wait_for_port(self.smtp_port)

    @contextlib.contextmanager
    def dovecot_stopped(self):
        """Dovecot stopped (Postfix running) for a while, then started again as it was."""
        _terminate([self.master_pids()[1]])
        try:
            yield
        finally:
            _command("dovecot", "-c", str(self.dovecot_conf))
            _wait_for_port(self.imap_port)

    @contextlib.contextmanager
    def distribution_master_cf(self):
        """Run Postfix with the distribution's own master.cf (its chroot column as shipped),
        changed only in where smtpd listens; the rendered master.cf is back afterwards."""
        master_cf = self.postfix_dir / "master.cf"
        rendered = master_cf.read_bytes()
        lines = []
        for line in DISTRIBUTION_MASTER_CF.read_text(encoding="utf-8").splitlines():
            words = line.split()
            if words[:2] == ["smtp", "inet"]:  # the only adaptation: loopback, our port
                line = line.replace("smtp ", f"{HOST}:{self.smtp_port} ", 1)
            lines.append(line)
        master_cf.write_text("\n".join(lines) + "\n", encoding="utf-8")
        try:
            self._restart_postfix()
            yield master_cf
        finally:
            master_cf.write_bytes(rendered)
            self._restart_postfix()

    def master_pids(self) -> tuple[int, int]:
        """The PIDs of Postfix's and Dovecot's master processes (a restart changes them)."""
        postfix = int((self.instance / "spool" / "pid" / "master.pid").read_text().split()[0])
        dovecot = int((self.instance / "dovecot" / "run" / "master.pid").read_text().split()[0])
        return postfix, dovecot

    def wait_until_served(self, address: str, timeout: float = 10.0) -> None:
        """Until Postfix accepts mail for `address` and Dovecot knows its login."""
        login = address.partition("@")[0]
        deadline = time.monotonic() + timeout
        while self.refusal(address) is not None or subprocess.run(
                ["doveadm", "-c", str(self.dovecot_conf), "user", "--", login],
                capture_output=True).returncode != 0:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{address} is not served after the reload")
            time.sleep(0.05)

    # --- a mail client's view ------------------------------------------------------------

    def send(self, to: str, subject: str, timeout: float = 10) -> None:
        """Submit one message over SMTP (SMTPUTF8 when an address needs it); raises
        smtplib.SMTPRecipientsRefused when Postfix refuses the recipient. `timeout`: for one
        answer (a big list's DATA is answered after its expansion)."""
        message = EmailMessage(policy=SMTPUTF8)
        message["From"] = "tester@outside.example"
        message["To"] = to
        message["Subject"] = subject
        message.set_content(f"{subject}\n")
        with smtplib.SMTP(HOST, self.smtp_port, timeout=timeout) as smtp:
            smtp.send_message(message)

    def refusal(self, to: str) -> tuple[int, bytes] | None:
        """What Postfix answers to RCPT TO for `to` when it refuses it, else None."""
        with smtplib.SMTP(HOST, self.smtp_port, timeout=10) as smtp:
            smtp.ehlo()
            options = ["SMTPUTF8"] if not to.isascii() else []
            smtp.mail("tester@outside.example", options)
            code, text = smtp.rcpt(to)
            smtp.rset()
        return None if code in (250, 251) else (code, text)

    def sign_in(self, login: str, password: str) -> imaplib.IMAP4:
        """An IMAP session signed in as `login` (AUTHENTICATE PLAIN, UTF-8); raises
        imaplib.IMAP4.error when Dovecot refuses."""
        imap = imaplib.IMAP4(HOST, self.imap_port, timeout=10)
        try:
            imap.authenticate("PLAIN", lambda _: f"\0{login}\0{password}".encode())
        except BaseException:
            imap.logout()
            raise
        return imap

    def subjects(self, login: str, password: str, *, expect: int = 0, wanted=(),
                 timeout: float = 10.0) -> list[str]:
        """The subjects in the INBOX of `login`, waiting until at least `expect` arrived and
        every subject in `wanted` is among them (an inbox other tests wrote to may hold
        `expect` messages before this test's have come)."""
        wanted = set(wanted)
        deadline = time.monotonic() + timeout
        while True:
            imap = self.sign_in(login, password)
            try:
                _, count = imap.select("INBOX", readonly=True)
                data = []  # an empty INBOX has no "1:*" to fetch: nothing has arrived yet
                if int(count[0]):
                    _, data = imap.fetch("1:*", "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
            finally:
                imap.logout()
            found = [part[1].decode("utf-8", "replace").partition(":")[2].strip()
                     for part in data if isinstance(part, tuple)]
            if (len(found) >= expect and wanted <= set(found)) or time.monotonic() > deadline:
                return found
            time.sleep(0.05)


def make_mailstack(*, with_tls: bool = False) -> MailStack:
    """A private Postfix and Dovecot on free loopback ports; the first `serve` starts them.
    `with_tls`: ports for submission and IMAPS too (serve it with --tls-cert/--tls-key)."""
    folder = Path(tempfile.mkdtemp(prefix="lw-mail-", dir="/tmp"))
    os.chmod(folder, 0o755)
    if with_tls:
        smtp, imap, submission, imaps = free_ports(4)
        stack = MailStack(folder, smtp, imap, submission_port=submission, imaps_port=imaps)
    else:
        smtp, imap = free_ports(2)
        stack = MailStack(folder, smtp, imap)
    atexit.register(stack.stop)
    return stack


def remove_mailstack(stack: MailStack) -> None:
    """Stop the daemons and delete their folder (with the databases in it)."""
    stack.stop()
    shutil.rmtree(stack.folder, ignore_errors=True)
