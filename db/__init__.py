"""Storage: SQLite through sqlite-utils (schema, migrations, queries). No Qt here.

sqlite-utils imports pandas and numpy whenever they are installed (about 0.4 s), only to map their types on
insert, which this app never does. Import it here, before any db module, with those two hidden, so that opening
the app or running a command does not pay for them; they stay importable for code that needs them.
"""

import sys as _sys


def _import_sqlite_utils_lean() -> None:
    if "sqlite_utils" in _sys.modules:
        return
    hidden = [name for name in ("pandas", "numpy") if name not in _sys.modules]
    for name in hidden:
        _sys.modules[name] = None  # makes "import pandas" raise ImportError inside sqlite-utils
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if _sys.modules.get(name) is None:
                del _sys.modules[name]


_import_sqlite_utils_lean()
