"""Planning the import of a planner's firm list: rows matched to firms (core.importing.firm_match), curated
values protected, places read from addresses, and the chain columns turned into chain links (capabilities).

A list fills what the map leaves empty. A different value where the map has one is a *conflict* the planner
decides (keep / take the list's), unless the import is told to fill blanks only or to overwrite; two rows of
one list giving one firm different values are a conflict too. Notes and aliases are added to, never replaced.
A bad optional cell is left out with a warning and a row whose name is missing or bad is left out (both listed,
and written to the rejects workbook); likely duplicates wait for the planner's decision.
"""

from __future__ import annotations

from core import fields, vocabulary
from core.errors import FieldRejected
from core.fields.rows import merge_notes
from core.fields.spec import TABLES
from core.importing import headers as im
from core.importing import locality, names
from core.importing.cells import add_row, convert_row, converters, same, specs
from core.importing.columns import ConvertedColumns
from core.importing.context import COLUMNS, Context
from core.importing.firm_match import FirmMatcher
from core.importing.layout import column_name, data_rows
from core.importing.links import LinkPlanner
from core.importing.model import DROP, NOTE, SKIP, Change, Conflict, Duplicate, SheetPlan, problem
from db import importing as dbi

MERGED_FIELDS = {"notes": merge_notes, "aliases": names.merge_aliases}
NEVER_CONFLICT = {"needs_check", "source_id"}


class FirmListPlanner:
    """One firm list being planned (its rows, the firms they match, the links they make)."""

    def __init__(self, ctx: Context, sp: SheetPlan, options, links: LinkPlanner | None):
        self.ctx, self.sp, self.options, self.links = ctx, sp, options, links
        if ctx.firms is None:
            ctx.firms = FirmMatcher(ctx.db)
        self.matcher: FirmMatcher = ctx.firms
        self.columns = specs(sp)
        self.convs = converters(ctx, sp, self.columns)
        self.list_cols = {mc.field: mc for mc in sp.match.mapped() if mc.field in im.LIST_FIELDS}
        self.note_cols = [mc for mc in sp.match.mapped() if mc.field == vocabulary.headers.EXTRA_NOTE]
        mapped = {mc.field for mc in sp.match.mapped()}
        self.name_from_short = "name_zh" not in mapped and "short_name" in mapped
        self.place_columns = vocabulary.headers.ADDRESS in self.list_cols or vocabulary.headers.REGION in self.list_cols
        self.spell = locality.Spellings(dbi.place_spellings(ctx.db))
        self.changes: dict[int, Change] = {}  # existing firm -> its change (rows of this list add to it)
        self.given: dict[tuple[int, str], int] = {}  # (firm, field) -> the row that gave the value
        self.first_row: dict[int, int] = {}  # firm -> the first row of this list naming it
        self.matched: set[int] = set()  # firms of the map this list names
        self.stage_col = COLUMNS["capabilities"]["stage"]
        sp.add_columns = ["id", *(c.name for c in TABLES["firms"])]

    # ----- rows ------------------------------------------------------------------------------------------------
    def plan(self, book, formula_cells: dict, counter) -> None:
        """Read the rows, convert their cells a column at a time, then plan them in order."""
        name_index = next((mc.index for mc in self.sp.match.mapped()
                           if mc.field == ("short_name" if self.name_from_short else "name_zh")), None)
        rows = list(data_rows(book, self.sp, formula_cells, name_index=name_index))
        converted = ConvertedColumns(self.columns, self.convs, rows)
        names.fold_many(converted.texts("name_zh", "short_name", "name_en"))  # one OpenCC call for the names
        alone = self.matcher.isolated(list(zip(
            converted.column("short_name" if self.name_from_short else "name_zh"), converted.column("short_name"),
            converted.column("name_en"), converted.column("aliases"), converted.column("credit_code"),
            converted.column("stock_code"), strict=True)))
        special = converted.special
        for i, (rownum, row, section) in enumerate(rows):
            if i % 500 == 499:
                counter.step(500)
            self.row(rownum, row, section, None if i in special else converted.values(i), alone=alone[i])
        counter.step(len(rows) % 500)

    def row(self, rownum: int, row: list, section, vals: dict | None = None, *, alone: bool = False) -> None:
        """Plan one row; ``vals`` are its converted cells when none was refused or qualified (otherwise the
        row is read cell by cell here, with its issues). A row ``alone`` (FirmMatcher.isolated) is new and
        no other row can match it: it is added without being matched."""
        sp = self.sp
        if vals is None:
            vals = {}
            quals, _later, issues, ok = convert_row(sp, rownum, row, self.columns, self.convs, vals,
                                                    skip_blank=True, partial=True)
        else:
            quals, issues, ok = {}, [], True
        if self.name_from_short and vals.get("short_name"):
            vals["name_zh"] = vals["short_name"]
        if ok and not vals.get("name_zh"):
            mc = next((m for m, c in self.columns if c.name in ("name_zh", "short_name")), None)
            issues.append(sp.add_issue(rownum, column_name(mc) if mc else None, None,
                                       FieldRejected("required", table="firms", column="name_zh", text=""), SKIP))
            ok = False
        if not ok:
            sp.reject(rownum, row, [i for i in issues if i.severity in (SKIP, DROP)])
            return
        if self.place_columns:
            self._places(rownum, row, vals)
        for kind in ("city", "district"):
            if vals.get(kind):
                vals[kind] = self.spell.spell(kind, vals[kind])
        if quals or self.note_cols or vals.get("stock_code"):
            self._extras(row, vals, quals)
        chain = self.links.read_row(rownum, row, section) if self.links else None
        if chain is not None:
            chain.source_id = vals.get("source_id")
        if chain is not None and chain.role and not vals.get("role"):
            vals["role_from_position"] = chain.role
        if alone:
            firm_id = self._add(rownum, vals, vals.pop("role_from_position", None), index=False)
            if firm_id is not None:
                self._link(rownum, firm_id, chain)
            return
        self._match_and_plan(rownum, row, vals, chain)

    def _places(self, rownum: int, row: list, vals: dict) -> None:
        mc = self.list_cols.get(vocabulary.headers.ADDRESS)
        if mc is not None and row[mc.index] not in ("", None):
            city, district = locality.from_address(fields.parse.cell_text(row[mc.index]))
            vals.setdefault("city", city) if city else None
            vals.setdefault("district", district) if district else None
        mc = self.list_cols.get(vocabulary.headers.REGION)
        if mc is not None and row[mc.index] not in ("", None):
            text = fields.parse.cell_text(row[mc.index])
            kind, value = locality.from_region(text)
            if kind in ("city", "district"):
                vals.setdefault(kind, value)
            else:
                code = "region_not_district" if kind == "region" else "place_unknown"
                self.sp.add_issue(rownum, column_name(mc), text, problem(code, text=text), DROP)

    def _extras(self, row: list, vals: dict, quals: dict) -> None:
        notes = [f"{' '.join(mc.header.split())}：{cell}" for _f, (_q, cell, mc) in quals.items()]
        for mc in self.note_cols:
            if row[mc.index] not in ("", None):
                notes.append(f"{' '.join(mc.header.split())}：{fields.parse.cell_text(row[mc.index]).strip()}")
        if notes:
            vals["notes"] = merge_notes(vals.get("notes"), "；".join(notes))
        if vals.get("stock_code") and vals.get("listed") is None:
            vals["listed"] = 1  # a firm with a stock code is listed

    # ----- matching ----------------------------------------------------------------------------------------------
    def _match_and_plan(self, rownum: int, row: list, vals: dict, chain) -> None:
        sp, options = self.sp, self.options
        role_hint = vals.pop("role_from_position", None)
        found = self.matcher.match(vals)
        label = vals.get("name_zh")
        if found.status == "match":
            firm_id = found.ids[0]
            if found.pending:
                self._merge_pending(rownum, firm_id, vals)
            else:
                self._update(rownum, firm_id, vals, how=found.how)
            self._role_hint(firm_id, role_hint)
            self._link(rownum, firm_id, chain)
            return
        if found.status == "duplicate":
            candidates = [i for i in found.ids if not found.pending]
            others = "、".join(self.ctx.label("firms", i) for i in found.ids)
            if found.pending:
                other = min(self.first_row.get(i, rownum) for i in found.ids)
                why = problem("dup_similar_row", other=other)
            else:
                why = problem({"similar": "dup_similar", "several": "dup_several",
                               "other code": "dup_other_code"}.get(found.how, "dup_similar"))
            dup = Duplicate(rownum, label, candidates, others, why, cells=list(row))
            dup.decision = options.decisions.get((sp.sheet, rownum), options.duplicates)
            if dup.decision == "merge" and not candidates:
                dup.decision = "skip"  # a similar row of this list: the first is kept
            sp.duplicates.append(dup)
            if dup.decision == "skip":
                return
            if dup.decision == "merge":
                self._update(rownum, candidates[0], vals, how="merge")
                self._link(rownum, candidates[0], chain)
                return
        firm_id = self._add(rownum, vals, role_hint)
        if firm_id is not None:
            self._link(rownum, firm_id, chain)

    def _add(self, rownum: int, vals: dict, role_hint, *, index: bool = True) -> int | None:
        """Add the row's firm; ``index``: later rows may match it (a row alone needs no index)."""
        if role_hint and not vals.get("role"):
            vals["role"] = role_hint
        firm_id = add_row(self.ctx, self.sp, rownum, vals, self.columns, severity=SKIP)
        if firm_id is not None:
            if index:
                self.matcher.add(firm_id, vals)
            self.first_row[firm_id] = rownum
        return firm_id

    def _role_hint(self, firm_id: int, role) -> None:
        if not role:
            return
        if firm_id < 0:
            row = self.ctx.pending_row("firms", firm_id)
            if row is not None and not row.get("role"):
                row["role"] = role
            return
        current = self.ctx.current("firms", firm_id, ["role"])
        change = self.changes.get(firm_id)
        planned = any(f == "role" for f, _o, _n in change.cells) if change else False
        if current and not current.get("role") and not planned:
            self._cell(firm_id, self.first_row.get(firm_id, 0), "role", None, role)

    def _merge_pending(self, rownum: int, firm_id: int, vals: dict) -> None:
        """A second row of this list for a firm it adds: empty fields are filled, differing ones are conflicts."""
        row = self.ctx.pending_row("firms", firm_id)
        first = self.first_row.get(firm_id, rownum)
        self.sp.add_issue(rownum, None, vals.get("name_zh"), problem("same_as_row", other=first), NOTE)
        for name, new in vals.items():
            if new is None or name in ("id", "name_zh"):
                continue
            old = row.get(name)
            if name in MERGED_FIELDS:
                row[name] = MERGED_FIELDS[name](old, new)
            elif old is None or old == "" or name in NEVER_CONFLICT:
                row[name] = new if old in (None, "") else old
            elif not same(COLUMNS["firms"][name], old, new):
                conflict = Conflict(self.sp.sheet, rownum, firm_id, row.get("name_zh"), name, old, new, first)
                conflict.decision = self._decision(conflict)
                self.sp.conflicts.append(conflict)
                if conflict.decision == "take":
                    row[name] = new

    def _update(self, rownum: int, firm_id: int, vals: dict, *, how: str) -> None:
        """A firm of the map named by this row: empty fields filled, curated values kept unless decided."""
        self.first_row.setdefault(firm_id, rownum)
        self.matched.add(firm_id)
        fields_ = [c.name for c in TABLES["firms"] if c.name in vals and c.name != "name_zh"]
        current = self.ctx.current("firms", firm_id, [*fields_, "name_zh", "short_name", "aliases"])
        self._name(rownum, firm_id, vals.get("name_zh"), current)
        for name in fields_:
            self._cell(firm_id, rownum, name, current.get(name), vals[name])

    def _name(self, rownum: int, firm_id: int, name, current: dict) -> None:
        """A full registered name for a firm known by a short name only is stored (the short name kept)."""
        if not name or not names.is_full_name(name) or not self.matcher.is_short_record(firm_id):
            return
        old = current.get("name_zh")
        if not old or names.folded(old) == names.folded(name):
            return
        self._cell(firm_id, rownum, "name_zh", old, name, force=True)
        if not current.get("short_name"):
            self._cell(firm_id, rownum, "short_name", None, old)
        elif names.folded(current["short_name"]) != names.folded(old):
            self._cell(firm_id, rownum, "aliases", current.get("aliases"), old)
        self.matcher.full[firm_id] = True
        self.sp.add_issue(rownum, None, None, problem("full_name_stored", name=name, old=old), NOTE)

    def _cell(self, firm_id: int, rownum: int, name: str, old, new, *, force: bool = False) -> None:
        if new is None or new == "":
            return
        col = COLUMNS["firms"][name]
        change = self.changes.get(firm_id)
        if change is None:
            change = Change(rownum, firm_id, self.ctx.label("firms", firm_id), [])
            self.changes[firm_id] = change
            self.sp.changes.append(change)
        planned = next((i for i, cell in enumerate(change.cells) if cell[0] == name), None)
        if planned is not None:  # an earlier row of this list set it already
            _f, stored, given = change.cells[planned]
            if name in MERGED_FIELDS:
                change.cells[planned] = (name, stored, MERGED_FIELDS[name](given, new))
            elif not same(col, given, new) and name not in NEVER_CONFLICT:
                conflict = Conflict(self.sp.sheet, rownum, firm_id, change.label, name, given, new,
                                    self.given.get((firm_id, name)))
                conflict.decision = self._decision(conflict)
                self.sp.conflicts.append(conflict)
                if conflict.decision == "take":
                    change.cells[planned] = (name, stored, new)
            return
        if name in MERGED_FIELDS:
            merged = MERGED_FIELDS[name](old, new)
            if merged != old:
                change.cells.append((name, old, merged))
                self.given[(firm_id, name)] = rownum
            return
        if old is None or old == "" or force:
            change.cells.append((name, old, new))
            self.given[(firm_id, name)] = rownum
            return
        if same(col, old, new, loose=self.ctx.loose) or name in NEVER_CONFLICT:
            return
        conflict = Conflict(self.sp.sheet, rownum, firm_id, change.label, name, old, new)
        conflict.decision = self._decision(conflict)
        self.sp.conflicts.append(conflict)
        if conflict.decision == "take":
            change.cells.append((name, old, new))
            self.given[(firm_id, name)] = rownum

    def _decision(self, conflict: Conflict) -> str:
        decided = self.options.conflict_decisions.get(conflict.key)
        if decided in ("keep", "take"):
            return decided
        return "take" if self.options.update == "overwrite" else "keep"

    # ----- chain links -------------------------------------------------------------------------------------------
    def _link(self, rownum: int, firm_id: int, chain) -> None:
        if self.links is None or chain is None:
            return
        city, district = self._place_of(firm_id)
        unmatched = self.links.link(rownum, firm_id, chain, city, district, self.ctx.label("firms", firm_id))
        if unmatched:
            note = "；".join(unmatched)
            if firm_id < 0:
                row = self.ctx.pending_row("firms", firm_id)
                row["notes"] = merge_notes(row.get("notes"), note)
            else:
                current = self.ctx.current("firms", firm_id, ["notes"])
                self._cell(firm_id, rownum, "notes", current.get("notes"), note)

    def _place_of(self, firm_id: int) -> tuple:
        if firm_id < 0:
            row = self.ctx.pending_row("firms", firm_id) or {}
            return row.get("city"), row.get("district")
        city, district = self.matcher.places.get(firm_id, (None, None))
        change = self.changes.get(firm_id)
        for name, _old, new in change.cells if change else ():
            if name == "city":
                city = new
            elif name == "district":
                district = new
        return city, district

    def finish(self) -> None:
        self.sp.changes = [c for c in self.sp.changes if c.cells]
        self.sp.unchanged += len(self.matched - {c.row_id for c in self.sp.changes})
        for change in self.sp.changes:
            self.ctx.register("firms", change.row_id, dict((f, n) for f, _o, n in change.cells), new=False)
        if self.links is not None:
            self.links.finish()
