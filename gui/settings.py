"""QSettings with types kept: INI files lose them (a one-item list reads back as str, False as 'false'),
so every read names its type and a default."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ORGANISATION = "ChainMapper"
APPLICATION = "ChainMapper"
MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def read_str(key: str, default: str = "") -> str:
    value = settings().value(key, default)
    return value if isinstance(value, str) else default


def read_bool(key: str, default: bool = False) -> bool:
    value = settings().value(key, default)
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return default


def read_int(key: str, default: int = 0) -> int:
    try:
        return int(settings().value(key, default))
    except (TypeError, ValueError):
        return default


def read_list(key: str) -> list[str]:
    value = settings().value(key, [])
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]


def read_bytes(key: str) -> QByteArray | None:
    value = settings().value(key)
    return value if isinstance(value, QByteArray) else None


def write(key: str, value) -> None:
    s = settings()
    s.setValue(key, value)
    s.sync()


def write_many(values: dict) -> None:
    """Several keys, written to the file once (the window's state on close)."""
    s = settings()
    for key, value in values.items():
        s.setValue(key, value)
    s.sync()


def add_recent(path: str) -> list[str]:
    recent = [p for p in read_list("recent_databases") if p != path]
    recent.insert(0, path)
    recent = recent[:MAX_RECENT]
    write("recent_databases", recent)
    return recent


def start_folder() -> str:
    """Where a file dialog opens: the folder used last, else Documents, else home."""
    last = read_str("folders/last", "")
    if last and Path(last).is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return documents
    return str(Path.home())


def start_path(file_name: str) -> str:
    """A suggested file in the folder a dialog opens in."""
    return str(Path(start_folder()) / file_name)


def remember_folder(path: str) -> None:
    """Remember the folder of a file the user chose, for the next dialog."""
    if path:
        folder = Path(path).parent if not Path(path).is_dir() else Path(path)
        write("folders/last", str(folder))
