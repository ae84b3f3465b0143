"""Files with which mail clients set themselves up: Thunderbird's autoconfig file
(config-v1.1.xml, also read by other clients such as K-9 Mail and Evolution) and the Outlook
Autodiscover response (autodiscover.xml), both made from clients.client_settings.

A web server serves them for each mail domain (the README says where); render writes them
into `autoconfig/`. The welcome message reads its settings back from the same file
(`read_config`), so a user is told what their mail program finds.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput
from ldapwizard.core.mailserver.clients import (
    PLAIN,
    SSL,
    STARTTLS,
    ClientSettings,
    Server,
    client_settings,
)
from ldapwizard.core.mailserver.layout import Ports
from ldapwizard.core.mailserver.tls import TlsFiles

FOLDER = "autoconfig"
CONFIG = "config-v1.1.xml"
AUTODISCOVER = "autodiscover.xml"
_RESPONSE_NS = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"
_OUTLOOK_NS = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"
_USER = "%EMAILADDRESS%"  # Thunderbird puts the address typed in here


def _text(parent: ET.Element, tag: str, text: str | int) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = str(text)
    return element


def _document(root: ET.Element) -> str:
    ET.indent(root)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            + ET.tostring(root, encoding="unicode") + "\n")


def config_xml(settings: ClientSettings, domains: tuple[str, ...]) -> str:
    """Thunderbird's config-v1.1.xml for the mail `domains` (one provider serves them all)."""
    root = ET.Element("clientConfig", version="1.1")
    provider = ET.SubElement(root, "emailProvider", id=domains[0] if domains else "mail")
    for domain in domains:
        _text(provider, "domain", domain)
    _text(provider, "displayName", f"Mail for {', '.join(domains) or 'this server'}")
    _text(provider, "displayShortName", domains[0] if domains else "mail")
    for kind, servers in (("incomingServer", settings.incoming),
                          ("outgoingServer", settings.outgoing)):
        for server in servers:
            element = ET.SubElement(provider, kind, type=server.protocol)
            _text(element, "hostname", server.host)
            _text(element, "port", server.port)
            _text(element, "socketType", server.security)
            if server.sign_in:
                _text(element, "authentication", "password-cleartext")
                _text(element, "username", _USER)
            else:
                _text(element, "authentication", "none")
    return _document(root)


def autodiscover_xml(settings: ClientSettings) -> str:
    """The Outlook Autodiscover (POX) response naming the IMAP and SMTP servers; Outlook
    signs in with the address it was given (no LoginName)."""
    root = ET.Element("Autodiscover", xmlns=_RESPONSE_NS)
    response = ET.SubElement(root, "Response", xmlns=_OUTLOOK_NS)
    account = ET.SubElement(response, "Account")
    _text(account, "AccountType", "email")
    _text(account, "Action", "settings")
    for server in (settings.imap, settings.smtp):
        protocol = ET.SubElement(account, "Protocol")
        _text(protocol, "Type", server.protocol.upper())
        _text(protocol, "Server", server.host)
        _text(protocol, "Port", server.port)
        _text(protocol, "DomainRequired", "off")
        _text(protocol, "SPA", "off")
        _text(protocol, "SSL", "off" if server.security == PLAIN else "on")
        _text(protocol, "Encryption", {SSL: "SSL", STARTTLS: "TLS", PLAIN: "None"}
              [server.security])
        _text(protocol, "AuthRequired", "on" if server.sign_in else "off")
        if server.protocol == "smtp" and server.sign_in:
            _text(protocol, "UsePOPAuth", "on")  # the same name and password as IMAP
    return _document(root)


def read_config(text: str, source: str) -> ClientSettings:
    """The settings in a config-v1.1.xml render wrote; BadInput naming `source` when it is
    not one."""
    try:
        root = ET.fromstring(text)
        provider = root.find("emailProvider")
        found = {}
        for kind in ("incomingServer", "outgoingServer"):
            found[kind] = tuple(
                Server(element.get("type", ""), element.findtext("hostname", ""),
                       int(element.findtext("port", "")), element.findtext("socketType", ""),
                       sign_in=element.findtext("authentication") != "none")
                for element in provider.findall(kind))
    except (ET.ParseError, AttributeError, ValueError) as e:
        raise BadInput(i18n._("{file} is not an autoconfig file written by `mailstack "
                              "render`.", file=source), detail=str(e),
                       hint=i18n._("Give the folder `mailstack render --out` wrote (it holds "
                                   "autoconfig/config-v1.1.xml), or render again.")) from None
    servers = found["incomingServer"] + found["outgoingServer"]
    if (not found["incomingServer"] or not found["outgoingServer"]
            or any(s.security not in (SSL, STARTTLS, PLAIN) or not s.host for s in servers)):
        raise BadInput(i18n._("{file} names no IMAP and SMTP server a mail client could use.",
                              file=source),
                       hint=i18n._("Render the mail server's configuration again."))
    return ClientSettings(found["incomingServer"], found["outgoingServer"])


def mail_host(given: str | None, self_signed: str | None,
              domains: tuple[str, ...]) -> tuple[str, str | None]:
    """The name clients reach a mail server's set by, and a note when it is a guess: the one
    given (--mail-host), else the self-signed certificate's, else mail.DOMAIN."""
    if given:
        host = given.strip().rstrip(".").lower()
        labels = host.split(".")
        if not host or len(host) > 253 or not all(
                label and len(label) <= 63 and label.isascii()
                and all(c.isalnum() or c == "-" for c in label)
                and not label.startswith("-") and not label.endswith("-") for label in labels):
            raise BadInput(i18n._("--mail-host {name} is not a host name.", name=repr(given)),
                           hint=i18n._("Give the name mail clients reach the server by, e.g. "
                                       "mail.example.com (an IDN in its xn-- form)."))
        return host, None
    if self_signed:
        return self_signed, None
    host = f"mail.{domains[0]}"
    return host, (f"The autoconfig files tell mail clients to reach the server as {host}: "
                  "render again with --mail-host NAME if they reach it by another name (the "
                  "name its certificate is for).")


def files(settings: ClientSettings, domains: tuple[str, ...]) -> dict[str, str]:
    """The files render writes into autoconfig/, by name."""
    return {CONFIG: config_xml(settings, domains), AUTODISCOVER: autodiscover_xml(settings)}


def settings_for(ports: Ports | None, tls: TlsFiles | None, self_signed: str | None,
                 domains: tuple[str, ...], given: str | None) -> tuple[ClientSettings, str | None]:
    """What a render tells mail clients, and a note when the host name is a guess: an
    instance's loopback ports, or a mail server's standard ones on its host name."""
    if ports is not None:
        return client_settings("", ports, tls=tls is not None), None
    host, note = mail_host(given, self_signed, domains)
    return client_settings(host), note


def readme_lines(settings: ClientSettings | None, domains: tuple[str, ...],
                 note: str | None = None) -> list[str]:
    """The README's section on the files mail clients set themselves up from."""
    if settings is None:
        return []
    lines = ["## Mail clients set themselves up", "",
             f"`{FOLDER}/{CONFIG}` (Thunderbird, K-9 Mail, Evolution) and `{FOLDER}/"
             f"{AUTODISCOVER}` (Outlook) tell a mail program the servers when a user types "
             "their address and password; the welcome message (`ldapwizard welcome`) tells "
             "the users the same settings, read from this file:", ""]
    lines += [f"- {i18n.english(line)}" for line in settings.lines()]  # the README: English
    lines += ["", note] if note else []
    lines += ["", "A web server with a certificate valid for these names serves them (HTTPS), "
              "for each mail domain:", ""]
    for domain in domains:
        lines += [f"- `https://autoconfig.{domain}/mail/{CONFIG}` and "
                  f"`https://{domain}/.well-known/autoconfig/mail/{CONFIG}`: `{CONFIG}`",
                  f"- `https://autodiscover.{domain}/autodiscover/autodiscover.xml` and "
                  f"`https://{domain}/autodiscover/autodiscover.xml`: `{AUTODISCOVER}`"]
    lines += ["", "The host names `autoconfig.DOMAIN` and `autodiscover.DOMAIN` need DNS "
              "records pointing at that web server. Outlook asks with a POST: the web server "
              "must answer it with the file as for a GET (nginx, e.g.: `location = "
              "/autodiscover/autodiscover.xml { default_type application/xml; error_page 405 "
              "=200 $uri; }`). Both files hold no secret.", ""]
    return lines
