"""The windows a page opens over the wizard: Batches…, Mail server…, the schedule, the log folder.
(Message boxes are gui/messages.py, which every layer uses.)

May import: ldapwizard.core, ldapwizard.gui.widgets, ldapwizard.gui.models, the helpers in gui/.
"""
