"""Kerberos sign-in (SASL GSSAPI) to Samba's AD DC with a ticket from kinit, through the engine.

Everything Kerberos reads is private to the test: a krb5.conf naming the DC's address as the KDC
(no DNS, no reverse lookups) and a ticket cache in tmp_path. The engine asks for
ldap/dc1.testdomain.local through `ConnectionSettings.kerberos_host` while connecting to the DC's
IP address, so no /etc/hosts line is needed.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ldapwizard.core.directory.diagnose import diagnose
from ldapwizard.core.directory.listing import list_users
from ldapwizard.core.directory.presets import get_preset
from ldapwizard.core.directory.settings import ConnectionSettings, SearchSettings
from ldapwizard.core.errors import BindError
from tests.servers import samba, samba_process

pytestmark = pytest.mark.samba

DC_HOST = f"{samba.DC_NAME}.{samba.REALM}".lower()
KDC_PORT = 88


def _tool(name: str) -> str | None:
    # samba_spnupdate lives in /usr/sbin, which is not on every user's PATH.
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin")


# autouse: checked before any test here asks for the DC, so a skip costs no provisioning
@pytest.fixture(scope="session", autouse=True)
def kerberos_client() -> None:
    """Skip without gssapi and the MIT tools, unless CI is set: there they must be installed."""
    missing = [tool for tool in ("kinit", "klist", "samba_spnupdate") if _tool(tool) is None]
    try:
        import gssapi  # noqa: F401
    except ImportError:
        missing.append("the gssapi package (pip install '.[kerberos]', built against "
                       "libkrb5-dev)")
    if not missing:
        return
    reason = f"Kerberos client missing: {', '.join(missing)}"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI is set, so the Kerberos tests must not be skipped",
                    pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def krb5_conf(
    kerberos_client: None, ad_server: samba.AdServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """A private krb5.conf whose KDC, on the session DC's address, serves that DC's database.

    The DC runs LDAP only, so a second samba process with the same smb.conf but only the `kdc`
    service answers on port 88; `samba_spnupdate` first registers the ldap/ SPNs a real DC
    registers at start, without which the KDC issues no ticket for LDAP.
    """
    dc_conf = ad_server.workdir / "etc" / "smb.conf"
    spn = subprocess.run([_tool("samba_spnupdate") or "samba_spnupdate", f"--configfile={dc_conf}"],
                         capture_output=True, text=True, timeout=60, check=False)
    assert spn.returncode == 0, f"samba_spnupdate failed: {spn.stdout}{spn.stderr}"

    directory = tmp_path_factory.mktemp("kdc")
    kdc_conf = directory / "smb.conf"
    kdc_conf.write_text(_kdc_only(dc_conf.read_text(), pid_directory=directory))
    log_file = directory / "samba.log"
    process = samba_process.launch(kdc_conf, log_file)
    try:
        _wait_for_kdc(process, ad_server.host, log_file)
        conf = directory / "krb5.conf"
        conf.write_text(
            "[libdefaults]\n"
            f"    default_realm = {ad_server.realm}\n"
            "    dns_lookup_kdc = false\n"
            "    dns_lookup_realm = false\n"
            # ask for ldap/<name as given>: no reverse or forward DNS of the host name
            "    rdns = false\n"
            "    dns_canonicalize_hostname = false\n"
            "[realms]\n"
            f"    {ad_server.realm} = {{\n        kdc = {ad_server.host}:{KDC_PORT}\n    }}\n"
            "[domain_realm]\n"
            f"    .{ad_server.realm.lower()} = {ad_server.realm}\n"
        )
        yield conf
    finally:
        samba_process.terminate(process)


def _kdc_only(dc_conf: str, *, pid_directory: Path) -> str:
    """The DC's smb.conf with only the KDC service and a pid file of its own."""
    replaced = {"server services": "kdc", "pid directory": str(pid_directory)}
    lines, seen = [], set()
    for line in dc_conf.splitlines():
        key = line.split("=", 1)[0].strip()
        if key in replaced:
            line = f"\t{key} = {replaced[key]}"
            seen.add(key)
        lines.append(line)
    assert seen == set(replaced), f"the DC's smb.conf lacks {set(replaced) - seen}"
    return "\n".join(lines) + "\n"


def _wait_for_kdc(process: subprocess.Popen, host: str, log_file: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the KDC exited with {process.returncode}:\n{samba.log_tail(log_file)}")
        try:
            socket.create_connection((host, KDC_PORT), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"no KDC on {host}:{KDC_PORT} within 30 s:\n{samba.log_tail(log_file)}")


@pytest.fixture
def ticket_cache(krb5_conf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own Kerberos configuration and ticket cache, still empty."""
    cache = tmp_path / "krb5cc"
    monkeypatch.setenv("KRB5_CONFIG", str(krb5_conf))
    monkeypatch.setenv("KRB5CCNAME", f"FILE:{cache}")
    return cache


@pytest.fixture
def reader_ticket(ticket_cache: Path, ad_server: samba.AdServer) -> str:
    """A ticket-granting ticket for the reader account in the test's cache; its principal."""
    reader = ad_server.seed.special_accounts["reader"]
    principal = f"{reader.sam}@{ad_server.realm}"
    # The password goes on stdin: a command line is visible to every user of the machine.
    result = subprocess.run(["kinit", principal], input=f"{reader.password}\n",
                            capture_output=True, text=True, timeout=30, check=False)
    assert result.returncode == 0, f"kinit {principal} failed: {result.stderr.strip()}"
    return principal


def service_tickets() -> str:
    """What klist shows for the test's ticket cache."""
    return subprocess.run(["klist"], capture_output=True, text=True, timeout=30,
                          check=False).stdout


def kerberos_settings(server: samba.AdServer, security: str = "ldaps",
                      **changes) -> ConnectionSettings:
    """Kerberos to the DC's address, TLS verified against the test CA, ticket for ldap/dc1..."""
    values = dict(host=server.host,
                  port=server.ldaps_port if security == "ldaps" else server.ldap_port,
                  security=security, verify="cafile", ca_file=str(server.ca_file),
                  auth="kerberos", kerberos_host=DC_HOST, connect_timeout=3, receive_timeout=10)
    values.update(changes)
    return ConnectionSettings(**values)


@pytest.mark.parametrize("security", ["ldaps", "starttls"])
def test_diagnosis_with_a_ticket_passes_every_step(ad_server, reader_ticket, security):
    result = diagnose(kerberos_settings(ad_server, security), None)

    failure = result.failure
    assert result.ok, f"{failure.key}: {failure.message} {failure.details}" if failure else ""
    assert [step.key for step in result.steps] == ["resolve", "connect", "tls", "bind",
                                                   "rootdse"]
    assert "kerberos" in result.steps[3].message
    # the bind really went through the KDC: it issued a ticket for the DC's LDAP service
    assert f"ldap/{DC_HOST}@{ad_server.realm}" in service_tickets()


def test_listing_with_a_ticket_has_every_seeded_person(ad_server, reader_ticket):
    search = SearchSettings(base_dn=ad_server.base_dn, preset=get_preset("ad"))

    listing = list_users(kerberos_settings(ad_server, "starttls"), None, search)

    assert {user.sam for user in ad_server.seed.person_users} <= {
        user.username for user in listing.users}


def test_without_a_ticket_the_error_says_to_run_kinit_or_sign_in(ad_server, ticket_cache):
    search = SearchSettings(base_dn=ad_server.base_dn, preset=get_preset("ad"))

    with pytest.raises(BindError) as caught:
        list_users(kerberos_settings(ad_server), None, search)

    error = caught.value
    assert error.step == "bind"
    assert "no Kerberos ticket" in error.message
    assert "kinit" in error.hint
    assert "Sign in to the domain" in error.hint
    assert str(ticket_cache) in error.detail  # the library's words stay in the details


def test_diagnosis_without_a_ticket_stops_at_the_bind_step(ad_server, ticket_cache):
    result = diagnose(kerberos_settings(ad_server), None)

    assert not result.ok
    assert result.failure.key == "bind"
    assert "no Kerberos ticket" in result.failure.message
    assert "kinit" in result.failure.hint


def test_connecting_by_address_alone_names_the_service_the_domain_lacks(ad_server,
                                                                        reader_ticket):
    settings = kerberos_settings(ad_server, kerberos_host="")

    with pytest.raises(BindError) as caught:
        list_users(settings, None, SearchSettings(base_dn=ad_server.base_dn))

    assert f"ldap/{ad_server.host}" in caught.value.message
    assert "host name" in caught.value.hint
