"""The user database's words built from parts before (issue 32) are whole sentences now, one
per case, in the admin's language: a sync's removal policy and its lists' stop, a mailbox
name that would deceive, a list member's change, the kept mailboxes."""

from __future__ import annotations

import pytest

from ldapwizard.core.maildb import localparts, mailboxes, quotas
from ldapwizard.core.maildb.sync_policy import lists_stop_words, policy_words
from ldapwizard.i18n import use_language
from tests.unit.test_i18n32_db_targets import untranslated


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    use_language("en")


def test_the_removal_policy_and_the_lists_stop_are_whole_german_sentences():
    assert policy_words(True, None) == ("users who left the directory are disabled, then "
                                        "removed on a later run; at most 10% of the imported "
                                        "users, at least 1 and at most 500 a run")
    use_language("de")
    assert policy_words(True, "25") == ("Benutzer, die das Verzeichnis verlassen haben, werden "
                                        "deaktiviert und bei einem späteren Lauf entfernt; "
                                        "höchstens 25 pro Lauf")
    assert lists_stop_words(1, "0", 4, 0).startswith("1 Mailingliste hat ihre Gruppe verloren")
    assert lists_stop_words(3, None, 4, 1).startswith(
        "3 Mailinglisten haben ihre Gruppen verloren, mehr als die Grenze von 1 (10 % der 4 "
        "Listen dieses Profils")


def test_no_word_of_a_policy_a_stop_a_kept_mailbox_or_a_quota_is_left_in_english():
    use_language("pseudo")
    words = [policy_words(False, None), policy_words(True, None), policy_words(True, "5%"),
             lists_stop_words(2, None, 10, 1), lists_stop_words(1, "0", 3, 0),
             mailboxes.kept_summary([f"example.com/u{n}/" for n in range(7)]),
             mailboxes.kept_summary(["example.com/amy/"]), mailboxes.kept_note("x/amy/"),
             mailboxes.new_path_note("example.com/amy+1/"), quotas.shown_size(None),
             quotas.shown_size(1000)]
    words += [localparts.hostile_problem(local, mailbox=True)
              for local in ("p\u0430ul", "a\u200bb", "e\u0301va", "\uff41my")]
    assert all(words) and untranslated("\n".join(words)) == []


def test_postgresql_errors_are_translated_around_the_servers_own_words():
    """Our sentences are in the admin's language; the server's text stays in the detail."""
    from ldapwizard.core.maildb import pg, pgdb
    from ldapwizard.core.maildb.location import locate

    target = locate("postgresql://mail@db.example.net/m?sslmode=verify-full")
    use_language("pseudo")
    errors = [pg.translate(pgdb.Error("permission denied for table users", state), target,
                           "adding the user")
              for state in ("55P03", "25006", "42501", "53100", "08006", "XX000")]
    errors += [pgdb.password_refused(target, "fe_sendauth: no password supplied", wrong=wrong)
               for wrong in (True, False)]
    errors += [pgdb.unreachable(target, OSError(text)) for text in (
        "server does not support SSL", "certificate verify failed", 'role "x" does not exist',
        'database "m" does not exist', "no pg_hba.conf entry", "session is read-only", "timeout")]
    for error in errors:
        assert untranslated(f"{error.message}\n{error.hint or ''}") == [], error.message
    assert errors[2].detail == "permission denied for table users"
    use_language("de")
    assert pg.translate(pgdb.Error("permission denied", "42501"), target,
                        "adding the user").message == (
        f"Die PostgreSQL-Rolle darf in {target} Folgendes nicht tun: Hinzufügen des Benutzers.")


def test_an_interrupted_commit_says_what_became_of_it_in_the_admins_language(sqlite_database):
    """outcome.settle on a real file, looked up on a new connection: unknown (no run id) and
    did not land (no batch holds the run id), each a whole sentence."""
    from ldapwizard.core.maildb import outcome

    use_language("pseudo")
    failed = OSError("disk I/O error")
    unknown = outcome.settle(sqlite_database, None, "adding the user", failed)
    missing = [outcome.settle(sqlite_database, outcome.Run(outcome.new_run_id(), kind, 1),
                              "the import", failed) for kind in ("import", "sync", "undo")]
    for error in [unknown, *missing]:
        assert untranslated(f"{error.message}\n{error.hint or ''}") == [], error.message
    assert [error.outcome for error in missing] == [outcome.NOT_LANDED] * 3
    use_language("de")
    said = outcome.settle(sqlite_database, outcome.Run(outcome.new_run_id(), "undo", 4),
                          "the undo", failed).message
    assert said.startswith(f"Ein Datenträgerfehler trat bei {sqlite_database.path} auf, während "
                           "dies festgeschrieben wurde: Rückgängigmachen von Vorgang 4.")
    assert said.english.endswith("found that the undo of batch 4 did not land: nothing was "
                                 "changed.")
