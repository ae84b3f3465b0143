"""The pieces a page is made of: connection fields, the OU tree, the group picker, the Users
view, the Sync panel, the status labels. A widget shows and gathers; it opens no dialog.

May import: ldapwizard.core, ldapwizard.gui.models, the helpers in gui/ (workers, messages…).
"""
