"""The Claim Annotator desktop app: PySide6 widgets over the `annotator` services.

Widgets never touch the database: they call services through the
`ProjectController` and refresh from the change records it broadcasts.

The core is imported here, before any widget module imports PySide6: once
loaded, shiboken replaces `__import__` with a hook that reads the source of
every later Python module to see whether it uses Qt.  Loading the core, and
with it SQLAlchemy, SQLModel and pydantic (about 300 modules), ahead of Qt
keeps them out of that hook and takes about 0.1 s off every start-up.
"""

from importlib import import_module

#: Every core module the widgets import (a test keeps this list complete).
CORE_MODULES: tuple[str, ...] = (
    "annotator.changes",
    "annotator.domain",
    "annotator.errors",
    "annotator.exchange.export",
    "annotator.exchange.filters",
    "annotator.exchange.import_checks",
    "annotator.exchange.native_import",
    "annotator.importing",
    "annotator.progress",
    "annotator.project",
    "annotator.records",
    "annotator.review.compare",
    "annotator.review.differences",
    "annotator.review.merge",
    "annotator.review.provenance",
    "annotator.review.unmerge",
    "annotator.services.articles",
    "annotator.services.backups",
    "annotator.services.claim_reading",
    "annotator.services.claims",
    "annotator.services.comments",
    "annotator.services.demo",
    "annotator.services.history",
    "annotator.services.projects",
    "annotator.services.sources",
    "annotator.services.tags",
    "annotator.services.verdicts",
    "annotator.spans",
    "platformdirs",
)

for _module in CORE_MODULES:
    import_module(_module)
