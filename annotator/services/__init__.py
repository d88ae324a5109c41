"""Core services: one plain function per operation, each one transaction returning `OpResult`.

The same functions drive the command line, the GUI's undo commands and the
tests.  None of them imports Qt.
"""
