"""What a sheet spans, measured before it is parsed (shared by the readers of each format)."""

from __future__ import annotations

from dataclasses import dataclass

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass
class Extent:
    """What a worksheet part holds: row elements, cell elements, and the last row and column (1-based) any
    cell names. ``irregular``: the byte search could not prove the extent; measure it exactly."""

    rows: int = 0
    cells: int = 0
    max_row: int = 0
    max_col: int = 0
    irregular: bool = False
    formulas: bool = False
    exact: bool = False  # measured by the exact scan (cells without a value left out)

    @property
    def rectangle(self) -> int:
        return self.max_row * self.max_col



def column_index(letters: str) -> int:
    """1-based column of 'A', 'AB', 'xfd' …"""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def column_letters(index: int) -> str:
    out = ""
    while index > 0:
        index, rem = divmod(index - 1, 26)
        out = _LETTERS[rem] + out
    return out or "A"
