"""Qt item models over the engine's data: the Users table, the OU tree, batches, reports.

May import: ldapwizard.core.
"""
