"""Plausible values for the synthetic map: unified social credit codes with valid check characters (GB 32100),
weighted picks, long-tailed amounts, dates and periods, and figures quoted as a news item words them."""

from __future__ import annotations

import math
from bisect import bisect
from datetime import date, timedelta
from random import Random

# --- unified social credit codes (GB 32100-2015) ----------------------------------------------------------

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters, no I O S V Z
_USCC_VALUE = {c: i for i, c in enumerate(USCC_CHARS)}
_USCC_WEIGHTS = [pow(3, i, 31) for i in range(17)]
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_value(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 55  # A = 10 ... Z = 35


def credit_code(division: str, body8: str) -> str:
    """A unified social credit code for an enterprise (91...) with valid check characters."""
    c9 = 11 - sum(w * _org_value(c) for w, c in zip(_ORG_WEIGHTS, body8, strict=True)) % 11
    org = body8 + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
    first17 = "91" + division + org
    check = (31 - sum(w * _USCC_VALUE[c] for w, c in zip(_USCC_WEIGHTS, first17, strict=True)) % 31) % 31
    return first17 + USCC_CHARS[check]


def valid_credit_code(code: str) -> bool:
    return len(code) == 18 and all(c in _USCC_VALUE for c in code) and credit_code(code[2:8], code[8:16]) == code


def body_new(k: int) -> str:
    """Post-2015 style body 'MA5' + 5 characters; a bijection of k over 31**5, so codes never repeat."""
    n = (k * 7_368_787 + 1_234_567) % 31**5
    out = []
    for _ in range(5):
        n, r = divmod(n, 31)
        out.append(USCC_CHARS[r])
    return "MA5" + "".join(out)


def body_old(k: int) -> str:
    """Older all-digit organisation code body; a bijection of k over 10**8."""
    return f"{(k * 48_271 + 19_880_101) % 10**8:08d}"


# --- picks, amounts, dates, quotes -----------------------------------------------------------------------


class Picker:
    """Weighted choice by bisecting cumulative weights (faster than random.choices for one pick)."""

    def __init__(self, items, weights):
        self.items = list(items)
        self.cum, total = [], 0.0
        for w in weights:
            total += w
            self.cum.append(total)
        self.total = total

    def __call__(self, rng: Random):
        return self.items[bisect(self.cum, rng.random() * self.total)]


def lognormal(rng: Random, median: float, sigma: float, step: float) -> float:
    return float(max(step, round(rng.lognormvariate(math.log(median), sigma) / step) * step))


def date_between(rng: Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def period_end(d: date, precision: str) -> date:
    if precision == "year":
        return date(d.year, 12, 31)
    if precision == "half":
        return date(d.year, 6, 30) if d.month <= 6 else date(d.year, 12, 31)
    if precision in ("quarter", "month"):
        month = d.month if precision == "month" else ((d.month - 1) // 3 + 1) * 3
        first_next = date(d.year + month // 12, month % 12 + 1, 1)
        return first_next - timedelta(days=1)
    return d


COUNT_UNITS = ("家", "个", "台")


def quoted(name: str, value: float, unit: str | None, qualifier: str | None) -> str:
    """How a news item would say it: 超/约/近 before the number, 余 before the unit, 以上 after it."""
    unit = unit or ""
    if qualifier in ("超", "约", "近"):
        return f"{name}{qualifier}{value:g}{unit}"
    if qualifier == "余":
        return f"{name}{value:g}余{unit}"
    if qualifier == "以上":
        return f"{name}{value:g}{unit}以上"
    return f"{name}{value:g}{unit}"
