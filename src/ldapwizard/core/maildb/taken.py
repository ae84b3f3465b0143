"""An address or login name that is taken: the refusals accounts.py raises, each saying what
holds the name, and its words when a report line finds it so while writing ("… now")."""

from __future__ import annotations

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput

KIND_WORDS = {"user": "user", "alias": "alias", "list": "mailing list"}  # internal words
# an address the database holds, by the kind that holds it; and found so while writing
EXISTS = {"user": i18n.N_("user {address} exists"), "alias": i18n.N_("alias {address} exists"),
          "list": i18n.N_("mailing list {address} exists")}
EXISTS_NOW = {"user": i18n.N_("user {address} exists now"),
              "alias": i18n.N_("alias {address} exists now"),
              "list": i18n.N_("mailing list {address} exists now")}


class AddressTaken(BadInput):
    """The address already belongs to a user, alias or mailing list; `now_words` says it was
    found so while writing (a report line's reason)."""

    def __init__(self, address: str, kind: str):
        super().__init__(i18n._(EXISTS[kind], address=address))
        self.now_words = i18n._(EXISTS_NOW[kind], address=address)
        self.address = address
        self.kind = kind


class NameTaken(AddressTaken):
    """The address is another user's extra sign-in name (signin.py)."""

    def __init__(self, address: str, holder: str):
        BadInput.__init__(self, i18n._("{address} is a sign-in name of the user {holder}",
                                       address=address, holder=holder),
                          hint=i18n._("Choose another address, or let the job stop giving "
                                      "that name (--sign-in-names) and sync."))
        self.now_words = i18n._("{address} is a sign-in name of the user {holder} now",
                                address=address, holder=holder)
        self.address, self.kind = address, "sign-in name"


class LoginTaken(BadInput):
    """The login name belongs to a user of this or another domain."""

    def __init__(self, login: str, address: str):
        super().__init__(i18n._("login {login} is taken by {address}", login=login,
                                address=address))
        self.now_words = i18n._("login {login} is taken by {address} now", login=login,
                                address=address)
        self.login = login
