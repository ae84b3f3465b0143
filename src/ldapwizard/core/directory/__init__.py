"""The directory side: reach an LDAP server and read its users, groups and OU tree, never
the user database.

May import: ldapwizard.core.errors, ldapwizard.core.collector, ldapwizard.assets.
"""
