"""Which firm a row of a list means: by credit code, stock code, exact official name, alias, then normalised
name — and which firms it only looks like (held for the planner, never merged silently).

Similar names are compared only within a block of names sharing their first two characters (the brand,
usually), so a 100,000-row list costs what its blocks cost, not rows × rows. Two different registered names
(each with its legal form) are never "similar": they are two registrations. A name made only of industry words
(能源, 银行) matches nothing by normalisation.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.importing import names
from db import importing as dbi

SIMILAR_SCORE = 90  # rapidfuzz ratio of two normalised names (one of them not a registered name)
BLOCK_SCAN = 400  # names of one block compared one by one; a bigger block is scored in C by rapidfuzz


@dataclass
class FirmMatch:
    status: str  # match / duplicate / new
    ids: list[int]  # existing firms (or, for a row of this list, its provisional id)
    how: str  # credit code, stock code, name, alias, normalised name, similar, several, other code
    pending: bool = False  # the ids are rows this list adds


class FirmMatcher:
    """Existing firms and the rows this list adds, indexed by every key a row may be matched by."""

    def __init__(self, db):
        self.by_code: dict[str, int] = {}
        self.by_stock: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = {}  # folded official name
        self.by_alias: dict[str, list[int]] = {}  # folded short / English name / alias
        self.by_norm: dict[str, list[int]] = {}
        self.blocks: dict[str, list[tuple[str, int]]] = {}  # first two characters of a normalised name
        self.codes: dict[int, str] = {}
        self.full: dict[int, bool] = {}  # whether the firm's name is a registered name
        self.names: dict[int, str] = {}
        self.places: dict[int, tuple] = {}  # id -> (city, district)
        self.pending: set[int] = set()
        for row_id, name, short, en, aliases, code, stock, city, district in dbi.firm_rows(db):
            self._index(row_id, name, short, en, aliases, code, stock)
            self.places[row_id] = (city, district)

    def _index(self, row_id, name, short, en, aliases, code, stock) -> None:
        if code:
            self.by_code.setdefault(code, row_id)
            self.codes[row_id] = code
        if stock and names.stock_key(stock):
            self.by_stock.setdefault(names.stock_key(stock), row_id)
        self.names[row_id] = name
        self.full[row_id] = names.is_full_name(name)
        key = names.folded(name)
        if key:
            self.by_name.setdefault(key, []).append(row_id)
        others = [o for o in (short, en, *names.split_aliases(aliases)) if o]
        for other in others:
            k = names.folded(other)
            if k and k != key:
                self.by_alias.setdefault(k, []).append(row_id)
        norms = {names.normalise_firm_name(n) for n in (name, *others)} - {""}
        for norm in norms:
            self.by_norm.setdefault(norm, []).append(row_id)
            self.blocks.setdefault(norm[:2], []).append((norm, row_id))

    def add(self, row_id: int, row: dict) -> None:
        """A row this list adds (``row_id`` provisional): later rows are matched against it too."""
        self.pending.add(row_id)
        self._index(row_id, row.get("name_zh"), row.get("short_name"), row.get("name_en"), row.get("aliases"),
                    row.get("credit_code"), row.get("stock_code"))

    def match(self, row: dict) -> FirmMatch:
        code, stock = row.get("credit_code"), names.stock_key(row.get("stock_code"))
        if code and code in self.by_code:
            return self._found([self.by_code[code]], "credit code")
        if stock and stock in self.by_stock:
            return self._found([self.by_stock[stock]], "stock code")
        name = row.get("name_zh")
        key = names.folded(name)
        for index, how in ((self.by_name, "name"), (self.by_alias, "alias")):
            ids = _unique(index.get(key, ()))
            if ids:
                return self._decide(ids, how, code)
        for other in (row.get("short_name"), row.get("name_en"), *names.split_aliases(row.get("aliases"))):
            k = names.folded(other) if other else ""
            ids = _unique([*self.by_name.get(k, ()), *self.by_alias.get(k, ())]) if k else []
            if ids:
                return self._decide(ids, "alias", code)
        norm = names.normalise_firm_name(name)
        if norm:
            ids = _unique(self.by_norm.get(norm, ()))
            full = names.is_full_name(name)
            # two different registered names of this list that only normalise alike are two registrations
            ids = [i for i in ids if not (i in self.pending and full and self.full.get(i))]
            if ids:
                return self._decide(ids, "normalised name", code)
            similar = self.similar(norm, full)
            if similar:
                return FirmMatch("duplicate", similar, "similar", pending=all(i in self.pending for i in similar))
        return FirmMatch("new", [], "")

    def _found(self, ids: list[int], how: str) -> FirmMatch:
        return FirmMatch("match", ids, how, pending=ids[0] in self.pending)

    def _decide(self, ids: list[int], how: str, code) -> FirmMatch:
        pending = all(i in self.pending for i in ids)
        if len(ids) > 1:
            return FirmMatch("duplicate", ids, "several", pending=pending)
        known = self.codes.get(ids[0])
        if code and known and known != code:
            return FirmMatch("duplicate", ids, "other code", pending=pending)
        return FirmMatch("match", ids, how, pending=pending)

    def similar(self, norm: str, full: bool) -> list[int]:
        """Firms whose normalised name is this one with only industry words added (or nearly the same), when
        one of the two is not a registered name."""
        block = self.blocks.get(norm[:2], ())
        found: list[int] = []
        if len(block) <= BLOCK_SCAN:
            for other, row_id in block:
                if other != norm and (not full or not self.full.get(row_id)) and (
                        names.similar_keys(norm, other) or _ratio(norm, other) >= SIMILAR_SCORE):
                    found.append(row_id)
        else:
            from rapidfuzz import fuzz, process

            keys = [k for k, _ in block]
            for _k, _score, index in process.extract(norm, keys, scorer=fuzz.ratio, limit=20,
                                                     score_cutoff=SIMILAR_SCORE):
                row_id = block[index][1]
                if keys[index] != norm and (not full or not self.full.get(row_id)):
                    found.append(row_id)
            found += [row_id for other, row_id in block if other != norm and names.similar_keys(norm, other)
                      and (not full or not self.full.get(row_id))]
        return sorted(set(found))[:5]

    def is_short_record(self, row_id: int) -> bool:
        """The firm is known by a short name only (a list of 简称 made it): a full name should replace it."""
        return not self.full.get(row_id, True)


def _unique(ids) -> list[int]:
    return sorted(set(ids))


def _ratio(a: str, b: str) -> float:
    if min(len(a), len(b)) < 4:
        return 0.0
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b)
