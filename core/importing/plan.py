"""Importing a workbook: our own export (matched by key) or a colleague's list (matched by name), previewed first.

:func:`plan_import` reads the file and works out, without writing, what would change (core.importing.model);
:func:`import_file` applies a plan (core.importing.apply) — or, as a dry run, applies and rolls back so what
SQLite itself would refuse shows in the preview too. The jobs live in their own modules:

    headers        finding the header row and what each column holds
    layout         the data rows: merged cells filled down, totals, footnotes, sections left out
    own            our own workbook's sheets (by key; rows not in the file listed)
    lists          a planner's firm list (matching, curated values protected, places)
    firm_match     which firm a row means; names: the keys it is matched by
    links          chain columns -> capabilities, through chain_values (components, layers)
    other_lists    centres and observations lists
    apply          writing under the write lock, with a checked backup; dry runs
    preview        the plan in English lines (command line); rejects: the rejects workbook
    memory         the planner's remembered choices (columns, chain values), shared by GUI and CLI
    columns        a list's cells converted a column at a time; collector: the garbage collector paused
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.fields.spec import TABLES
from core.importing import headers as im
from core.importing import memory
from core.importing.apply import IMPORT_ORDER, apply_plan, trial_apply
from core.importing.collector import collector_paused
from core.importing.context import COLUMNS, Context
from core.importing.links import LinkPlanner
from core.importing.lists import FirmListPlanner
from core.importing.messages import ImportBusy, ImportChanged, ImportFailed, ImportProblem
from core.importing.model import NOTE, REFUSE, ImportPlan, Issue, SheetPlan, problem
from core.importing.other_lists import plan_other_list
from core.importing.own import plan_own
from core.importing.reading import SheetError, Spreadsheet, open_spreadsheet
from db import history

__all__ = ["ImportBusy", "ImportChanged", "ImportFailed", "ImportOptions", "ImportPlan", "import_file",
           "plan_import", "table_for_sheet"]

OUTPUT_SHEETS = {"说明 README", "缺口分析 Gaps", "链覆盖 Coverage", "_lists"}
DECISIONS = ("skip", "merge", "add")
UPDATES = ("ask", "blanks", "overwrite")


@dataclass
class ImportOptions:
    sheet: str | None = None  # only this sheet
    table: str | None = None  # what a list holds (firms, centres, observations …)
    mapping: dict[str, str | None] = field(default_factory=dict)  # header -> field (None: ignore the column)
    duplicates: str = "skip"  # what happens to likely duplicates unless decided row by row
    decisions: dict[tuple[str, int], str] = field(default_factory=dict)  # (sheet, row) -> skip/merge/add
    update: str = "ask"  # curated values: ask (keep unless decided), blanks (fill blanks only), overwrite
    conflict_decisions: dict[tuple[str, int, str], str] = field(default_factory=dict)  # (sheet, row, field)
    values: dict[str, str] = field(default_factory=dict)  # folded chain value -> component name ('' : none)
    remembered: bool = True  # use the choices remembered in the data folder (columns, chain values)
    strict: bool = False  # anything left out refuses the whole file
    delete_missing: bool = False  # rows of our own sheet not in the file are deleted


def table_for_sheet(name: str) -> str | None:
    key = im.normalise_header(name)[0]
    for table, sheet in im.SHEET_NAMES.items():
        en = im.normalise_header(im.TABLE_EN[table])[0]
        if key in (im.normalise_header(sheet)[0], im.normalise_header(table)[0], im.normalise_header(im.TABLE_ZH[table])[0],
                   en) or (
                key.endswith(en) and key[: -len(en)] and not key[: -len(en)].isascii()):  # '能力 Capabilities' of 0.1
            return table
    return None


_table_for_sheet = table_for_sheet  # the name tests of the vocabulary use


class _Progress:
    def __init__(self, report, total: int):
        self.report, self.total, self.done = report, total, 0

    def step(self, n: int) -> None:
        self.done += n
        if self.report:
            self.report(self.done, max(self.total, self.done))


def _choose_sheets(book: Spreadsheet, plan: ImportPlan, options: ImportOptions):
    if options.sheet:
        book.info(options.sheet)  # names the sheets there are when this one is missing
    names = [options.sheet] if options.sheet else book.sheet_names()
    found = []
    for name in names:
        if name in OUTPUT_SHEETS or name.startswith("_"):
            continue
        table = options.table or table_for_sheet(name)
        match = im.find_header(book.head(name, im.SCAN_ROWS), (table,) if table else im.LIST_TABLES)
        if match is not None:
            found.append((name, match, table is not None and not options.table))
        elif table and not options.table:
            plan.issues.append(Issue(name, None, None, None, problem("sheet_no_header"), NOTE))
    if not found:
        where = f"sheet '{options.sheet}'" if options.sheet else "any sheet"
        raise SheetError(book.path, str(problem("no_header", where=where)), sheet=options.sheet)
    if any(m.own for _n, m, _named in found):
        plan.kind = "workbook"
        chosen = [(n, m) for n, m, named in found if m.own or named]
    else:
        best = found[0] if options.sheet else max(found, key=lambda f: f[1].score)
        chosen = [(best[0], best[1])]
        for name, _m, _n in found:
            if name != best[0]:
                plan.issues.append(Issue(name, None, None, None, problem("sheet_not_chosen"), NOTE))
    chosen.sort(key=lambda c: IMPORT_ORDER.index(c[1].table))
    return chosen


def _corrections(options: ImportOptions, table: str) -> dict[str, str | None]:
    """The planner's column choices: remembered ones, then this import's (which win)."""
    out = memory.remembered_columns(table) if options.remembered else {}
    out.update(options.mapping)
    return out


def plan_import(db, book: Spreadsheet, options: ImportOptions | None = None, progress=None) -> ImportPlan:
    """What importing ``book`` would do; nothing is written. ``progress(done, total)`` may raise to cancel."""
    with collector_paused():
        return _plan_import(db, book, options or ImportOptions(), progress)


def _plan_import(db, book: Spreadsheet, options: ImportOptions, progress) -> ImportPlan:
    plan = ImportPlan(str(book.path), position=history.last_change_id(db), strict=options.strict)
    ctx = Context(db, plan)
    ctx.loose = book.format == "ods"
    chosen = _choose_sheets(book, plan, options)
    done_tables: dict[str, str] = {}
    counter = _Progress(progress, sum((book.info(n).rows or 0) for n, _m in chosen))
    for name, match in chosen:
        if match.table in done_tables:
            plan.issues.append(Issue(name, None, None, None, problem("sheet_same_table", other=done_tables[match.table],
                                                                     table=match.table), NOTE))
            continue
        done_tables[match.table] = name
        if plan.kind == "list":
            corrections = _corrections(options, match.table)
            known = {c.header for c in match.columns} | {im.normalise_header(c.header)[0] for c in match.columns}
            usable = {h: f for h, f in corrections.items() if h in options.mapping or h in known}
            try:
                im.apply_corrections(match, usable)
            except ImportProblem as exc:
                raise SheetError(book.path, str(exc), sheet=name) from None
        sp = SheetPlan(name, match.table, plan.kind == "workbook", match)
        plan.sheets.append(sp)
        if plan.kind == "workbook":
            plan_own(ctx, book, sp, book.formula_cells(name), counter, delete_missing=options.delete_missing)
        elif not _has_names(sp):
            continue
        elif sp.table == "firms":
            _plan_firm_list(ctx, book, sp, plan, options, counter)
        else:
            plan_other_list(ctx, book, sp, book.formula_cells(name), counter)
        for s in plan.sheets:
            if s.adds and isinstance(s.adds[0][1], dict):
                s.adds = _as_tuples(s.adds, s.add_columns)
    return plan


def _as_tuples(adds: list, columns: list[str]) -> list:
    """Rows planned as dicts (later rows of the sheet could still change them) as tuples in ``columns``
    order, a column at a time."""
    dicts = [v for _r, v in adds]
    present = set().union(*dicts)
    empty = [None] * len(dicts)
    by_column = [[d.get(c) for d in dicts] if c in present else empty for c in columns]
    return list(zip((r for r, _v in adds), zip(*by_column, strict=True), strict=True))


def _has_names(sp: SheetPlan) -> bool:
    mapped = {c.field for c in sp.match.mapped()}
    name_col = COLUMNS[sp.table].get("name_zh")
    if name_col is None or not name_col.required or "name_zh" in mapped:
        return True
    if sp.table == "firms" and "short_name" in mapped:
        sp.add_issue(sp.header_row, None, None, problem("name_from_short"), NOTE)
        return True
    label = im.header_zh(sp.table, name_col).rstrip("*")
    sp.add_issue(sp.header_row, None, None, problem("no_name_column", column=label, row=sp.header_row), REFUSE)
    return False


def _plan_firm_list(ctx, book, sp: SheetPlan, plan: ImportPlan, options: ImportOptions, counter) -> None:
    if any("节点" in (c.header or "") for c in sp.match.columns if c.field):
        plan.kind = "edges"
    chooser = dict(memory.remembered_values()) if options.remembered else {}
    chooser.update(options.values)
    links_sp = SheetPlan(sp.sheet, "capabilities", False, sp.match, derived=True)
    links = LinkPlanner(ctx, sp, links_sp, chooser)
    planner = FirmListPlanner(ctx, sp, options, links if links.active else None)
    planner.plan(book, book.formula_cells(sp.sheet), counter)
    planner.finish()
    if links_sp.adds:
        plan.sheets.append(links_sp)


def import_file(db, source, options: ImportOptions | None = None, *, dry_run: bool = False, backup: bool = True,
                expect: str | None = None, batch: str | None = None, progress=None) -> ImportPlan:
    """Plan the import of ``source`` (a path or an opened :class:`Spreadsheet`) and, unless ``dry_run`` or the
    plan refuses the file, apply it (core.importing.apply).

    ``expect`` is the fingerprint of the plan the user saw; a different plan raises :class:`ImportChanged`.
    Raises :class:`SheetError` for a file that cannot be read, and ImportChanged / ImportBusy / BackupProblem /
    ImportFailed when the plan cannot be written (then nothing was written)."""
    with collector_paused():
        if isinstance(source, Spreadsheet):
            try:
                plan = plan_import(db, source, options, progress=progress)
            finally:
                source.close()  # the sheet's cells are no longer needed: free them before writing
        else:
            with open_spreadsheet(source) as book:
                plan = plan_import(db, book, options, progress=progress)
        return write_plan(db, plan, dry_run=dry_run, backup=backup, expect=expect, batch=batch, progress=progress)


def write_plan(db, plan: ImportPlan, *, dry_run: bool = False, backup: bool = True, expect: str | None = None,
               batch: str | None = None, progress=None) -> ImportPlan:
    """Apply (or try, with ``dry_run``) a plan made earlier."""
    with collector_paused():
        return _write_plan(db, plan, dry_run=dry_run, backup=backup, expect=expect, batch=batch, progress=progress)


def _write_plan(db, plan: ImportPlan, *, dry_run: bool, backup: bool, expect: str | None, batch: str | None,
                progress) -> ImportPlan:
    if plan.has_errors:
        return plan
    if dry_run:
        if plan.writes:  # while another writer is waited for, progress is reported (Cancel works meanwhile)
            trial_apply(db, plan, waiting=(lambda _s: progress(0, max(1, plan.total_adds))) if progress else None)
        return plan
    if expect is not None and plan.fingerprint() != expect:
        raise ImportChanged("preview_changed")
    if not plan.writes:
        return plan
    apply_plan(db, plan, batch=batch, backup=backup, progress=progress)
    return plan


def known_tables() -> tuple[str, ...]:
    return tuple(TABLES)
