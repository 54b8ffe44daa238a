"""Which firm a row of a list means: by credit code, stock code, exact official name, alias, then normalised
name — and which firms it only looks like (held for the planner, never merged silently).

Similar names are compared only within a block of names sharing their first two characters (the brand,
usually), so a 100,000-row list costs what its blocks cost, not rows × rows. Two different registered names
(each with its legal form) are never "similar": they are two registrations. A name made only of industry words
(能源, 银行) matches nothing by normalisation.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import chain

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
        self.short_blocks: dict[str, list[tuple[str, int]]] = {}  # the same, firms known by a short name only
        self.codes: dict[int, str] = {}
        self.full: dict[int, bool] = {}  # whether the firm's name is a registered name
        self.names: dict[int, str] = {}
        self.places: dict[int, tuple] = {}  # id -> (city, district)
        self.pending: set[int] = set()
        firms = dbi.firm_rows(db).fetchall()
        names.fold_many(t for r in firms for t in (r[1], r[2], r[3], *names.split_aliases(r[4])))
        for row_id, name, short, en, aliases, code, stock, city, district in firms:
            self._index(row_id, name, short, en, aliases, code, stock)
            self.places[row_id] = (city, district)

    def _index(self, row_id, name, short, en, aliases, code, stock) -> None:
        if code:
            self.by_code.setdefault(code, row_id)
            self.codes[row_id] = code
        if stock:
            key = names.stock_key(stock)
            if key:
                self.by_stock.setdefault(key, row_id)
        self.names[row_id] = name
        full = self.full[row_id] = names.is_full_name(name)
        key = names.folded(name)
        if key:
            self.by_name.setdefault(key, []).append(row_id)
        norm = names.normalise_firm_name(name)
        norms = {norm} if norm else set()
        if short or en or aliases:
            for other in (short, en, *names.split_aliases(aliases)):
                if not other:
                    continue
                k = names.folded(other)
                if k and k != key:
                    self.by_alias.setdefault(k, []).append(row_id)
                norms.add(names.normalise_firm_name(other))
            norms.discard("")
        for norm in norms:
            self.by_norm.setdefault(norm, []).append(row_id)
            self.blocks.setdefault(norm[:2], []).append((norm, row_id))
            if not full:
                self.short_blocks.setdefault(norm[:2], []).append((norm, row_id))

    def add(self, row_id: int, row: dict) -> None:
        """A row this list adds (``row_id`` provisional): later rows are matched against it too."""
        self.pending.add(row_id)
        self._index(row_id, row.get("name_zh"), row.get("short_name"), row.get("name_en"), row.get("aliases"),
                    row.get("credit_code"), row.get("stock_code"))

    def match(self, row: dict) -> FirmMatch:
        code, stock = row.get("credit_code"), row.get("stock_code")
        if code and code in self.by_code:
            return self._found([self.by_code[code]], "credit code")
        if stock:
            stock = names.stock_key(stock)
            if stock and stock in self.by_stock:
                return self._found([self.by_stock[stock]], "stock code")
        name = row.get("name_zh")
        key = names.folded(name)
        for index, how in ((self.by_name, "name"), (self.by_alias, "alias")):
            ids = index.get(key)
            if ids:
                return self._decide(_unique(ids), how, code)
        short, en, aliases = row.get("short_name"), row.get("name_en"), row.get("aliases")
        if short or en or aliases:
            for other in (short, en, *names.split_aliases(aliases)):
                k = names.folded(other) if other else ""
                ids = _unique([*self.by_name.get(k, ()), *self.by_alias.get(k, ())]) if k else []
                if ids:
                    return self._decide(ids, "alias", code)
        norm = names.normalise_firm_name(name)
        if norm:
            full = names.is_full_name(name)
            ids = self.by_norm.get(norm)
            if ids:
                # two different registered names of this list that only normalise alike are two registrations
                ids = [i for i in _unique(ids) if not (i in self.pending and full and self.full.get(i))]
                if ids:
                    return self._decide(ids, "normalised name", code)
            similar = self.similar(norm, full)
            if similar:
                return FirmMatch("duplicate", similar, "similar", pending=all(i in self.pending for i in similar))
        return NEW

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
            # a registered name is compared only with firms known by a short name (two registered names
            # are two registrations)
            for other, row_id in self.short_blocks.get(norm[:2], ()) if full else block:
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

    def isolated(self, rows: list[tuple]) -> list[bool]:
        """For each row of a list — (name, short name, English name, aliases, credit code, stock code) — whether
        it can neither match nor resemble a firm of the map or another row of the list: every key it may be
        matched by is its own, and no name of its block is similar. :meth:`match` would call such a row new,
        and no later row can find it, so it is added without being matched or indexed. When unsure (a big
        block of short names), a row is not isolated: it is matched as usual. Worked out a column at a time."""
        if not rows:
            return []
        name_col, short_col, en_col, alias_col, code_col, stock_col = map(list, zip(*rows, strict=True))
        keys = list(map(names.folded, name_col))
        norm_col = list(map(names.normalise_firm_name, name_col))
        exact = [(k,) if k else () for k in keys]
        norms = [(m,) if m else () for m in norm_col]
        for i, (short, en, aliases) in enumerate(zip(short_col, en_col, alias_col, strict=True)):
            if short or en or aliases:
                others = [o for o in (short, en, *names.split_aliases(aliases)) if o]
                if keys[i]:  # a row without a name is not alone (and is left out)
                    exact[i] = tuple({keys[i], *map(names.folded, others)} - {""})
                norms[i] = tuple({norm_col[i], *map(names.normalise_firm_name, others)} - {""})
        taken = _taken(exact, self.by_name.keys() | self.by_alias.keys())
        taken_norms = _taken(norms, self.by_norm.keys())
        alone = [bool(e) and taken.isdisjoint(e) and taken_norms.isdisjoint(m) for e, m in zip(exact, norms, strict=True)]
        for column, known, key in ((code_col, self.by_code.keys(), str), (stock_col, self.by_stock.keys(),
                                                                            names.stock_key)):
            if any(column):
                codes = [key(v) if v else "" for v in column]
                taken_codes = _taken([(c,) if c else () for c in codes], known)
                alone = [a and not (c and c in taken_codes) for a, c in zip(alone, codes, strict=True)]
        self._not_alone_if_similar(name_col, norms, alone)
        return alone

    BLOCK_COMPARED = 3000  # names of one block compared for isolation (a matrix of scores); more: matched as usual

    def _not_alone_if_similar(self, name_col: list, norms: list, alone: list[bool]) -> None:
        """Rows of a block holding a similar name (of the map, or of another row) are not alone. Map firms are
        -1; a pair counts only when one of the two is not a registered name (as :meth:`similar` does)."""
        fulls = list(map(names.is_full_name, name_col))
        # only a block holding a name that is not a registered one can hold a similar pair
        wanted = set(self.short_blocks).union(*({m[:2] for m in row_norms} for row_norms, full
                                                in zip(norms, fulls, strict=True) if not full))
        blocks: dict[str, list[tuple[str, bool, int]]] = {}
        for i, row_norms in enumerate(norms):
            for norm in row_norms:
                if norm[:2] in wanted:
                    blocks.setdefault(norm[:2], []).append((norm, fulls[i], i))
        for block, members in blocks.items():
            members = members + [(norm, bool(self.full.get(row_id)), -1) for norm, row_id in self.blocks.get(block, ())]
            if len(members) < 2 or all(m[1] for m in members) or not any(alone[i] for _n, _f, i in members if i >= 0):
                continue
            if len(members) > self.BLOCK_COMPARED:
                for _norm, _full, i in members:
                    if i >= 0:
                        alone[i] = False
                continue
            for p, q in similar_pairs([m[0] for m in members]):
                (_a, full_a, i), (_b, full_b, j) = members[p], members[q]
                if i != j and (i >= 0 or j >= 0) and not (full_a and full_b):
                    for k in (i, j):
                        if k >= 0:
                            alone[k] = False

    def is_short_record(self, row_id: int) -> bool:
        """The firm is known by a short name only (a list of 简称 made it): a full name should replace it."""
        return not self.full.get(row_id, True)


NEW = FirmMatch("new", [], "")


def _taken(keys_by_row: list[tuple], known) -> set:
    """Keys held by more than one row, or by a firm of the map (``known``)."""
    counts = Counter(chain.from_iterable(keys_by_row))
    return {k for k, n in counts.items() if n > 1} | (counts.keys() & known)


def _unique(ids) -> list[int]:
    return sorted(set(ids))


def similar_pairs(keys: list[str]) -> set[tuple[int, int]]:
    """Positions (p < q) of the normalised names of one block that :meth:`FirmMatcher.similar` would call
    alike — one is the other with only industry words added, or their near-name score is SIMILAR_SCORE or more
    — found without comparing every pair in Python: the scores in C (rapidfuzz's cdist), the prefixes in
    sorted order."""
    import numpy as np
    from rapidfuzz import fuzz, process

    pairs: set[tuple[int, int]] = set()
    scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=SIMILAR_SCORE, dtype=np.uint8)
    for p, q in zip(*np.nonzero(scores), strict=True):
        if p < q and keys[p] != keys[q] and min(len(keys[p]), len(keys[q])) >= 4:
            pairs.add((int(p), int(q)))
    order = sorted(range(len(keys)), key=keys.__getitem__)
    for at, p in enumerate(order):  # the names that start with this one follow it in sorted order
        for q in order[at + 1:]:
            if not keys[q].startswith(keys[p]):
                break
            if names.similar_keys(keys[p], keys[q]):
                pairs.add((min(p, q), max(p, q)))
    return pairs


def _ratio(a: str, b: str) -> float:
    if min(len(a), len(b)) < 4:
        return 0.0
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b)
