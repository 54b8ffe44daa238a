"""QSettings with types kept: INI files lose them (a one-item list reads back as str, False as 'false'),
so every read names its type and a default."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

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


def add_recent(path: str) -> list[str]:
    recent = [p for p in read_list("recent_databases") if p != path]
    recent.insert(0, path)
    recent = recent[:MAX_RECENT]
    write("recent_databases", recent)
    return recent
