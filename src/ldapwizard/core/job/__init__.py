"""The job side: the saved job record and what runs it (secrets, schedule, locks, paths, the
listing child process, the demo). It joins the directory and user-database sides.

May import: anything in ldapwizard.core.
"""
