"""The Term: one thing's Chinese name, English name, and the other words planners use for it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

LANGUAGES = ("zh", "en")


@dataclass(frozen=True)
class Term:
    zh: str
    en: str
    synonyms: tuple[str, ...] = ()

    def name(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh

    def words(self) -> tuple[str, ...]:
        """Every name this term is recognised by (the two names first)."""
        return (self.zh, self.en, *self.synonyms)


def T(zh: str, en: str, *synonyms: str) -> Term:  # noqa: N802 - reads like a table row in the data modules
    return Term(zh, en, tuple(synonyms))


_T2S = None


def _to_simplified(text: str) -> str:
    """Traditional characters to simplified (樂聚 -> 乐聚), for matching only; OpenCC is imported lazily."""
    global _T2S
    if text.isascii():
        return text
    if _T2S is None:
        try:
            import opencc

            _T2S = opencc.OpenCC("t2s").convert
        except Exception:  # noqa: BLE001 - without OpenCC matching still works on simplified text
            _T2S = str
    return _T2S(text)


_PUNCT = re.compile(r"[\s\u3000_·•.,，、:：;；'\"“”‘’()（）\[\]【】{}《》*#\-—/\\|]+")


def fold(text) -> str:
    """A key for matching what people write: full-width to half-width (NFKC), traditional to simplified, lower
    case, no spaces or punctuation. Never stored: official names are kept as written."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text)).lower()
    s = _to_simplified(s)
    return _PUNCT.sub("", s)


def simplified(text: str) -> str:
    """Traditional characters as simplified (for matching only; the text is stored as written)."""
    return _to_simplified(text)


def fold_all(texts: list[str]) -> list[str]:
    """:func:`fold` of many texts, with one OpenCC call for all of them (a 100,000-row list's names)."""
    lowered = [unicodedata.normalize("NFKC", t).lower().replace("\n", " ") for t in texts]
    simplified = _to_simplified("\n".join(lowered)).split("\n")  # no dictionary phrase spans a line break
    if len(simplified) != len(texts):
        simplified = [_to_simplified(t) for t in lowered]
    return [_PUNCT.sub("", t) for t in simplified]
