"""The job record's welcome settings on the command line: `profile save --welcome
--smtp-server … --welcome-template … --welcome-from …` keeps them (one line each in `profile
show`), refuses a template with an unknown placeholder, and `welcome preview|send --profile`
read them with the job's database and domain; `db show` counts who was welcomed."""

from __future__ import annotations

from ldapwizard.cli import run


def save(tmp_path, *options: str) -> int:
    return run(["profile", "save", "corp", "--host", "dc1.example.com", "--domain",
                "demo.example", "--db", str(tmp_path / "users.sqlite"), *options])


def test_profile_save_keeps_the_welcome_settings_and_show_prints_them(tmp_path, capsys):
    template = tmp_path / "welcome.txt"
    template.write_text("Subject: Hi {{display_name}}\n\nYour address: {{address}}\n",
                        encoding="utf-8")
    assert save(tmp_path, "--welcome", "--smtp-server", "relay.example.com:587",
                "--smtp-security", "starttls", "--welcome-template", str(template),
                "--welcome-from", "it@demo.example") == 0
    capsys.readouterr()
    assert run(["profile", "show", "corp"]) == 0
    shown = capsys.readouterr().out
    for line in ("welcome:           True", "smtp_server:       relay.example.com:587",
                 "smtp_security:     starttls", f"welcome_template:  {template}",
                 "welcome_from:      it@demo.example"):
        assert line in shown.splitlines(), shown
    assert save(tmp_path, "--no-welcome") == 0  # the rest stays
    capsys.readouterr()
    assert run(["profile", "show", "corp"]) == 0
    shown = capsys.readouterr().out
    assert "welcome:           False" in shown and "relay.example.com:587" in shown


def test_a_template_with_an_unknown_placeholder_is_refused_when_saved(tmp_path, capsys):
    template = tmp_path / "welcome.txt"
    template.write_text("Subject: Hi {{first_name}}\n\nHello.\n", encoding="utf-8")
    assert save(tmp_path, "--welcome", "--welcome-template", str(template)) == 2
    assert "{{first_name}}" in capsys.readouterr().err
    assert run(["profile", "show", "corp"]) == 2  # nothing was saved


def test_preview_and_send_read_the_job_record(tmp_path, capsys):
    db = str(tmp_path / "users.sqlite")
    assert run(["--demo", "import", "--all", "--domain", "demo.example", "--db", db]) == 0
    assert save(tmp_path, "--welcome", "--welcome-from", "it@demo.example") == 0
    capsys.readouterr()
    assert run(["welcome", "preview", "--profile", "corp"]) == 0  # the domain's first user
    out = capsys.readouterr().out
    assert "From: it@demo.example" in out and "@demo.example" in out.splitlines()[1]
    assert run(["welcome", "send", "--profile", "corp", "--batch", "1", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would be sent: " in out and "(dry run: nothing sent)" in out
    assert run(["db", "show", "--db", db]) == 0
    assert "Welcome messages" not in capsys.readouterr().out  # a dry run records nothing


def test_import_and_sync_refuse_a_template_broken_since_before_anything_is_written(tmp_path,
                                                                                  capsys):
    template = tmp_path / "welcome.txt"
    template.write_text("Subject: Hi {{display_name}}\n\nHello.\n", encoding="utf-8")
    assert save(tmp_path, "--welcome", "--welcome-template", str(template)) == 0
    template.write_text("Subject: Hi {{first_name}}\n\nHello.\n", encoding="utf-8")
    capsys.readouterr()
    for argv in (["import", "--profile", "corp", "--all"], ["sync", "--profile", "corp"]):
        assert run(argv) == 2  # before the directory (which does not exist) is asked
        assert "{{first_name}}" in capsys.readouterr().err
    assert not (tmp_path / "users.sqlite").exists()


def test_the_job_record_says_which_client_settings_the_message_gives(tmp_path, capsys):
    db = str(tmp_path / "users.sqlite")
    assert run(["db", "add-user", "ann@example.com", "--db", db]) == 0
    out = tmp_path / "rendered"
    assert run(["mailstack", "render", "--db", db, "--out", str(out), "--mail-host",
                "Mail.Example.com", "--tls-cert", "/etc/ssl/mail/fullchain.pem", "--tls-key",
                "/etc/ssl/private/mail.key"]) == 0
    job = ["profile", "save", "corp", "--host", "dc1.example.com", "--domain", "example.com",
           "--db", db, "--welcome"]
    assert run([*job, "--welcome-mailstack", str(out)]) == 0  # what render wrote
    capsys.readouterr()
    assert run(["welcome", "preview", "--profile", "corp", "--user", "ann@example.com"]) == 0
    assert "Incoming mail (IMAP): mail.example.com, port 993" in capsys.readouterr().out
    assert run([*job, "--welcome-mailstack", "", "--mail-host", "imap.example.net"]) == 0
    capsys.readouterr()
    assert run(["welcome", "preview", "--profile", "corp", "--user", "ann@example.com"]) == 0
    assert "Incoming mail (IMAP): imap.example.net, port 993" in capsys.readouterr().out
