"""Start the wizard: logging to a file, the application, the context (real or demo)."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from importlib.resources import as_file

from ldapwizard.core.job import paths
from ldapwizard.core.job.context import AppContext
from ldapwizard.core.job.demo import create_demo_database, demo_profile
from ldapwizard.core.job.session import Session
from ldapwizard.i18n import EnglishRecords

log = logging.getLogger("ldapwizard")
_file_handler: logging.Handler | None = None


def setup_logging() -> logging.Handler | None:
    """A rotating log file in the platform's log folder, set up once (the handler, or None when
    the folder cannot be written); nothing secret is ever logged.

    The pages log each listing, import, undo and sync under `ldapwizard.…`; the window has no
    console, so the file is where they go."""
    global _file_handler
    if _file_handler is not None and _file_handler in log.handlers:
        return _file_handler
    folder = paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "ldapwizard.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None  # no log file is better than no window
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(EnglishRecords())  # support reads the log whatever the window speaks
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False  # a window has no console to also write to
    _file_handler = handler
    return handler


def app_icon():
    """The application icon at every size it is drawn in (no SVG renderer needed at start)."""
    from PySide6.QtGui import QIcon

    from ldapwizard.assets import APP_ICON_SIZES, app_icon_png, resource

    icon = QIcon()
    for size in APP_ICON_SIZES:
        with as_file(resource(*app_icon_png(size))) as path:
            icon.addFile(str(path))
    return icon


def make_wizard(demo: bool):
    """The wizard with its context; in demo mode on the bundled sample directory."""
    from ldapwizard.gui.wizard import LdapWizard

    if demo:
        database = paths.data_dir() / "demo-users.sqlite"
        create_demo_database(database)
        context = AppContext.for_demo(database)
        session = Session(profile=demo_profile(), database_path=database,
                          domain="demo.example")
        return LdapWizard(context, session)
    return LdapWizard(AppContext())


def run_gui(demo: bool = False, argv: list[str] | None = None,
            language: str | None = None) -> int:
    """Show the wizard until it is closed."""
    from ldapwizard.core.errors import ExitCode
    from ldapwizard.gui.platform_check import check_display_libraries
    from ldapwizard.i18n import LANGUAGES, best_match, system_languages, use_language

    use_language(language or best_match(system_languages(), LANGUAGES))  # for the hint below
    problem = check_display_libraries()
    if problem:  # before Qt, which would abort with a list of plugin names
        print(problem, file=sys.stderr)
        return ExitCode.BAD_INPUT  # this machine lacks what the window needs: nothing was tried
    from PySide6.QtWidgets import QApplication

    from ldapwizard.gui import i18n
    from ldapwizard.gui.messages import install_exception_hook

    setup_logging()
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("ldapwizard")
    app.setOrganizationName("ldapwizard")
    spoken = i18n.install(app, language)
    wizard = make_wizard(demo)
    install_exception_hook(lambda: wizard)
    app.setWindowIcon(app_icon())
    log.info("wizard started%s in %s", " (demo)" if demo else "", spoken)
    wizard.show()
    return 0 if app.exec() in (0, 1) else 1
