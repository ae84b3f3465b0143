"""Review of issue 25 (item 9, role addresses): `admin@` and `administrator@` are, with
postmaster, hostmaster and webmaster, the addresses a certificate authority may mail to prove
control of a domain (CA/Browser Forum Baseline Requirements, 3.2.2.4.4). A directory entry
whose mail is admin@DOMAIN imports without a word, so whoever controls that entry can get a
TLS certificate for the mail domain; postmaster beside it is a problem in the preview.
"""

from __future__ import annotations

import csv

import pytest

from tests.mail.lab import DOMAIN, start_directory
from tests.servers import seed
from tests.servers.directory_edits import admin

pytestmark = [pytest.mark.slapd, pytest.mark.mailstack]

ROLES = {"rv-admin": "admin", "rv-administrator": "Administrator",
         "rv-postmaster": "postmaster"}  # the last: the list, a problem already


@pytest.fixture(scope="module")
def slapd(tmp_path_factory, mail_ldif, slapd_pki):
    server = start_directory(tmp_path_factory.mktemp("review-roles"), mail_ldif, slapd_pki)
    try:
        connection = admin(server)
        for uid, local in ROLES.items():
            assert connection.add(f"uid={uid},{seed.PEOPLE_DN}", ["inetOrgPerson"], {
                "uid": uid, "cn": uid, "sn": uid, "mail": f"{local}@{DOMAIN}"}), \
                connection.result
        connection.unbind()
        yield server
    finally:
        server.kill()


@pytest.mark.parametrize("uid", ROLES)
def test_domain_validation_addresses_are_role_problems_in_the_preview(
        lab_factory, slapd, tmp_path, uid):
    lab = lab_factory("review-roles")
    lab.save_profile("lab", slapd)
    target = tmp_path / "preview.csv"
    status, output = lab.run("preview", "--profile", "lab", "--show-hidden", "--csv",
                             str(target))
    assert status == 0, output
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = {row["dn"]: row for row in csv.DictReader(file)}
    row = rows[f"uid={uid},{seed.PEOPLE_DN}"]
    assert row["status"] == "problem" and "role address" in row["reason"], row
