"""A mailing list made from a group, with a member added by hand, served by a real Postfix
and Dovecot (issue 28): mail to the list reaches the group's members and the hand-added one,
and after the group takes a new address both the new and the old address deliver."""

from __future__ import annotations

import pytest

from tests.mail.lab import DOMAIN, LOCAL_PASSWORD, PASSWORDS
from tests.servers import seed
from tests.servers.directory_edits import admin

pytestmark = [pytest.mark.mailstack, pytest.mark.slapd]
CREW = f"cn=Crew,{seed.BASE_DN}"


@pytest.fixture(scope="module")
def lab(lab_factory, mail_slapd, mail_stack):
    """The mail lab, with the group Crew (alice, bob) at crew@ made a list by a sync of the
    job with --groups-as-lists, and the local user jürgen added to it by hand."""
    lab = lab_factory("lists").served(mail_slapd, mail_stack)
    connection = admin(mail_slapd)
    members = []
    for uid in ("alice", "bob"):
        connection.search(seed.BASE_DN, f"(uid={uid})")
        members.append(connection.entries[0].entry_dn)
    assert connection.add(CREW, ["groupOfNames", "extensibleObject"], {
        "cn": "Crew", "mail": f"crew@{DOMAIN}", "member": members}), connection.result
    connection.unbind()
    server = mail_slapd
    status, output = lab.run(
        "profile", "save", "lab", "--server-type", "openldap", "--host", server.host,
        "--port", str(server.ldap_port), "--security", "starttls", "--ca-file",
        str(server.ca_file), "--bind-user", server.reader_dn, "--binding", server.base_dn,
        "--domain", DOMAIN, "--db", str(lab.db), "--groups-as-lists")
    assert status == 0, output
    status, output = lab.run("sync", "--profile", "lab")
    assert status == 0 and "1 created" in output, output
    status, output = lab.run("db", "add-member", f"crew@{DOMAIN}", f"jürgen@{DOMAIN}",
                             "--db", str(lab.db))
    assert status == 0, output
    return lab


def test_the_list_and_its_old_address_reach_the_group_and_the_hand_added_member(
        lab, mail_slapd, mail_stack):
    mail_stack.send(f"crew@{DOMAIN}", "to the crew")
    assert "to the crew" in mail_stack.subjects("alice", PASSWORDS["alice"],
                                                wanted=["to the crew"])
    assert "to the crew" in mail_stack.subjects("jürgen", LOCAL_PASSWORD,
                                                wanted=["to the crew"])
    connection = admin(mail_slapd)
    assert connection.modify(CREW, {"mail": [("MODIFY_REPLACE", [f"team.crew@{DOMAIN}"])]})
    connection.unbind()
    status, output = lab.run("sync", "--profile", "lab")
    assert status == 0, output
    assert "1 member added by hand kept: jürgen@example.com" in output
    sent = {f"team.crew@{DOMAIN}": "to the new address", f"crew@{DOMAIN}": "to the old address"}
    for to, subject in sent.items():
        assert mail_stack.refusal(to) is None
        mail_stack.send(to, subject)
    for login, password in (("jürgen", LOCAL_PASSWORD), ("bob", PASSWORDS["bob"])):
        got = mail_stack.subjects(login, password, wanted=sent.values())
        assert set(sent.values()) <= set(got)
