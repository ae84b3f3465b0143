"""The mail server side: Postfix and Dovecot configuration over the user database's views.

    access.py    a database file shared read-only with the mail daemons' group, in a folder
                 of its own (`db init --group`, `mailstack render --instance`)
    sources.py   what the configuration is made from: the database's directories, the service
                 accounts Dovecot binds with, the CA bundle (certificates only)
    pgreader.py  a PostgreSQL database as the mail servers reach it: their own read-only
                 role, its password, TLS (libpq words for Postfix and for Dovecot)
    rows.py      the checks a row of `directories` passes before it becomes configuration
    postfix.py   Postfix `sqlite:` or `pgsql:` lookup tables and main.cf / master.cf
    dovecot.py   Dovecot's sql userdb and passdbs (driver sqlite or pgsql, the same
                 queries), one ldap passdb per directory
    tls.py       a mail server's TLS: IMAPS, submission with SMTP AUTH through Dovecot, ports
    installer.py writes --out as an installer would: no link followed, no folder of others
                 changed, files replaced whole, a manifest of what it wrote
    render.py    writes the files (a mail server's set, or a self-contained instance)
    readme.py    the README written beside them
    check.py     asks the running Postfix and Dovecot about a sample of users
    userdb.py    Dovecot's userdb asked for one login literally (its auth-userdb socket)

The configuration queries only the views of docs/mail-server.md, never the tables.

May import: ldapwizard.core.errors, ldapwizard.core.maildb, ldapwizard.core.job.
"""
