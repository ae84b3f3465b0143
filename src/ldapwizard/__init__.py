"""ldapwizard: import users from an LDAP directory into a mail system's user database."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ldapwizard")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"
