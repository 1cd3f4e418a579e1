"""A column among a list of values of any length, bound as one JSON array.

``column IN (?, ?, ...)`` runs into SQLite's limit on parameters with a county's or a batch's worth of
values; one ``json_each`` over a single parameter has no limit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, column, text


def among(col: Any, values: Iterable[Any]) -> ColumnElement[bool]:
    listed = text("SELECT value FROM json_each(:values)").bindparams(values=json.dumps(list(values)))
    result: ColumnElement[bool] = col.in_(listed.columns(column("value")))
    return result
