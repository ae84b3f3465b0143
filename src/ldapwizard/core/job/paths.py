"""Where ldapwizard keeps its files: the platform's standard places, overridable for tests."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "ldapwizard"


def _dir(env: str, default: str) -> Path:
    override = os.environ.get(env)
    return Path(override) if override else Path(default)


def config_dir() -> Path:
    """Saved profiles and settings (never secrets); LDAPWIZARD_CONFIG_DIR overrides."""
    return _dir("LDAPWIZARD_CONFIG_DIR", platformdirs.user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    """The default user database; LDAPWIZARD_DATA_DIR overrides."""
    return _dir("LDAPWIZARD_DATA_DIR", platformdirs.user_data_dir(APP, appauthor=False))


def log_dir() -> Path:
    """Log files; LDAPWIZARD_LOG_DIR overrides."""
    return _dir("LDAPWIZARD_LOG_DIR", platformdirs.user_log_dir(APP, appauthor=False))
