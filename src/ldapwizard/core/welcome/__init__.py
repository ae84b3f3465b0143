"""Welcome messages: each user an import or sync creates is told once, in their new mailbox,
their address, how they sign in and how to set up their mail program.

    template.py  the admin's template (subject, text, optional HTML) and its {{placeholders}};
                 the built-in one; unknown placeholders refused before anything is sent
    message.py   one user's message as sent (EmailMessage: RFC 2047, SMTPUTF8 where needed)
    settings.py  WelcomeSettings, the job record's part: SMTP server, sender, template, rate
    smtp.py      the SMTP session: local Postfix or a relay (STARTTLS / TLS, AUTH from the
                 keyring)
    record.py    welcome_sent: who was sent one, who failed and why, who is in doubt
    sending.py   the step for one batch: prepare (checks), send_welcome (rate, time limit,
                 resumable)

The client settings come from core/mailserver/clients.py, as render's autoconfig files do.

May import: ldapwizard.core.errors, ldapwizard.core.maildb, ldapwizard.core.mailserver,
ldapwizard.core.job.
"""
