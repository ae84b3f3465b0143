"""A running test slapd read and changed as its root DN, the way an admin changes a directory
between two runs of a sync."""

from __future__ import annotations

import ldap3

from tests.servers import seed


def admin(server) -> ldap3.Connection:
    """A connection to `server` bound as its root DN."""
    connection = ldap3.Connection(ldap3.Server(server.host, port=server.ldap_port),
                                  server.root_dn, server.root_password, auto_bind=True)
    return connection


def add_person(server, uid: str) -> None:
    """Add an inetOrgPerson `uid` with a mail address below the seed's people."""
    connection = admin(server)
    assert connection.add(f"uid={uid},{seed.PEOPLE_DN}", ["inetOrgPerson"],
                          {"uid": uid, "cn": uid.title(), "sn": "New", "displayName": uid.title(),
                           "mail": f"{uid}@{seed.MAIL_DOMAIN}"}), connection.result
    connection.unbind()


def delete_people(server, dns) -> None:
    """Delete the entries `dns`; each must exist."""
    connection = admin(server)
    for dn in dns:
        assert connection.delete(dn), connection.result
    connection.unbind()


def entry_uuid(server, uid: str) -> str:
    """The entryUUID slapd gave the person `uid`."""
    connection = admin(server)
    try:
        connection.search(server.base_dn, f"(uid={uid})", attributes=["entryUUID"])
        return str(connection.entries[0].entryUUID)
    finally:
        connection.unbind()
