"""Bundled resources, shipped inside the package as ldapwizard.resources (see assets.py)."""
