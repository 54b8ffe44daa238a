"""SQL lives in db/ only: no module of core/ or gui/ runs SQL or imports SQLite, and gui/ imports no db module
but its error types (import-linter holds the imports; this also sees SQL run on a handle passed in)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_sql_outside_db():
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "check_layers.py")], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout
    assert out.stdout.strip() == "clean"


def test_no_module_over_about_400_lines():
    """Small modules of one purpose (the bench data generator and the font tool are scripts, not modules)."""
    long = {str(p.relative_to(ROOT)): n for p in ROOT.glob("*/**/*.py")
            if p.parts[len(ROOT.parts)] in ("core", "db", "gui", "tools", "bench")
            and (n := len(p.read_text(encoding="utf-8").splitlines())) > 450}
    assert long == {}, long
