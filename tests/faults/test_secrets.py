"""The password lives in the keyring and nowhere else; a keyring that fails says so.

Every file the application writes in a whole working session (profiles, settings, window.ini,
logs, CSV files, reports, the database and its WAL, the crontab entry) and the command line of
every process it starts are searched for the password, in plain text and common encodings.
A locked or missing keyring gives a message with what to do, on the command line and in the
wizard — never a traceback.
"""

from __future__ import annotations

import base64
import os
import subprocess
import threading
import time
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt

from ldapwizard.cli import run
from ldapwizard.core.job import paths
from tests.faults.limits import cli_args
from tests.gui.driving import press_next, slapd_form, to_users_page, wait_complete
from tests.servers import seed
from tests.servers.seed import READER_PASSWORD

pytestmark = pytest.mark.slapd


def encodings(secret: str) -> dict[str, bytes]:
    raw = secret.encode()
    return {"utf-8": raw, "utf-16-le": secret.encode("utf-16-le"),
            "base64": base64.b64encode(raw).rstrip(b"="), "hex": raw.hex().encode()}


def leaks(data: bytes, secret: str) -> list[str]:
    return [name for name, form in encodings(secret).items() if form in data]


class ChildWatch:
    """Records the command line and environment of every descendant process while running."""

    def __init__(self):
        self.seen: dict[int, tuple[bytes, bytes]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _descendants(self) -> list[int]:
        parents: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                    parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
                except (OSError, ValueError, IndexError):
                    continue
        ours, found = {os.getpid()}, True
        while found:
            found = False
            for pid, parent in parents.items():
                if parent in ours and pid not in ours:
                    ours.add(pid)
                    found = True
        ours.discard(os.getpid())
        return sorted(ours)

    def _watch(self) -> None:
        while not self._stop.is_set():
            for pid in self._descendants():
                if pid not in self.seen:
                    try:
                        self.seen[pid] = (Path(f"/proc/{pid}/cmdline").read_bytes(),
                                          Path(f"/proc/{pid}/environ").read_bytes())
                    except OSError:
                        continue
            time.sleep(0.005)


def written_files(*extra: Path) -> list[Path]:
    folders = [paths.config_dir(), paths.data_dir(), paths.log_dir(), *extra]
    return sorted({p for folder in folders if folder.exists() for p in folder.rglob("*")
                   if p.is_file()})


def assert_nowhere(files: list[Path], texts: list[str], watch: ChildWatch, ledger, *,
                   environments: bool) -> None:
    found = [(str(p), leaks(p.read_bytes(), READER_PASSWORD)) for p in files]
    found += [(f"output {i}", leaks(t.encode(), READER_PASSWORD)) for i, t in enumerate(texts)]
    for pid, (cmdline, environ) in watch.seen.items():
        found.append((f"argv of {cmdline[:80]!r}", leaks(cmdline, READER_PASSWORD)))
        if environments:
            found.append((f"environment of pid {pid}", leaks(environ, READER_PASSWORD)))
    ledger.fault("secrets: file, output or process searched", len(found))
    assert [f for f in found if f[1]] == []


def test_a_whole_command_line_session_leaves_the_password_only_in_the_keyring(
        slapd_server, user_crontab, memory_keyring, monkeypatch, tmp_path, capsys, ledger):
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    work = tmp_path / "work"
    work.mkdir()
    db = work / "users.sqlite"
    outputs = []

    def step(*argv, expect=0):
        assert run(list(argv)) == expect, argv
        captured = capsys.readouterr()
        outputs.extend([captured.out, captured.err])

    with ChildWatch() as watch:
        step("profile", "save", "lab", *cli_args(slapd_server, slapd_server.ldap_port,
                                                 "starttls"), "--remember-password",
             "--receive-timeout", "30")
        monkeypatch.delenv("LDAPWIZARD_PASSWORD")  # from now on only the keyring has it
        common = ["--profile", "lab"]
        step("test", *common)
        step("list", *common, "--csv", str(work / "list.csv"))
        step("preview", *common, "--domain", seed.MAIL_DOMAIN, "--db", str(db), "--csv",
             str(work / "preview.csv"))
        step("import", *common, "--domain", seed.MAIL_DOMAIN, "--db", str(db), "--all",
             "--report", str(work / "import.csv"))
        step("sync", *common, "--domain", seed.MAIL_DOMAIN, "--db", str(db), "--report",
             str(work / "sync.csv"))
        step("profile", "save", "lab", "--domain", seed.MAIL_DOMAIN, "--db", str(db))
        step("schedule", "add", "--profile", "lab", "--every", "6")
        crontab = subprocess.run(["crontab", "-l"], capture_output=True, text=True).stdout
        assert "ldapwizard" in crontab and "lab" in crontab
        step("schedule", "remove", "--profile", "lab")
        step("db", "show", "--db", str(db))
        step("undo", "1", "--db", str(db))
    assert memory_keyring.secrets[("ldapwizard", "profile:lab")] == READER_PASSWORD
    files = written_files(work)
    assert {p.suffix for p in files} >= {".json", ".csv", ".log", ".sqlite"}, files
    assert len(watch.seen) >= 1  # crontab ran as a child and was seen
    # the password came from the environment at first: children may inherit that
    assert_nowhere(files, [*outputs, crontab], watch, ledger, environments=False)


def test_a_whole_wizard_session_leaves_the_password_only_in_the_keyring(
        real_wizard, slapd_server, memory_keyring, monkeypatch, qtbot, tmp_path,
        ledger):
    from PySide6.QtWidgets import QInputDialog

    wizard = real_wizard
    connection, _, users, importing = wizard.pages
    with ChildWatch() as watch:
        slapd_form(connection, slapd_server)
        connection.remember_check.setChecked(True)
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Lab", True))
        qtbot.mouseClick(connection.profile_bar.save_button, Qt.MouseButton.LeftButton)
        to_users_page(wizard, qtbot, slapd_server)
        wait_complete(qtbot, users, timeout=60_000)
        users.export_to(str(tmp_path / "preview.csv"))
        press_next(wizard)
        qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
        wait_complete(qtbot, importing)
        importing.save_report_to(str(tmp_path / "report.csv"))
        wizard.reject()  # closing the window writes window.ini
    assert memory_keyring.secrets[("ldapwizard", "profile:Lab")] == READER_PASSWORD
    files = written_files(tmp_path)
    assert any(p.name == "window.ini" for p in files) and len(watch.seen) >= 1
    # the password was typed into the window: no child may carry it, not even in its
    # environment (the listing process gets it through a pipe)
    assert_nowhere(files, [], watch, ledger, environments=True)


# --- keyrings that fail ------------------------------------------------------------------

@pytest.fixture
def saved_profile(slapd_server, monkeypatch, capsys):
    """Profile "lab" with its password remembered in the (memory) keyring."""
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    assert run(["profile", "save", "lab", *cli_args(slapd_server, slapd_server.ldap_port,
                                                   "starttls"), "--remember-password"]) == 0
    monkeypatch.delenv("LDAPWIZARD_PASSWORD")
    capsys.readouterr()


@pytest.fixture
def no_keyring():
    """No keyring at all, as keyring itself reports it (its fail backend)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_a_locked_keyring_is_explained_on_the_command_line(saved_profile, memory_keyring,
                                                           capsys, ledger):
    memory_keyring.locked = True
    for argv in (["list", "--profile", "lab", "-q"], ["test", "--profile", "lab"],
                 ["profile", "delete", "lab"]):
        code = run(argv)
        ledger.fault("keyring: locked (CLI)")
        err = capsys.readouterr().err
        assert code == 1 and "Traceback" not in err
        assert "keyring" in err and "What to do: Unlock the keyring" in err, err


def test_a_missing_keyring_is_explained_on_the_command_line(saved_profile, no_keyring, capsys,
                                                            monkeypatch, ledger):
    monkeypatch.setattr("sys.stdin", None)  # a scheduled job: nobody to ask
    code = run(["list", "--profile", "lab", "-q"])
    ledger.fault("keyring: absent (CLI)")
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "no system keyring on this computer" in err and "--password-file" in err, err
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    code = run(["profile", "save", "other", "--host", "dc1", "--remember-password"])
    ledger.fault("keyring: absent (CLI)")
    err = capsys.readouterr().err
    assert code == 1 and "no system keyring" in err and "Traceback" not in err, err
    assert READER_PASSWORD not in err


@pytest.mark.parametrize("failure", ["locked", "absent"])
def test_a_failing_keyring_is_explained_in_the_wizard(failure, saved_profile, real_wizard,
                                                      memory_keyring, monkeypatch, qtbot,
                                                      ledger):
    from ldapwizard.gui.pages import connection_page

    shown = []
    monkeypatch.setattr(connection_page, "show_error", lambda parent, error: shown.append(error))
    if failure == "locked":
        memory_keyring.locked = True
    else:
        keyring.set_keyring(keyring.backends.fail.Keyring())
    connection = real_wizard.pages[0]
    index = connection.profile_bar.combo.findData("lab")
    connection.profile_bar.combo.setCurrentIndex(index)
    connection.profile_bar.combo.activated.emit(index)  # as a person choosing it
    ledger.fault(f"keyring: {failure} (wizard)")
    text = connection.result_label.text()
    assert "keyring" in text and "✗" in text, text
    assert connection.password_edit.text() == ""
    # saving with "remember" while the keyring fails: a message box, the form kept
    connection.password_edit.setText(READER_PASSWORD)
    qtbot.mouseClick(connection.profile_bar.save_button, Qt.MouseButton.LeftButton)
    ledger.fault(f"keyring: {failure} (wizard)")
    assert len(shown) == 1 and "keyring" in shown[0].message and shown[0].hint
    assert READER_PASSWORD not in shown[0].message + (shown[0].detail or "")
