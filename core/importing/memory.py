"""Choices the planner made once and that every later import uses, from the GUI and the command line alike:
what a list's column holds (机构 -> 企业名称) and what a chain value means (伺服电机 -> 无框力矩电机, or "not a
component"). Kept in one JSON file in the data folder, written whole (core.atomic); a damaged file is ignored.
A ``--map-values`` file gives the same choices for one run: lines of ``值=部件`` (an empty right side: not a
component), or a JSON object.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from core.importing.messages import ImportProblem
from core.vocabulary import fold

FILE_NAME = "import-choices.json"
NOT_A_COMPONENT = ""


def memory_path() -> Path:
    from core.workspace import data_dir

    return data_dir() / FILE_NAME


def _read(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(path: Path, data: dict) -> None:
    from core.atomic import atomic_path

    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


def remembered_columns(table: str, path: Path | None = None) -> dict[str, str | None]:
    """Header -> field ('' or None: ignore) the planner chose for lists of ``table``."""
    data = _read(path or memory_path()).get("columns", {}).get(table, {})
    return {str(k): (v or None) for k, v in data.items()} if isinstance(data, dict) else {}


def remember_columns(table: str, mapping: dict[str, str | None], path: Path | None = None) -> None:
    path = path or memory_path()
    data = _read(path)
    known = data.setdefault("columns", {}).setdefault(table, {})
    known.update({k: v or "" for k, v in mapping.items()})
    _write(path, data)


def remembered_values(path: Path | None = None) -> dict[str, str]:
    """Folded chain value -> the component's name ('' : not a component)."""
    data = _read(path or memory_path()).get("values", {})
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def remember_values(choices: dict[str, str | None], path: Path | None = None) -> None:
    """Remember chain values: value as written -> component name (None or '': not a component)."""
    path = path or memory_path()
    data = _read(path)
    known = data.setdefault("values", {})
    for text, name in choices.items():
        if fold(text):
            known[fold(text)] = name or NOT_A_COMPONENT
    _write(path, data)


def read_value_file(path) -> dict[str, str]:
    """A ``--map-values`` file: folded value -> component name ('' : not a component). Raises ImportProblem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportProblem("map_values_file", file=str(path), reason=getattr(exc, "strerror", None) or exc) from None
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except ValueError as exc:
            raise ImportProblem("map_values_file", file=str(path), reason=str(exc)) from None
        return {fold(k): str(v or "") for k, v in data.items() if fold(k)}
    out = {}
    for n, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = re.split(r"\s*[=＝\t,，]\s*", line, maxsplit=1)
        if len(parts) != 2 or not fold(parts[0]):
            raise ImportProblem("map_values_entry", line=n, text=line)
        out[fold(parts[0])] = parts[1].strip()
    return out
