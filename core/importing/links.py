"""Chain links from a firm list: the values of its chain columns (产业链环节, 上中下游, 细分领域, 主要产品, an edge
list's 终点节点) become capabilities of the row's firm, through core.importing.chain_values.

A confident match links; an uncertain one links only when the planner chose its component (in the GUI's
mapping step, remembered, or in a ``--map-values`` file) or when the row's own layer leaves one candidate; a
value that names no component is listed with its count and kept in the firm's notes. Whether a link is local
comes from the firm's city (or a Shenzhen district): a firm whose place is unknown is not a local supplier.
"""

from __future__ import annotations

from dataclasses import dataclass

from core import fields, vocabulary
from core.errors import FieldRejected
from core.importing import locality
from core.importing.chain_values import ChainMatcher, split_values
from core.importing.context import Context
from core.importing.layout import column_name
from core.importing.memory import NOT_A_COMPONENT
from core.importing.model import DROP, NOTE, SheetPlan, ValueMatch, problem
from core.importing.names import fold
from core.vocabulary.headers import CHAIN_LAYER, CHAIN_POSITION, CHAIN_SEGMENT, LOCAL, STAGE
from db import importing as dbi

CAPABILITY_COLUMNS = ("id", "firm_id", "component_id", "product", "stage", "local", "needs_check", "source_id",
                      "notes")


@dataclass
class RowChain:
    values: tuple = ()  # (mapped column or None, text, prefer, is product)
    role: str | None = None
    local: int | None = None
    stage: str | None = None
    source_id: int | None = None  # the row's source: its links cite it too
    shared: RowChain | None = None  # the chain of every row with these values (holds what they link to)
    plan: _Planned | None = None  # on the shared chain: what the values link to, worked out once


@dataclass
class _Planned:
    """What one combination of chain values makes, worked out once for every row that has it."""

    stats: list  # the ValueMatch of each value (counted once per row)
    linked: dict  # component -> product text (None: named by a segment or layer column)
    notes: list[str]  # values that made no link, for the firm's notes
    layer_notes: list[str]  # layers named without a component (kept when nothing was linked)


class LinkPlanner:
    def __init__(self, ctx: Context, sp: SheetPlan, links: SheetPlan, chooser: dict[str, str]):
        """``chooser``: folded value -> component name ('' : not a component), the planner's choices."""
        self.ctx, self.sp, self.links = ctx, sp, links
        self.matcher = ChainMatcher(dbi.chain_components(ctx.db), dbi.chain_layers(ctx.db))
        self.chooser = chooser
        self.pairs = dbi.capability_pairs(ctx.db)
        self.stats: dict[tuple[str, str], ValueMatch] = {}
        cols = {mc.field: mc for mc in sp.match.mapped()}
        self.layer_col, self.position_col = cols.get(CHAIN_LAYER), cols.get(CHAIN_POSITION)
        self.segment_col, self.product_col = cols.get(CHAIN_SEGMENT), cols.get("products")
        self.local_col, self.stage_col = cols.get(LOCAL), cols.get(STAGE)
        self.unknown_place: set[int] = set()
        self._value_cols = [mc.index for mc in (self.layer_col, self.position_col, self.segment_col,
                                                 self.product_col) if mc is not None]
        self._chains: dict = {}  # the value cells of a row (and its section) -> its RowChain, values only
        self._cells: dict = {}  # (local/stage, cell) -> value or the refusal
        self._homes: dict = {}  # (city, district) -> local, needs_check
        links.add_columns = list(CAPABILITY_COLUMNS)

    @property
    def active(self) -> bool:
        return any((self.layer_col, self.position_col, self.segment_col, self.product_col))

    # ----- reading a row -----------------------------------------------------------------------------------------
    def read_row(self, rownum: int, row: list, section) -> RowChain:
        key = (tuple(c if c.__class__ is str else (c.__class__, c) for c in map(row.__getitem__, self._value_cols)),
               None if self.layer_col is not None else section)
        known = self._chains.get(key)
        if known is None:
            known = self._chains[key] = self._read_values(row, section)
        chain = RowChain(known.values, known.role, shared=known)
        if self.local_col is not None and row[self.local_col.index] not in ("", None):
            chain.local = self._cell(rownum, row, self.local_col, "local")
        if self.stage_col is not None and row[self.stage_col.index] not in ("", None):
            chain.stage = self._cell(rownum, row, self.stage_col, "stage")
        return chain

    def _read_values(self, row: list, section) -> RowChain:
        values: list[tuple] = []
        if self.layer_col is not None:
            self._values(values, self.layer_col, row, "layer")
        elif section:
            values.append((None, section, "layer", False))
        if self.position_col is not None:
            self._values(values, self.position_col, row, "layer")
        if self.segment_col is not None:
            self._values(values, self.segment_col, row, "component")
        if self.product_col is not None:
            self._values(values, self.product_col, row, "component", product=True)
        chain = RowChain(tuple(values))
        for _mc, text, prefer, _product in values:
            if prefer == "layer":
                found = self.matcher.match(text, prefer="layer")
                if found.status == "position" and found.role:
                    chain.role = found.role
        return chain

    @staticmethod
    def _values(out: list, mc, row, prefer: str, *, product: bool = False) -> None:
        cell = row[mc.index]
        if cell in ("", None):
            return
        for text in split_values(fields.parse.cell_text(cell)):
            out.append((mc, text, prefer, product))

    def _cell(self, rownum: int, row, mc, name: str):
        cell = row[mc.index]
        key = (name, cell.__class__, cell)
        found = self._cells.get(key)
        if found is None:
            try:
                found = fields.parse_value("capabilities", name, cell).value
            except FieldRejected as exc:
                found = exc
            self._cells[key] = found
        if isinstance(found, FieldRejected):
            self.sp.add_issue(rownum, column_name(mc), cell, found, DROP)
            return None
        return found

    # ----- linking ------------------------------------------------------------------------------------------------
    def _plan_values(self, values: tuple) -> _Planned:
        stats = [(mc, text, product, self._stat(" ".join(mc.header.split()) if mc is not None else "", text, prefer))
                 for mc, text, prefer, product in values]
        row_layer = None
        if any(stat.status == "uncertain" for _mc, _t, _p, stat in stats):  # the row's layer may decide
            row_layer = next((lid for _mc, t, p, _pr in values if p == "layer"
                              for lid in [self.matcher.match(t, prefer="layer").layer_id] if lid is not None), None)
        linked: dict[int, str | None] = {}
        notes, layer_notes = [], []
        for mc, text, product, stat in stats:
            header = " ".join(mc.header.split()) if mc is not None else ""
            component = self._component(stat, text, row_layer)
            if component is not None:
                linked.setdefault(component, text if product else None)
            elif not product and stat.status != "position":
                note = f"{header or vocabulary.column_label('firms', 'notes')}：{text}"
                (layer_notes if stat.status == "layer" else notes).append(note)
        return _Planned([stat for *_x, stat in stats], linked, notes, layer_notes)

    def link(self, rownum: int, firm_id: int, chain: RowChain, city, district, label: str) -> list[str]:
        """Plan the capabilities of one row's firm; returns notes for the values that made no link."""
        shared = chain.shared or chain
        if shared.plan is None:  # the first row with these values to be linked
            shared.plan = self._plan_values(shared.values)
        planned = shared.plan
        for stat in planned.stats:
            stat.count += 1
        if not planned.linked:
            return planned.layer_notes + planned.notes  # a layer alone makes no link: what the list said is kept
        local, needs_check = self._locality(firm_id, chain, city, district, rownum, label)
        new_id, adds, pairs = self.ctx.new_id, self.links.adds, self.pairs
        for component, product in planned.linked.items():
            if (firm_id, component) in pairs:
                continue
            pairs.add((firm_id, component))
            adds.append((rownum, (new_id("capabilities"), firm_id, component, product, chain.stage, local,
                                  needs_check, chain.source_id, None)))  # CAPABILITY_COLUMNS
        return planned.notes

    def _stat(self, header: str, text: str, prefer: str) -> ValueMatch:
        """The match of one value of one column (counted by :meth:`link`, once per row naming it)."""
        key = (header, fold(text))
        stat = self.stats.get(key)
        if stat is None:
            stat = ValueMatch(header, text)
            chosen = self.chooser.get(fold(text))
            if chosen is not None:
                component = self.matcher.component_by_name(chosen) if chosen != NOT_A_COMPONENT else None
                stat.status, stat.component_id = ("chosen", component) if component else ("ignored", None)
                stat.how = "chosen"
            else:
                found = self.matcher.match(text, prefer=prefer)
                stat.status, stat.component_id, stat.candidates = found.status, found.component_id, found.candidates
                stat.layer_id, stat.how, stat.score = found.layer_id, found.how, found.score
            self.stats[key] = stat
        return stat

    def _component(self, stat: ValueMatch, text: str, row_layer) -> int | None:
        if stat.status in ("confident", "chosen"):
            return stat.component_id
        if stat.status == "uncertain":
            return self.matcher.narrowed(stat.candidates, row_layer)
        return None

    def _locality(self, firm_id: int, chain: RowChain, city, district, rownum: int, label: str) -> tuple[int, int]:
        if chain.local is not None:
            return chain.local, 0
        home = self._homes.get((city, district))
        if home is None:
            home = locality.is_home(city)
            if home is None and locality.is_home_district(district):
                home = True
            home = self._homes[(city, district)] = (None if home is None else int(home),)
        if home[0] is None:
            if firm_id not in self.unknown_place:
                self.unknown_place.add(firm_id)
                self.sp.add_issue(rownum, None, None, problem("location_unknown", name=label), NOTE)
            return 0, 1  # unknown is not local; the link is marked for checking
        return home[0], 0

    def finish(self) -> None:
        for cid, comp in self.matcher.components.items():
            self.ctx.plan.labels.setdefault(("components", cid), comp[1])
        self.ctx.plan.values.extend(sorted(self.stats.values(), key=lambda v: (-v.count, v.column, v.text)))
        for stat in self.stats.values():
            if stat.status == "uncertain":
                names = "、".join(self.matcher.name(c) for c in stat.candidates)
                self.sp.add_issue(None, stat.column, stat.text, problem("chain_uncertain", text=stat.text,
                                                                        candidates=names), NOTE)

    def component_name(self, component_id) -> str:
        return self.matcher.name(component_id)
