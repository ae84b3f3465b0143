"""The preview's table without Qt: each planned entry's columns, their sort orders, the filter
and the ticks. The window's Users model shows it; tests and benchmarks drive it directly.

May import: ldapwizard.core.maildb.
"""
