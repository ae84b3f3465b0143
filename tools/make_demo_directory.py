"""Write resources/demo/directory.json: the bundled sample Active Directory (deterministic).

Run from the repository root: python tools/make_demo_directory.py
"""

from __future__ import annotations

import json
import random
import uuid
from pathlib import Path

BASE = "DC=demo,DC=example"
DOMAIN = "demo.example"
GIVEN = ("Anna Ben Carla David Elena Farid Greta Hugo Ines Jonas Katrin Lars Mia Noah Olga "
         "Pablo Quinn Rosa Stefan Tara Ugo Vera Wei Xenia Yusuf Zoë Jürgen Søren Chloé Ana").split()
SURNAMES = ("Adams Becker Costa Dubois Eriksen Fischer García Hansen Ivanova Jensen Keller "
            "Lindqvist Müller Nowak O'Brien Petrov Quinn Rossi Schmidt Tanaka Ueda Varga Weber "
            "Young Zimmermann").split()
OUS = ("OU=Sales,OU=Company", "OU=Engineering,OU=Company", "OU=Berlin,OU=Engineering,OU=Company",
       "OU=Support,OU=Company", "OU=Finance,OU=Company", "CN=Users")


def slug(text: str) -> str:
    table = str.maketrans("äöüßøéèçñ'ë", "aousoeecn-e")
    return text.lower().translate(table).replace("ü", "u").replace(" ", "")


def person(rng: random.Random, index: int, given: str, surname: str, container: str) -> dict:
    sam = f"{slug(given)[:1]}{slug(surname)}{index:03d}"[:20]
    mail = f"{slug(given)}.{slug(surname)}{index:03d}@{DOMAIN}"
    attributes = {
        "objectClass": ["top", "person", "organizationalPerson", "user"],
        "objectCategory": "person",
        "cn": f"{given} {surname} {index:03d}",
        "givenName": given,
        "sn": surname,
        "displayName": f"{given} {surname}",
        "sAMAccountName": sam,
        "userPrincipalName": f"{sam}@{DOMAIN}",
        "objectGUID": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "userAccountControl": "512",
    }
    roll = rng.random()
    if roll < 0.08:
        pass  # no mail: e.g. a service or kiosk account
    else:
        attributes["mail"] = mail
        proxies = [f"SMTP:{mail}"]
        if roll > 0.7:
            proxies.append(f"smtp:{slug(given)}@{DOMAIN}")
        if roll > 0.9:
            proxies.append(f"smtp:{sam}@legacy.{DOMAIN}")
        proxies.append(f"X500:/o=Demo/ou=Exchange/cn=Recipients/cn={sam}")
        attributes["proxyAddresses"] = proxies
    if rng.random() < 0.06:
        attributes["userAccountControl"] = "514"  # disabled
    return {"dn": f"CN={attributes['cn']},{container},{BASE}", "attributes": attributes}


def main() -> None:
    rng = random.Random(20261122)
    entries = [{"dn": f"CN=svc-import,CN=Users,{BASE}", "attributes": {
        "objectClass": ["top", "person", "organizationalPerson", "user"],
        "objectCategory": "person", "cn": "svc-import", "sAMAccountName": "svc-import",
        "userPrincipalName": f"svc-import@{DOMAIN}", "userPassword": "demo",
        "objectGUID": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "userAccountControl": "66048"}}]
    for index in range(320):
        given, surname = rng.choice(GIVEN), rng.choice(SURNAMES)
        entries.append(person(rng, index, given, surname, rng.choice(OUS)))
    special = entries[5]["attributes"]
    special["cn"] = "Smith, Jeff"
    entries[5]["dn"] = f"CN=Smith\\, Jeff,OU=Sales,OU=Company,{BASE}"
    for index in range(6):
        entries.append({"dn": f"CN=Partner {index},OU=Contacts,OU=Company,{BASE}", "attributes": {
            "objectClass": ["top", "person", "organizationalPerson", "contact"],
            "objectCategory": "person", "cn": f"Partner {index}",
            "displayName": f"Partner {index}", "mail": f"partner{index}@partner.example",
            "objectGUID": str(uuid.UUID(int=rng.getrandbits(128), version=4))}})
    for index in range(4):
        entries.append({"dn": f"CN=WS{index:03d},OU=Computers,OU=Company,{BASE}", "attributes": {
            "objectClass": ["top", "person", "organizationalPerson", "user", "computer"],
            "objectCategory": "computer", "cn": f"WS{index:03d}",
            "sAMAccountName": f"WS{index:03d}$",
            "objectGUID": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "userAccountControl": "4096"}})
    out = Path(__file__).resolve().parent.parent / "resources" / "demo" / "directory.json"
    document = {"base_dn": BASE, "domain": DOMAIN, "bind_user": f"svc-import@{DOMAIN}",
                "bind_dn": entries[0]["dn"], "entries": entries}
    out.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} entries to {out}")


if __name__ == "__main__":
    main()
