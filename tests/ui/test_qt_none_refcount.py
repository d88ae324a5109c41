"""Guard against the PySide6 6.12.0 / Python 3.11 trap: void Qt calls releasing `None`.

On that combination every call of a void method drops a reference to None and
the process aborts after a few thousand calls (`none_dealloc`).  We require
Python 3.12+, where None is immortal; this test keeps the guarantee honest.
"""

import sys

from PySide6.QtGui import QTextCursor, QTextDocument


def test_void_qt_calls_do_not_leak_none_references(qapp) -> None:
    document = QTextDocument()
    document.setPlainText("x" * 100)
    cursor = QTextCursor(document)
    before = sys.getrefcount(None)
    for i in range(100_000):
        cursor.setPosition(i % 100)  # a void method
    after = sys.getrefcount(None)
    assert after >= before, f"None lost {before - after} references over 100,000 void calls"


def test_supported_python() -> None:
    assert sys.version_info >= (3, 12)
