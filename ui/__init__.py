"""The Claim Annotator desktop app: PySide6 widgets over the `annotator` services.

Widgets never touch the database: they call services through the
`ProjectController` and refresh from the change records it broadcasts.
"""
