"""ldapwizard: import users from an LDAP directory into a mail system's user database."""


def __getattr__(name: str) -> str:
    # the version is read from the installed metadata when asked for: importing
    # importlib.metadata costs every command and every listing process about 50 ms at start
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ldapwizard")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0+unknown"
