"""Where SQL and SQLite leak out of db/: lines in core/ and gui/ that run SQL or import sqlite3/sqlite_utils,
and gui/ modules importing db (other than db.errors). Import-linter holds the imports in CI; this also finds
SQL run through a handle passed in (``db.execute``), which an import contract cannot see.

    python tools/check_layers.py [PATH …]     exit 1 when anything is found
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RULES = [
    (re.compile(r"\.(execute|executemany|executescript)\(|\bPRAGMA\b|\bSELECT\b.+\bFROM\b"), "runs SQL outside db/"),
    (re.compile(r"^\s*(import|from)\s+(sqlite3|sqlite_utils)\b"), "imports SQLite outside db/"),
]
GUI_DB = re.compile(r"^\s*(from\s+db(\.(?!errors\b)\w+)*\s+import\s+(?!errors\b)|import\s+db\b)")


def check(path: Path) -> list[str]:
    out = []
    rel = path.relative_to(ROOT)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        for pattern, why in RULES:
            if pattern.search(line):
                out.append(f"{rel}:{n}: {why}: {line.strip()[:100]}")
        if rel.parts[0] == "gui" and GUI_DB.search(line):
            out.append(f"{rel}:{n}: gui imports db: {line.strip()[:100]}")
    return out


def main(argv: list[str]) -> int:
    paths = [Path(a).resolve() for a in argv] or [ROOT / "core", ROOT / "gui"]
    files = [f for p in paths for f in (sorted(p.rglob("*.py")) if p.is_dir() else [p])]
    found = [line for f in files for line in check(f)]
    print("\n".join(found) or "clean")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
