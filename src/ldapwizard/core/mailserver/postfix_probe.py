"""Ask the running Postfix over SMTP whether it accepts mail for addresses, sending none: one
transaction of RCPT TO, then RSET and QUIT.

Its listener is read from `postconf -M` (the `smtp` service, or the first plain smtpd or
postscreen on the internet). Its answers tell apart a server that is down (no connection), a
table it cannot open (451 4.3.0, or no answer while proxymap cannot open it: with the line of
its log that says why) and an address it refuses.
"""

from __future__ import annotations

import re
import smtplib
import socket
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ldapwizard import i18n

TIMEOUT = 10
SYSTEM_LOG = Path("/var/log/mail.log")
LOOKERS = ("smtpd", "cleanup", "trivial-rewrite")  # daemons that query the virtual tables
_BATCH = 500  # RCPTs per transaction: below smtpd_recipient_limit's default 1000
# what Postfix logs about a table it cannot use, the cause (fatal, error) before the effects
_TROUBLE = [re.compile(rf"\b{level}: .*(table|lookup|sqlite|pgsql|proxymap|SQL|database)",
                       re.IGNORECASE) for level in ("fatal", "error", "warning")]


@dataclass
class Probe:
    """The running Postfix's answer to RCPT TO per address, or why there is none."""

    where: str = ""
    answers: dict[str, tuple[int, str]] = field(default_factory=dict)
    failure: str = ""


def postconf(config: str | None, *args: str) -> str:
    """`postconf [-c DIR] ARGS`'s output; OSError when it fails."""
    result = subprocess.run(["postconf", *(["-c", config] if config else []), *args],
                            capture_output=True, text=True, timeout=TIMEOUT)
    if result.returncode != 0:
        raise OSError(result.stderr.strip() or i18n._("postconf failed"))
    return result.stdout


def listener(config: str | None) -> tuple[str, int]:
    """Where the running Postfix's smtpd listens (host, port), as its master.cf says."""
    services = []
    for line in postconf(config, "-M").splitlines():
        words = line.split()
        # postscreen hands a client from the loopback straight to smtpd (mynetworks)
        if len(words) >= 8 and words[1] == "inet" and words[7] in ("smtpd", "postscreen") \
                and "smtpd_tls_wrappermode=yes" not in line:
            services.append(words[0])
    if not services:
        raise OSError(i18n._("its master.cf has no smtpd service on the internet"))
    name = next((s for s in services if s.rpartition(":")[2] in ("smtp", "25")), services[0])
    host, _, port = name.rpartition(":")
    if not host:
        interfaces = postconf(config, "-h", "inet_interfaces").replace(",", " ").split()
        given = [i for i in interfaces if i not in ("all", "loopback-only")]
        host = given[0] if given else "127.0.0.1"
    host = host.strip("[]")
    number = int(port) if port.isdigit() else socket.getservbyname(port, "tcp")
    return ("127.0.0.1" if host == "localhost" else host), number


def chrooted_services(config: str | None) -> list[str]:
    """The services that look addresses up (smtpd, cleanup, trivial-rewrite) which master.cf
    runs chrooted (`y`; `-` is no chroot since Postfix 3.5)."""
    try:
        services = postconf(config, "-M").splitlines()
    except (OSError, subprocess.SubprocessError):
        return []
    found = []
    for words in map(str.split, services):
        if len(words) >= 8 and words[4] == "y" and words[7] in LOOKERS and words[7] not in found:
            found.append(words[7])
    return found


def log_trouble(config: str | None) -> str:
    """The last line of Postfix's log about a table it could not use, or ""."""
    try:
        path = Path(postconf(config, "-h", "maillog_file").strip() or SYSTEM_LOG)
        with path.open("rb") as log:
            log.seek(0, 2)
            log.seek(max(0, log.tell() - 262144))
            lines = log.read().decode("utf-8", "replace").splitlines()
    except (OSError, subprocess.SubprocessError):
        return ""
    for pattern in _TROUBLE:
        found = next((line.strip() for line in reversed(lines) if pattern.search(line)), "")
        if found:
            return found
    return ""


def probe(config: str | None, addresses: list[str]) -> Probe:
    """RCPT TO for each address at the running Postfix, in transactions that send nothing."""
    result = Probe()
    try:
        host, port = listener(config)
    except (OSError, ValueError, subprocess.SubprocessError) as error:
        result.failure = i18n._("Postfix's SMTP service could not be found: {error}",
                                error=error)
        return result
    result.where = f"{host}:{port}"
    try:
        with smtplib.SMTP(host, port, timeout=TIMEOUT) as smtp:
            smtp.ehlo()
            utf8 = ["SMTPUTF8"] if smtp.has_extn("smtputf8") else []
            for start in range(0, len(addresses), _BATCH):
                batch = addresses[start:start + _BATCH]
                code, text = smtp.mail("", utf8 if not all(a.isascii() for a in batch) else [])
                if code != 250:
                    result.failure = i18n._(
                        "Postfix at {where} refused the probe's MAIL FROM:<> ({code} {text}).",
                        where=result.where, code=code, text=text.decode(errors="replace"))
                    return result
                for address in batch:
                    code, text = smtp.rcpt(address)
                    result.answers[address] = (code, text.decode("utf-8", "replace"))
                smtp.rset()  # nothing is sent: no DATA
    except (ConnectionRefusedError, FileNotFoundError):
        result.failure = i18n._("Postfix is not running: nothing answers at {where} (its smtpd "
                                "in master.cf). Start it: `postfix start`.", where=result.where)
    except (TimeoutError, smtplib.SMTPServerDisconnected) as error:
        if not isinstance(error, TimeoutError) and "timed out" not in str(error):
            result.failure = i18n._("Postfix at {where} closed the connection: {error}",
                                    where=result.where, error=error)
            return result
        why = log_trouble(config)
        result.failure = (
            i18n._("Postfix at {where} did not answer within {seconds} s: its daemons wait for "
                   "a table they cannot open; its log says: {why}",
                   where=result.where, seconds=TIMEOUT, why=why) if why else
            i18n._("Postfix at {where} did not answer within {seconds} s: its daemons wait for "
                   "a table they cannot open; see its log.", where=result.where, seconds=TIMEOUT))
    except (OSError, smtplib.SMTPException) as error:
        result.failure = i18n._("Postfix at {where} could not be asked: {error}",
                                where=result.where, error=error)
    return result


MAILBOX, FORWARD = "mailbox", "forward"  # what refusal() was asked about


def refusal(kind: str, address: str, answer: tuple[int, str], config: str | None) -> str:
    """Why Postfix's answer to RCPT TO for `address`, a mailbox or an alias or list (`kind`),
    is not acceptance, in words."""
    code, text = answer
    mailbox = kind == MAILBOX
    if code == 451 and "4.3.0" in text:
        why = log_trouble(config)
        if why:
            return (i18n._("Postfix cannot open a table to look up the mailbox {address} "
                           "({code} {text}): its log says: {why}",
                           address=address, code=code, text=text, why=why) if mailbox else
                    i18n._("Postfix cannot open a table to look up the alias or list {address} "
                           "({code} {text}): its log says: {why}",
                           address=address, code=code, text=text, why=why))
        return (i18n._("Postfix cannot open a table to look up the mailbox {address} "
                       "({code} {text}): see its log.", address=address, code=code, text=text)
                if mailbox else
                i18n._("Postfix cannot open a table to look up the alias or list {address} "
                       "({code} {text}): see its log.", address=address, code=code, text=text))
    if code >= 500 and "5.1.1" in text:
        return (i18n._("Postfix does not know the mailbox {address}: it refuses mail for it "
                       "({code} {text}).", address=address, code=code, text=text) if mailbox else
                i18n._("Postfix does not know the alias or list {address}: it refuses mail for "
                       "it ({code} {text}).", address=address, code=code, text=text))
    return (i18n._("Postfix answers mail for the mailbox {address} with {code} {text}.",
                   address=address, code=code, text=text) if mailbox else
            i18n._("Postfix answers mail for the alias or list {address} with {code} {text}.",
                   address=address, code=code, text=text))
