"""The order planners expect in a list: Chinese by pinyin, numbers inside text by value (P2 before P13).

:func:`sort_key` turns a text into a string whose plain binary order is that order, so SQLite can index it
(db/sort_keys.py keeps such keys for the big tables' name columns) and Python can sort small lists with it.
Chinese characters become their pinyin with the tone number, syllable by syllable (西安 xi1 an1 before
先 xian1, as a dictionary orders them); digit runs are zero-padded; Latin text is lower-cased. Characters with
several readings take their first, most common one (pypinyin's dictionary), as WPS and Excel do.
"""

from __future__ import annotations

import re
import unicodedata

KEY_LENGTH = 64  # longer keys only break ties among names alike in their first ~10 characters; ids break those
_DIGITS = 10
_DIGIT_RUN = re.compile(r"\d+")
_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


class _Syllables(dict):
    """str.translate table: a Chinese character -> ' shen1 ', anything else -> itself (memoised)."""

    dictionary: dict | None = None

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = char
        if any(low <= code <= high for low, high in _CJK_RANGES):
            if _Syllables.dictionary is None:
                _Syllables.dictionary = _readings()  # only once a Chinese text is sorted
            readings = _Syllables.dictionary.get(code)
            if readings:
                value = f" {tone3(readings.split(',')[0])} "
            else:
                value = f" {char} "  # a rare character without a reading sorts by itself, after the letters
        self[code] = value
        return value


def _readings() -> dict[int, str]:
    """pypinyin's dictionary of readings (code point -> 'zhōng,zhòng'), read from its data file: importing the
    package would also load its phrase dictionary and train its segmenter (~0.5 s, unused here)."""
    import importlib.util
    import json
    from pathlib import Path

    try:
        path = Path(importlib.util.find_spec("pypinyin").origin).parent / "pinyin_dict.json"
        return {int(k): v for k, v in json.loads(path.read_text(encoding="utf-8")).items()}
    except (AttributeError, OSError, ValueError):
        from pypinyin.pinyin_dict import pinyin_dict

        return pinyin_dict


_TONE_MARKS = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}  # macron, acute, caron, grave


def tone3(syllable: str) -> str:
    """A syllable with its tone mark as letters and a tone number ('zhōng' -> 'zhong1', 'lǜ' -> 'lv4', a neutral
    tone 5), as pypinyin's to_tone3(neutral_tone_with_five=True) writes it."""
    tone, out = "5", []
    for ch in unicodedata.normalize("NFD", syllable):
        if ch in _TONE_MARKS:
            tone = _TONE_MARKS[ch]
        elif ch == "\u0308" and out and out[-1] == "u":  # ü
            out[-1] = "v"
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)) + tone


_TABLE = _Syllables()


def _pad(match: re.Match) -> str:
    return f" {match.group().rjust(_DIGITS, '0')} "


def sort_key(text) -> str | None:
    """The order key of ``text`` (None stays None: empty cells sort together)."""
    if text is None:
        return None
    if not isinstance(text, str):
        text = str(text)
    text = unicodedata.normalize("NFKC", text).lower()
    text = _DIGIT_RUN.sub(_pad, text).translate(_TABLE)  # digits padded before the tone numbers are added
    return " ".join(text.split())[:KEY_LENGTH]
