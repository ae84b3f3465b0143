"""Ask the running Postfix and Dovecot about a sample of the database, and say what differs.

The running Postfix is asked over SMTP whether it accepts mail for each address (RCPT TO, no
mail sent: postfix_probe.py), and what its tables answer with `postmap -q` through the tables
its own main.cf names (read directly, not through proxymap); Dovecot's userdb on its
auth-userdb socket, each login literally (userdb.py), and its auth service with `doveadm auth
test` for the sign-ins given a password, which goes to doveadm on its standard input, never on
a command line; the directories are asked whether they let in Dovecot's service accounts
(dovecot_probe.py). Nothing is changed anywhere.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ldapwizard import i18n
from ldapwizard.core.maildb import count_words
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.mailserver import dovecot_probe, postfix_probe, userdb

TIMEOUT = 30
MAPS = ("virtual_mailbox_domains", "virtual_mailbox_maps", "virtual_alias_maps")
LIMIT = "virtual_alias_expansion_limit"


@dataclass
class CheckReport:
    """What was asked, and every answer that does not match the database."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    checked: int = 0


@dataclass(frozen=True)
class Sample:
    """What is asked about: a random part of the views, and disabled users."""

    domains: list[str]
    mailboxes: list[tuple[str, str, str]]  # address as stored, mailbox, login
    forwards: dict[str, set[str]]  # alias or list address -> targets
    disabled: list[tuple[str, str]]  # address, login
    directories: list[str]
    largest: list[tuple[str, int]] = field(default_factory=list)  # biggest lists, members


def read_sample(path: str | Path, size: int) -> Sample:
    """A random sample of what the views serve, and of disabled users (which they must not)."""
    with UserDatabase.open(path) as database, database.reading() as db:
        domains = [r[0] for r in db.execute("SELECT domain FROM mail_domains")]
        mailboxes = db.execute("SELECT address, mailbox, login FROM mail_mailboxes "
                               "ORDER BY random() LIMIT ?", (size,)).fetchall()
        # DISTINCT in a subquery: PostgreSQL orders a DISTINCT by selected columns only
        keys = [r[0] for r in db.execute(
            "SELECT address FROM (SELECT DISTINCT address FROM mail_forwards) AS forwards "
            "ORDER BY random() LIMIT ?", (size,))]
        forwards = {key: {r[0] for r in db.execute(
            "SELECT target FROM mail_forwards WHERE address = ?", (key,))} for key in keys}
        disabled = db.execute(
            "SELECT u.local_part || '@' || d.name, u.username FROM users u JOIN domains d "
            "ON d.id = u.domain_id WHERE u.enabled = 0 ORDER BY random() LIMIT ?",
            (size,)).fetchall()
        directories = [r[0] for r in db.execute("SELECT name FROM directories")]
        largest = db.execute("SELECT address, count(*) FROM mail_forwards GROUP BY address "
                             "ORDER BY count(*) DESC, address LIMIT 5").fetchall()
    return Sample(domains, mailboxes, forwards, disabled, directories, largest)


def _run(command: list[str], stdin: str | None = None) -> subprocess.CompletedProcess:
    # a new session has no terminal, so doveadm reads a password from stdin, not /dev/tty
    return subprocess.run(command, input=stdin, capture_output=True, text=True,
                          timeout=TIMEOUT, start_new_session=True)


def _postmap(command: list[str], spec: str, keys: list[str]) -> dict[str, str]:
    """key -> value of every key the table knows (one postmap for all keys)."""
    if not keys:
        return {}
    result = _run([*command, "-q", "-", spec], "\n".join(keys) + "\n")
    if result.returncode not in (0, 1):
        raise RuntimeError(f"postmap -q - {spec}: {result.stderr.strip()}")
    answers = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition("\t")
        answers[key] = value
    return answers


def _table(spec: str) -> str:
    """A table as postmap opens it directly: without `proxy:` (check runs as root)."""
    return spec.removeprefix("proxy:")


def check_postfix(sample: Sample, config: str | None, report: CheckReport) -> None:
    """Ask the running Postfix over SMTP, and its tables (as its main.cf names them), about
    the sample; and whether its limits let the biggest lists through."""
    option = ["-c", config] if config else []
    try:
        values = _run(["postconf", *option, "-h", *MAPS, LIMIT])
    except FileNotFoundError:
        report.problems.append(i18n._("Postfix is not installed here (no postconf)."))
        return
    if values.returncode != 0:
        report.problems.append(i18n._("postconf failed: {error}", error=values.stderr.strip()))
        return
    settings = dict(zip((*MAPS, LIMIT), values.stdout.splitlines(), strict=False))
    addresses = [a for a, _, _ in sample.mailboxes] + [a for a, _ in sample.disabled]
    probe = postfix_probe.probe(config, addresses + list(sample.forwards))
    if probe.failure:
        report.problems.append(probe.failure)
    _check_proxy(settings, config, report)
    _check_limit(sample, settings.get(LIMIT, ""), report)

    def ask(parameter: str, keys: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for spec in settings.get(parameter, "").replace(",", " ").split():
            if ":" not in spec:  # a literal domain in the list
                found.update({k: k for k in keys if k.lower() == spec.lower()})
                continue
            try:
                found.update(_postmap(["postmap", *option], _table(spec), keys))
            except RuntimeError as error:
                report.problems.append(i18n._("Postfix could not look up {parameter}: {error}",
                                              parameter=parameter, error=error))
        return found

    def refused(address: str, kind: str) -> bool:
        """Whether the running Postfix refused `address` (said so), when it was asked."""
        answer = probe.answers.get(address)
        if answer is None or answer[0] in (250, 251):
            return False
        report.problems.append(postfix_probe.refusal(kind, address, answer, config))
        return True

    domains = ask("virtual_mailbox_domains", sample.domains)
    report.problems += [i18n._("Postfix does not accept mail for the domain {domain}.", domain=d)
                        for d in sample.domains if d not in domains]
    mailboxes = ask("virtual_mailbox_maps", addresses)
    for address, mailbox, _ in sample.mailboxes:
        answer = mailboxes.get(address)
        if refused(address, postfix_probe.MAILBOX) or answer == mailbox:
            continue
        report.problems.append(
            i18n._("Postfix does not know the mailbox {address} (the database has {mailbox}).",
                   address=address, mailbox=mailbox)
            if answer is None else
            i18n._("Postfix delivers {address} to {answer}, the database says {mailbox}.",
                   address=address, answer=answer, mailbox=mailbox))
    for address, _ in sample.disabled:
        accepted = probe.answers[address][0] in (250, 251) if address in probe.answers \
            else address in mailboxes
        if accepted:
            report.problems.append(i18n._("Postfix still accepts mail for the disabled user "
                                          "{address}.", address=address))
    forwards = ask("virtual_alias_maps", list(sample.forwards))
    for address, targets in sample.forwards.items():
        answer = {t.strip() for t in forwards.get(address, "").split(",") if t.strip()}
        if refused(address, postfix_probe.FORWARD) or answer == targets:
            continue
        wanted = ", ".join(sorted(targets))
        report.problems.append(
            i18n._("Postfix forwards {address} to {targets}; the database says {wanted}.",
                   address=address, targets=", ".join(sorted(answer)), wanted=wanted)
            if answer else
            i18n._("Postfix forwards {address} to nobody; the database says {wanted}.",
                   address=address, wanted=wanted))
    report.checked += len(sample.domains) + len(addresses) + len(sample.forwards)
    # several counts in one line: each in its own plural form
    counts = {"domains": count_words.domains(len(sample.domains)),
              "mailboxes": count_words.mailboxes(len(sample.mailboxes)),
              "forwards": count_words.forwards(len(sample.forwards)),
              "disabled": count_words.disabled_users(len(sample.disabled))}
    report.lines.append(
        i18n._("Postfix (SMTP at {where}, no mail sent): asked about {domains}, {mailboxes}, "
               "{forwards}, {disabled}.", where=probe.where, **counts) if probe.answers else
        i18n._("Postfix: asked about {domains}, {mailboxes}, {forwards}, {disabled}.",
               **counts))


def _check_proxy(settings: dict[str, str], config: str | None, report: CheckReport) -> None:
    """proxymap answers only the tables proxy_read_maps names: a `proxy:` table it does not
    name fails every lookup."""
    specs = [spec for name in MAPS for spec in settings.get(name, "").replace(",", " ").split()
             if ":" in spec]
    proxied = [spec for spec in specs if spec.startswith("proxy:")]
    direct = [spec for spec in specs if spec.split(":")[0] in ("sqlite", "pgsql")]
    chrooted = postfix_probe.chrooted_services(config) if direct else []
    if chrooted:
        report.problems += [i18n._("Postfix's chrooted {services} (master.cf) read {table} "
                                   "themselves, where the database's files are out of reach: "
                                   "name it proxy:{table} (render again).",
                                   services=", ".join(chrooted), table=spec) for spec in direct]
    if not proxied:
        return
    try:
        allowed = set(postfix_probe.postconf(config, "-x", "-h", "proxy_read_maps")
                      .replace(",", " ").split())
    except (OSError, subprocess.SubprocessError):
        return
    report.problems += [i18n._("Postfix's proxymap refuses the table {table}: proxy_read_maps "
                               "does not name it (keep $virtual_alias_maps, "
                               "$virtual_mailbox_maps and $virtual_mailbox_domains in it).",
                               table=spec) for spec in proxied if spec not in allowed]


def _check_limit(sample: Sample, value: str, report: CheckReport) -> None:
    """A list with more members than virtual_alias_expansion_limit defers all its mail."""
    if not value.strip().isdigit():
        return
    limit = int(value)
    for address, members in sample.largest:
        if members > limit:
            report.problems.append(i18n._(
                "The list {address} has {members} members, but Postfix expands one address to "
                "at most {limit} ({parameter}): its mail is deferred (451 4.6.0 Alias expansion "
                "error). Run `ldapwizard mailstack render` again and reload Postfix.",
                address=address, members=members, limit=limit, parameter=LIMIT))
    report.checked += 1


def check_dovecot(sample: Sample, config: str | None, passwords: dict[str, str],
                  report: CheckReport) -> None:
    """Ask Dovecot's userdb about the sample, and test the sign-ins given a password."""
    logins = [login for _, _, login in sample.mailboxes]
    gone = [login for _, login in sample.disabled]
    try:
        path = userdb.socket_path(config, TIMEOUT)
    except FileNotFoundError:
        report.problems.append(i18n._("Dovecot is not installed here (no doveconf)."))
        return
    except (OSError, subprocess.SubprocessError) as error:
        report.problems.append(i18n._("Dovecot's configuration could not be read: {error}",
                                      error=error))
        return
    try:  # every login literally: `doveadm user` would read * and ? as wildcards
        answers = userdb.lookup(path, ["ldapwizard-check-nobody", *logins, *gone], TIMEOUT)
    except (ConnectionRefusedError, FileNotFoundError):
        report.problems.append(i18n._("Dovecot is not running: nothing answers on {path}. "
                                      "Start it (`systemctl start dovecot`).", path=path))
        return
    except OSError as error:
        report.problems.append(i18n._("Dovecot did not answer on {path}: {error}", path=path,
                                      error=error))
        return
    homes, still = answers[1:1 + len(logins)], answers[1 + len(logins):]
    for (address, mailbox, login), answer in zip(sample.mailboxes, homes, strict=True):
        home = answer.fields.get("home", "").rstrip("/")
        if answer.failure:
            report.problems.append(i18n._("Dovecot could not look up the login {login} "
                                          "({address}): {failure}", login=login,
                                          address=address, failure=answer.failure))
        elif not answer.found:
            report.problems.append(i18n._("Dovecot does not know the login {login} "
                                          "({address}).", login=login, address=address))
        elif not home.endswith("/" + mailbox.rstrip("/")):
            report.problems.append(i18n._("Dovecot gives {login} the mailbox {home}; the "
                                          "database says …/{mailbox}.", login=login,
                                          home=home, mailbox=mailbox))
    for (address, login), answer in zip(sample.disabled, still, strict=True):
        if answer.found or answer.failure:
            report.problems.append(
                i18n._("Dovecot still knows the disabled user {login} ({address}).",
                       login=login, address=address)
                if answer.found else
                i18n._("Dovecot could not look up the disabled user {login} ({address}): "
                       "{failure}", login=login, address=address, failure=answer.failure))
    accounts = _check_service_accounts(config, report)
    for login, password in passwords.items():
        # auth test reads no wildcards: the name goes to the passdb as it is
        answer = dovecot_probe.auth_test(config, login, password)
        if answer.ok:
            continue
        if answer.temporary:
            report.problems.append(
                i18n._("Dovecot could not check the password of {login}: a passdb failed to do "
                       "its work (a temporary failure, not a wrong password): its service "
                       "account is refused (above).", login=login) if accounts else
                i18n._("Dovecot could not check the password of {login}: a passdb failed to do "
                       "its work (a temporary failure, not a wrong password): {detail}; see "
                       "Dovecot's log.", login=login, detail=answer.detail) if answer.detail else
                i18n._("Dovecot could not check the password of {login}: a passdb failed to do "
                       "its work (a temporary failure, not a wrong password); see Dovecot's "
                       "log.", login=login))
        else:
            report.problems.append(i18n._("Dovecot refused the sign-in of {login}: the "
                                          "password given is wrong (the user's own; Dovecot's "
                                          "service accounts are let in).", login=login))
    _check_routing(sample, config, report)
    report.checked += len(sample.mailboxes) + len(sample.disabled) + len(passwords)
    report.lines.append(i18n._("Dovecot: asked about {logins}, {disabled}, {signins}.",
                               logins=count_words.logins(len(sample.mailboxes)),
                               disabled=count_words.disabled_users(len(sample.disabled)),
                               signins=count_words.sign_ins(len(passwords))))


def _check_service_accounts(config: str | None, report: CheckReport) -> int:
    """Bind as each ldap passdb's service account, as Dovecot does; how many were refused."""
    refused = 0
    for path in dovecot_probe.ldap_passdb_files(config):
        try:
            problem = dovecot_probe.service_account_problem(path)
        except PermissionError:
            report.lines.append(i18n._("Dovecot's service account in {path} was not tried: "
                                       "only root may read that file.", path=path))
            continue
        except (OSError, ValueError, IndexError) as error:
            report.problems.append(i18n._("Dovecot's passdb file {path} could not be read: "
                                          "{error}", path=path, error=error))
            continue
        report.checked += 1
        if problem:
            report.problems.append(problem)
            refused += 1
    return refused


def _check_routing(sample: Sample, config: str | None, report: CheckReport) -> None:
    """Every directory in the database has its ldap passdb (one added later needs a render)."""
    if not sample.directories:
        return
    result = _run(["doveconf", *(["-c", config] if config else []), "passdb"])
    routed = set()  # a directory's ldap passdb is reached by logins routed to it (dovecot.py)
    for line in result.stdout.splitlines():
        name, _, value = line.strip().partition(" = ")
        if name == "username_filter":
            routed.update(value.split())
    for name in sample.directories:
        if f"*/{name.encode('utf-8').hex().upper()}" not in routed:
            report.problems.append(i18n._('Dovecot has no passdb for the directory "{name}": '
                                          "its users cannot sign in. Run `ldapwizard mailstack "
                                          "render` again and reload Dovecot.", name=name))
    report.checked += len(sample.directories)


def run_check(path: str | Path, *, postfix_config: str | None, dovecot_config: str | None,
              sample: int, passwords: dict[str, str]) -> CheckReport:
    """Compare what Postfix and Dovecot answer with what the database holds."""
    report = CheckReport()
    chosen = read_sample(path, max(1, sample))
    check_postfix(chosen, postfix_config, report)
    check_dovecot(chosen, dovecot_config, passwords, report)
    return report
