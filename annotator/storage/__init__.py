"""Storage: the SQLite project file, its schema, migrations and units of work.

Everything SQLite-specific (PRAGMAs, FTS5, file handling, error codes) stays
inside this package, so that the services above it can later run on another
SQL server with a different storage backend.
"""
