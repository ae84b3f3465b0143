"""The user database side: schema, planning against it, and every write (import, undo, sync).

May import: ldapwizard.core.errors, ldapwizard.core.collector, ldapwizard.core.job.paths, and
ldapwizard.core.directory.records (the entries it plans for).
"""
