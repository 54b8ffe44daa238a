"""The texts of the charts and the printed report in one language, chosen by the caller.

The dashboard speaks the UI's language (:meth:`Words.ui`); a report is printed in the language picked for it,
whatever the UI's. Fixed texts come from our Qt translation (marked with QT_TRANSLATE_NOOP so lupdate sees
them), names of statuses, flags and choices from core.vocabulary, units from core.vocabulary.units.
"""

from __future__ import annotations

import re
import threading

from PySide6.QtCore import QTranslator

from assets import TRANSLATIONS_DIR
from core import messages, vocabulary
from core.vocabulary import units

# A fact that is an amount as the analysis writes it ("2,200家", "35%"): English words its unit.
_AMOUNT = re.compile(r"^(-?[\d,]+(?:\.\d+)?)(\S+)$")

_translators: dict[str, QTranslator | None] = {}
_lock = threading.Lock()


def _translator(lang: str) -> QTranslator | None:
    """Our Chinese translation, loaded once (English is the source language and needs none)."""
    if lang != "zh":
        return None
    with _lock:
        if lang not in _translators:
            translator = QTranslator()
            _translators[lang] = translator if translator.load(str(TRANSLATIONS_DIR / "chain_mapper_zh_CN.qm")) else None
        return _translators[lang]


class Words:
    """Texts in ``lang`` ("zh" or "en"). Calling it translates a marked English text of ``context``."""

    def __init__(self, lang: str):
        self.lang = "zh" if lang.startswith("zh") else "en"
        self._translator = _translator(self.lang)

    @classmethod
    def ui(cls) -> Words:
        """Words in the UI's language."""
        from gui import labels

        return cls(labels.lang())

    def __call__(self, text: str, context: str = "Report") -> str:
        if self._translator is None:
            return text
        return self._translator.translate(context, text) or text

    def plural(self, n: int, one: str, other: str, context: str = "Report") -> str:
        """``one`` or ``other`` (both marked texts with a {n}) as English grammar wants; Chinese has one form."""
        return self(one if n == 1 else other, context).format(n=n)

    # ----- names from the vocabulary ------------------------------------------------------------------------
    def status(self, status: str | None) -> str:
        return vocabulary.status_label(status, self.lang) if status else ""

    def flag(self, flag: str) -> str:
        return vocabulary.flag_label(flag, self.lang)

    def choice(self, value, choice_set: str | None = None) -> str:
        """A stored choice value, status or flag as shown in this language."""
        if value is None:
            return ""
        if choice_set is not None:
            return vocabulary.choice_label(choice_set, value, self.lang)
        if value in vocabulary.STATUS_TERMS:
            return self.status(value)
        if value in vocabulary.FLAG_TERMS:
            return self.flag(value)
        for name, values in vocabulary.CHOICE_SETS.items():
            if value in values and name != "yes_no":
                return values[value].name(self.lang)
        return str(value)

    def term(self, term) -> str:
        """A core.vocabulary Term (zh/en) in this language (the workbook's and the command line's words)."""
        return term.name(self.lang)

    def reason(self, reason) -> str:
        """A reason of the gap analysis (code + facts) as a sentence: its template through our translation
        (context "errors", as gui.wording and the command line word it), amounts with units in this language."""
        if reason is None:
            return ""
        if self.lang == "en":
            reason = type(reason)(reason.code, {k: self._amount(v) for k, v in reason.facts.items()})
        translate = (lambda t: self._translator.translate("errors", t) or t) if self._translator else None
        return messages.render(reason, self.lang, translate)

    def _amount(self, fact):
        found = _AMOUNT.match(fact) if isinstance(fact, str) else None
        if found is None or found.group(2).strip() not in units.UNITS:
            return fact
        return units.quantity(float(found.group(1).replace(",", "")), found.group(2), self.lang)

    def name(self, zh: str | None, en: str | None) -> str:
        """An entity's name: the English one in English when the data has it."""
        if self.lang == "en" and en:
            return en
        return zh or en or ""

    # ----- numbers ------------------------------------------------------------------------------------------
    def quantity(self, value, unit: str | None, qualifier: str | None = None) -> str:
        return units.quantity(value, unit, self.lang, qualifier=qualifier)

    def unit(self, unit: str | None, count=None) -> str:
        return units.unit_label(unit, self.lang, count)

    @staticmethod
    def number(value) -> str:
        return units.format_number(value)

    # ----- punctuation --------------------------------------------------------------------------------------
    @property
    def colon(self) -> str:
        return "：" if self.lang == "zh" else ": "

    @property
    def list_sep(self) -> str:
        return "、" if self.lang == "zh" else ", "

    def bracket(self, text: str) -> str:
        return f"（{text}）" if self.lang == "zh" else f" ({text})"

    def join(self, items: list[str]) -> str:
        """'a、b和c' / 'a, b and c'."""
        items = [i for i in items if i]
        if len(items) < 2:
            return "".join(items)
        if self.lang == "zh":
            return "、".join(items[:-1]) + "和" + items[-1]
        return ", ".join(items[:-1]) + " and " + items[-1]
