"""The engine: plain Python, no Qt (tests/unit/test_architecture.py checks both rules below).

    directory/  reaching an LDAP server and reading its users: connection, TLS, binds,
                binding strings, DNs, filters, presets, records, paging and the BER reader,
                RootDSE, diagnosis. Imports only errors and collector from outside itself.
    maildb/     the mail system's user database: schema, database, accounts, addresses,
                planning, import, undo, sync, reports, CSV. Reads directory entries
                (directory.records) and nothing else of the directory side.
    mailserver/ the Postfix and Dovecot configuration over the user database's views
                (docs/mail-server.md), and asking the running daemons whether they agree.
    job/        what a run is: the job record (profile), secrets, schedule, locks, paths, the
                listing child process and the demo; it composes the two sides above.
    welcome/    the welcome message new users receive: template, message, SMTP sending, the
                record of who was sent one. Reads users (maildb) and the client settings
                (mailserver.clients); nothing below imports it.
    errors.py   the typed errors every side raises; collector.py, the GC pause for big loops.
"""
