"""Claim Annotator core: data model, storage, services, detection and exchange formats.

Nothing in this package imports Qt, so every operation can run from the command
line, from tests and from background workers alike.
"""

__version__ = "0.1.0"
