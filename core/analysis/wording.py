"""The analysis worded outside the GUI (command line, workbook): statuses, marks, headline rules and reasons
in Chinese or English.

Names come from core.vocabulary; the reasons' English templates from core.messages, their Chinese from the
shipped translation file (context "errors") that the GUI's translation is compiled from, so the app, the
command line, the workbook and the report word a reason the same way.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from functools import cache

from core import messages, vocabulary
from core.vocabulary.choices import HEADLINE_RULE_TERMS


@cache
def zh_templates() -> dict[str, str]:
    """English template -> Chinese, from the translation file (or, in a checkout, the JSON it is filled from)."""
    from assets import TRANSLATIONS_DIR

    out: dict[str, str] = {}
    ts = TRANSLATIONS_DIR / "chain_mapper_zh_CN.ts"
    if ts.exists():
        for ctx in ET.parse(ts).getroot().iter("context"):
            if ctx.findtext("name") != "errors":
                continue
            for message in ctx.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.text and translation.get("type") != "unfinished":
                    out[message.findtext("source")] = translation.text
    for path in sorted((TRANSLATIONS_DIR / "zh_CN").glob("*.json")):
        for source, text in json.loads(path.read_text(encoding="utf-8")).get("errors", {}).items():
            out.setdefault(source, text)
    return out


def reason_text(reason, lang: str = "zh") -> str:
    """One reason (code + facts) as a sentence in ``lang``."""
    if reason is None:
        return ""
    translate = None
    if lang == "zh":
        table = zh_templates()
        translate = lambda template: table.get(template, template)  # noqa: E731
    return messages.render(reason, lang, translate)


def status_text(status: str, lang: str = "zh") -> str:
    return vocabulary.status_label(status, lang)


def flag_text(flag: str, lang: str = "zh") -> str:
    return vocabulary.flag_label(flag, lang)


def rule_text(rule: str | None, lang: str = "zh") -> str:
    term = HEADLINE_RULE_TERMS.get(rule or "")
    return term.name(lang) if term else ""
