"""Fast bulk inserts through SQLAlchemy Core, for import, detection and merge.

Core's `connection.execute(insert(table), rows)` runs every value of every
row through its type's bind processor; at 200,000 claims that costs more than
SQLite's own work (two datetimes per row).  Here the statement is compiled
once for the connection's dialect, each distinct value is processed once
(rows of one batch share their timestamps), and the rows go to the driver's
executemany through Core's `exec_driver_sql`, inside the same transaction.
It works for any dialect, positional or named parameter style alike.
"""

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert


def bulk_insert(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows (all with the same keys) in one executemany.

    Values of columns whose type needs converting (timestamps) are converted in
    place in `rows`, once per distinct value.
    """
    if not rows:
        return
    columns = list(rows[0].keys())
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=columns)
    for name in columns:
        processor = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            _convert_column(rows, name, processor)
    if compiled.positional:
        order = [compiled.binds[key].key for key in compiled.positiontup or ()]
        pick = itemgetter(*order)
        params: Any = (
            [pick(row) for row in rows] if len(order) > 1 else [(row[order[0]],) for row in rows]
        )
    else:
        params = rows
    connection.exec_driver_sql(compiled.string, params)


def _convert_column(
    rows: Sequence[dict[str, Any]], name: str, processor: Callable[[Any], Any]
) -> None:
    converted: dict[Any, Any] = {}
    for row in rows:
        value = row[name]
        if value is None:
            continue
        try:
            row[name] = converted[value]
        except KeyError:
            row[name] = converted[value] = processor(value)
        except TypeError:  # unhashable values are converted one by one
            row[name] = processor(value)
