"""The wizard's pages, one per module; the order is set once in gui/wizard.py."""
