"""The wizard with N users listed: time to the first page on screen, GUI-thread stalls while
rows stream in, and the process's peak memory.

    python -m bench.wizard --users 100000

Runs offscreen against a private slapd built with slapadd (as bench.engine does).
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="ldapwizard-bench-"))
    os.environ["LDAPWIZARD_CONFIG_DIR"] = str(work / "config")
    os.environ["LDAPWIZARD_DATA_DIR"] = str(work / "data")
    try:
        return run(work, args.users)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(work: Path, users: int) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ldapwizard.gui.context import AppContext
    from ldapwizard.gui.wizard import LdapWizard
    from tests.servers import seed
    from tests.servers.certs import make_pki
    from tests.servers.slapd import start_slapd

    seed.write_ldif(work / "data.ldif", users=users)
    server = start_slapd(work / "slapd", work / "data.ldif", make_pki(work / "pki"),
                         max_page_size="unlimited")
    _app = QApplication([])  # kept referenced for the run
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    try:
        wizard = LdapWizard(AppContext(database_path=work / "users.sqlite"))
        wizard.show()
        session = wizard.session
        session.profile = session.profile.merged(
            server_type="openldap", host=server.host, port=server.ldap_port,
            security="none", bind_user=server.reader_dn, binding=seed.BASE_DN, page_size=1000)
        session.password = server.reader_password
        session.domain = seed.MAIL_DOMAIN
        session.database_path = work / "users.sqlite"
        users_page = wizard.pages[2]
        stamps: list[float] = []
        first: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
        users_page.task.progressed.connect(
            lambda _: first or first.append(time.perf_counter()))
        loop = QEventLoop()
        users_page.task.succeeded.connect(loop.quit)
        users_page.task.failed.connect(lambda error: (print(error), loop.quit()))
        timer.start(5)
        started = time.perf_counter()
        users_page.list_users()
        loop.exec()
        done = time.perf_counter()
        timer.stop()
        gaps = sorted(b - a for a, b in itertools.pairwise(stamps))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"wizard with {users_page.model.total_count()} users listed")
        print(f"time to the first page on screen   {first[0] - started:7.3f} s")
        print(f"whole listing and plan              {done - started:7.3f} s")
        print(f"GUI thread: longest stall           {gaps[-1] * 1000:7.1f} ms "
              f"(99th percentile {gaps[int(len(gaps) * 0.99)] * 1000:.1f} ms)")
        print(f"peak memory of the app              {peak:7.0f} MiB "
              f"({before:.0f} MiB before the wizard)")
        for page in wizard.pages:
            page.task.wait()
    finally:
        server.kill()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
