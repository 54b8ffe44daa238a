"""Bring the Chinese translation up to date with the code, then compile it.

    python tools/update_translations.py          update .ts, fill from the JSON files, compile .qm, report
    python tools/update_translations.py --check  only report what is unfinished (exit 1 if anything is)

1. pyside6-lupdate reads every gui/**/*.py and merges new and changed UI strings into the .ts (existing
   translations are kept; strings no longer in the code are dropped).
2. The English templates of core.messages (known errors) are added in context "errors", so the GUI can word
   a core error through Qt's translation (gui/wording.py).
3. Unfinished messages are filled from assets/translations/zh_CN/*.json: {"context": {"source": "译文"}} — one
   file per area, so people working on different parts never edit the same file.
4. pyside6-lrelease compiles the .qm the app loads.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "assets" / "translations" / "chain_mapper_zh_CN.ts"
QM = TS.with_suffix(".qm")
FILLS = ROOT / "assets" / "translations" / "zh_CN"


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def run_lupdate() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(TS.relative_to(ROOT))],
                   cwd=ROOT, check=True)


def _context(tree: ET.ElementTree, name: str) -> ET.Element:
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") == name:
            return ctx
    ctx = ET.SubElement(tree.getroot(), "context")
    ET.SubElement(ctx, "name").text = name
    return ctx


def add_error_templates(tree: ET.ElementTree) -> None:
    sys.path.insert(0, str(ROOT))
    from core import messages

    ctx = _context(tree, "errors")
    known = {m.findtext("source"): m for m in ctx.iter("message")}
    wanted = set(messages.TEMPLATES.values())
    for message in list(ctx.findall("message")):
        source = message.findtext("source")
        if source not in wanted and message.find("location") is None:
            ctx.remove(message)  # a template that no longer exists
    for template in messages.TEMPLATES.values():
        if template in known:
            continue
        message = ET.SubElement(ctx, "message")
        ET.SubElement(message, "source").text = template
        ET.SubElement(message, "translation", {"type": "unfinished"})


def load_fills() -> dict[str, dict[str, str]]:
    fills: dict[str, dict[str, str]] = {}
    for path in sorted(FILLS.glob("*.json")):
        for context, pairs in json.loads(path.read_text(encoding="utf-8")).items():
            fills.setdefault(context, {}).update(pairs)
    return fills


def fill(tree: ET.ElementTree, fills: dict[str, dict[str, str]]) -> list[tuple[str, str]]:
    unfinished = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for message in ctx.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source")
            text = fills.get(name, {}).get(source) or fills.get("*", {}).get(source)
            if text:
                translation.text = text
                del translation.attrib["type"]
            else:
                unfinished.append((name, source))
    return unfinished


def main(argv: list[str]) -> int:
    check = "--check" in argv
    if not check:
        run_lupdate()
    tree = ET.parse(TS)
    if not check:
        add_error_templates(tree)
    unfinished = fill(tree, load_fills())
    if not check:
        ET.indent(tree, space="    ")
        tree.write(TS, encoding="utf-8", xml_declaration=True)
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(QM)], check=True)
    for context, source in unfinished:
        print(f"unfinished: [{context}] {source}")
    print(f"{len(unfinished)} unfinished")
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
