"""Bind failures in words: recorded Samba answers and recorded Windows DC answers."""

import json
from pathlib import Path

import pytest
from ldap3.utils.ntlm import NtlmClient

from ldapwizard.core.directory.bindwords import translate_bind_failure
from ldapwizard.core.directory.settings import ConnectionSettings
from ldapwizard.core.errors import BadInput

RECORDED = json.loads((Path(__file__).parents[1] / "servers" / "ad_messages.json")
                      .read_text(encoding="utf-8"))["simple_bind"]
SETTINGS = ConnectionSettings(host="dc1.testdomain.local", bind_user="jdoe@testdomain.local")

# Answers of Windows Server DCs for cases Samba cannot produce (from recorded sessions).
WINDOWS = {
    "525": (49, "invalidCredentials", "80090308: LdapErr: DSID-0C09042A, comment: "
            "AcceptSecurityContext error, data 525, v3839"),
    "568": (49, "invalidCredentials", "80090308: LdapErr: DSID-0C09042A, comment: "
            "AcceptSecurityContext error, data 568, v4563"),
    "channel": (49, "invalidCredentials", "80090346: LdapErr: DSID-0C0906B5, comment: "
                "AcceptSecurityContext error, data 80090346, v4563"),
    "signing": (8, "strongerAuthRequired", "00002028: LdapErr: DSID-0C090259, comment: The "
                "server requires binds to turn on integrity checking if SSL\\TLS are not "
                "already active on the connection, data 0, v4563"),
}


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("wrong_password", "refused the user name or password for jdoe@testdomain.local"),
        ("account_disabled", "account jdoe@testdomain.local is disabled"),
        ("account_expired", "account jdoe@testdomain.local has expired"),
        ("account_locked_out", "is locked out"),
        ("password_must_change", "must change the password"),
        ("password_expired", "password of jdoe@testdomain.local has expired"),
        ("invalid_logon_hours", "not permitted to sign in at this time"),
        ("invalid_workstation", "not permitted to sign in from this workstation"),
        ("stronger_auth_required", "requires an encrypted or signed connection"),
    ],
)
def test_recorded_samba_answers_are_translated(key, words):
    recorded = RECORDED[key]
    error = translate_bind_failure(recorded, SETTINGS)
    assert words in error.message
    assert error.hint
    assert recorded["message"] in error.detail
    if recorded.get("data"):
        assert error.reason == recorded["data"]


@pytest.mark.parametrize(
    ("key", "words", "hint"),
    [
        ("525", "does not exist in the directory", "user@domain"),
        ("568", "too many groups", "groups"),
        ("channel", "requires channel binding", "LDAPS"),
        ("signing", "encrypted or signed connection", "LDAPS or StartTLS"),
    ],
)
def test_recorded_windows_answers_are_translated(key, words, hint):
    code, description, message = WINDOWS[key]
    error = translate_bind_failure({"result": code, "description": description,
                                    "message": message}, SETTINGS)
    assert words in error.message
    assert hint in error.hint


def test_an_unknown_answer_still_names_the_user_and_keeps_the_server_words():
    error = translate_bind_failure({"result": 80, "description": "other", "message": "boom"},
                                   SETTINGS)
    assert "jdoe@testdomain.local" in error.message and "boom" in error.detail


def test_ntlm_hashing_works_under_openssl_3():
    # MS-NLMP 4.2.4.1.1 test vector; needs MD4, which OpenSSL 3 no longer gives hashlib
    assert NtlmClient("Domain", "User", "Password").ntowf_v2().hex() == \
        "0c868a403bfd7a93a3001ef22ef02e3f"


def test_ntlm_needs_a_domain_qualified_user():
    settings = ConnectionSettings(host="dc1", auth="ntlm", bind_user="jdoe@corp")
    with pytest.raises(BadInput, match=r"NTLM needs the user as DOMAIN\\user"):
        settings.check("pw")
    ConnectionSettings(host="dc1", auth="ntlm", bind_user="CORP\\jdoe").check("pw")


def test_kerberos_without_gssapi_says_what_to_install(monkeypatch):
    import builtins

    from ldapwizard.core.directory import connection
    from ldapwizard.core.errors import DirectoryError

    real_import = builtins.__import__

    def no_kerberos(name, *args, **kwargs):
        if name in ("gssapi", "winkerberos"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_kerberos)
    with pytest.raises(DirectoryError, match="Kerberos sign-in is not available") as caught:
        connection._authentication(ConnectionSettings(host="dc1", auth="kerberos"), None)
    assert "kerberos" in caught.value.hint


@pytest.mark.parametrize(
    ("library_text", "reason"),
    [
        ("Major (851968): Unspecified GSS failure. Minor (2529639053): No Kerberos credentials "
         "available (default cache: FILE:/tmp/krb5cc_0)", "kerberos-no-ticket"),
        ("Minor (2529638931): Ticket expired", "kerberos-expired"),
        ("Minor (2529638919): Server not found in Kerberos database", "kerberos-unknown-service"),
        ("Minor (2529639068): Cannot contact any KDC for realm 'CORP.EXAMPLE'", "kerberos-no-kdc"),
        ("Minor (2529638949): Clock skew too great", "kerberos-clock-skew"),
        ("SSPI: InitializeSecurityContext: No credentials are available in the security package",
         "kerberos-no-ticket"),
    ],
)
def test_kerberos_library_errors_are_translated(library_text, reason):
    from ldapwizard.core.directory.bindwords import translate_kerberos_failure

    error = translate_kerberos_failure(RuntimeError(library_text),
                                       ConnectionSettings(host="10.0.0.5", auth="kerberos"))
    assert error.reason == reason
    assert error.hint and library_text in error.detail
