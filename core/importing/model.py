"""What an import would do, worked out before anything is written: the plan and its parts.

A plan holds, per sheet, the rows to add (with provisional ids: real ids are taken when the import is applied,
under the write lock, so two imports never plan the same id), the rows to change (each cell old → new), the
conflicts with curated values, the likely duplicates held for the user, the rows left out and why, and the
rows of our own sheet that are not in the file. Every problem is an :class:`Issue` carrying a typed problem
(code + facts): the command line words it in English, the GUI through Qt.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from core import messages
from core.errors import ChainMapperError

MAX_ISSUES = 2000  # kept per sheet; the rest are counted

# How bad an issue is: the file (or, with --strict, anything) is refused; a row is left out; a cell is left out;
# something worth knowing.
REFUSE, SKIP, DROP, NOTE = "refuse", "skip", "drop", "note"


@dataclass
class Issue:
    sheet: str
    row: int | None  # 1-based sheet row
    column: str | None  # 'H 成立年份'
    value: object
    problem: ChainMapperError
    severity: str = REFUSE

    @property
    def error(self) -> bool:
        return self.severity == REFUSE

    @property
    def reason(self) -> str:
        return messages.render(self.problem, "en", with_column=False)

    def where(self) -> str:
        parts = [f"sheet '{self.sheet}'"]
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        return ", ".join(parts)

    def __str__(self) -> str:
        shown = "" if self.value is None or self.value == "" else f"'{short(self.value)}' — "
        return f"{self.where()}: {shown}{self.reason}"


@dataclass
class Change:
    row: int
    row_id: int
    label: str
    cells: list[tuple[str, object, object]]  # (field, old, new)


@dataclass
class Conflict:
    """A value the list would write over a value the map already holds (or an earlier row of the list set)."""

    sheet: str
    row: int
    row_id: int  # the firm (a provisional id when the list adds it)
    label: str
    field: str
    old: object
    new: object
    other_row: int | None = None  # set when an earlier row of the same list gave ``old``
    decision: str = "keep"  # keep / take

    @property
    def key(self) -> tuple[str, int, str]:
        return (self.sheet, self.row, self.field)


@dataclass
class Duplicate:
    row: int
    label: str
    candidate_ids: list[int]  # empty: a duplicate of another row of the same list
    candidate_label: str
    problem: ChainMapperError
    decision: str = "skip"
    cells: list = field(default_factory=list)  # the row as read, for the rejects workbook

    @property
    def reason(self) -> str:
        return messages.render(self.problem, "en")


@dataclass
class Rejected:
    """A row left out, with its cells as read (the rejects workbook shows them with the reason)."""

    row: int
    cells: list
    issues: list[Issue]


@dataclass
class ValueMatch:
    """One value of a chain column (产业链环节, 细分领域, 主要产品 …) and what it was matched to."""

    column: str  # the header
    text: str  # as written (one product of a cell that lists several)
    count: int = 0
    status: str = "unmatched"  # confident / uncertain / chosen / layer / position / unmatched / ignored
    component_id: int | None = None
    candidates: list[int] = field(default_factory=list)
    layer_id: int | None = None
    how: str = ""  # name, synonym, near name, remembered, chosen …
    score: float = 0.0


@dataclass
class SheetPlan:
    sheet: str
    table: str
    own: bool
    match: object  # core.importing.headers.HeaderMatch
    derived: bool = False  # rows made from another sheet (chain links of a firm list)
    add_columns: list[str] = field(default_factory=list)
    adds: list = field(default_factory=list)  # (sheet row, values tuple in add_columns order)
    changes: list[Change] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    unchanged: int = 0
    skipped: int = 0  # blank, total, footnote and repeated header rows
    issues: list[Issue] = field(default_factory=list)
    issue_counts: dict = field(default_factory=dict)  # severity -> every issue, also those beyond MAX_ISSUES
    duplicates: list[Duplicate] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    missing: list[int] = field(default_factory=list)  # ids of our own sheet's table not in the sheet
    deletes: list[int] = field(default_factory=list)
    formulas: int = 0
    samples: list = field(default_factory=list)  # the first data rows, for the column-mapping step
    header_cells: list = field(default_factory=list)  # the header as read, for the rejects workbook

    @property
    def header_row(self) -> int:
        return self.match.header_row + 1

    def count(self, severity: str) -> int:
        return self.issue_counts.get(severity, 0)

    @property
    def error_count(self) -> int:
        return self.count(REFUSE)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == REFUSE]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity != REFUSE]

    def add_issue(self, row, column, value, problem: ChainMapperError, severity: str = REFUSE) -> Issue:
        self.issue_counts[severity] = self.issue_counts.get(severity, 0) + 1
        issue = Issue(self.sheet, row, column, value, problem, severity)
        if len(self.issues) < MAX_ISSUES:
            self.issues.append(issue)
        return issue

    def reject(self, row: int, cells, issues: list[Issue]) -> None:
        self.rejected.append(Rejected(row, list(cells), issues))

    def added_row(self, values_: tuple) -> dict:
        return dict(zip(self.add_columns, values_, strict=True))


@dataclass
class ImportPlan:
    path: str
    kind: str = "list"  # 'workbook' (our own), 'list', or 'edges' (firm → chain node)
    sheets: list[SheetPlan] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)  # about the file as a whole
    labels: dict = field(default_factory=dict)  # (table, id) -> name, for the preview
    values: list[ValueMatch] = field(default_factory=list)
    position: int = 0  # the change log's newest entry when the plan was made
    strict: bool = False
    applied: bool = False
    backup: str | None = None
    rejects_path: str | None = None
    ids: dict = field(default_factory=dict)  # after applying: (table, provisional id) -> real id

    # ----- counts ----------------------------------------------------------------------------------------
    def _issues(self):
        yield from self.issues
        for sp in self.sheets:
            yield from sp.issues

    @property
    def has_errors(self) -> bool:
        """Whether nothing may be written: a refusal, or with ``strict`` any row or cell left out."""
        return self.error_count > 0

    @property
    def error_count(self) -> int:
        blocking = (REFUSE, SKIP, DROP) if self.strict else (REFUSE,)
        return sum(1 for i in self.issues if i.severity in blocking) + sum(
            sp.count(s) for sp in self.sheets for s in blocking)

    def errors(self) -> list[Issue]:
        blocking = (REFUSE, SKIP, DROP) if self.strict else (REFUSE,)
        return [i for i in self._issues() if i.severity in blocking]

    def warnings(self) -> list[Issue]:
        return [i for i in self._issues() if not (i.severity == REFUSE or self.strict and i.severity in (SKIP, DROP))]

    @property
    def rejected_rows(self) -> int:
        return sum(len(sp.rejected) for sp in self.sheets)

    @property
    def held(self) -> list[tuple[SheetPlan, Duplicate]]:
        return [(sp, d) for sp in self.sheets for d in sp.duplicates if d.decision == "skip"]

    @property
    def total_adds(self) -> int:
        return sum(len(sp.adds) for sp in self.sheets)

    @property
    def total_changes(self) -> int:
        return sum(len(sp.changes) for sp in self.sheets)

    @property
    def total_deletes(self) -> int:
        return sum(len(sp.deletes) for sp in self.sheets)

    @property
    def writes(self) -> bool:
        return bool(self.total_adds or self.total_changes or self.total_deletes)

    @property
    def tables(self) -> set[str]:
        return {sp.table for sp in self.sheets if sp.adds or sp.changes or sp.deletes or sp.conflicts}

    def conflicts(self) -> list[Conflict]:
        return [c for sp in self.sheets for c in sp.conflicts]

    def fingerprint(self) -> str:
        """What Apply would write; compared again at Apply time so nothing the user did not see is written."""
        h = hashlib.sha256()
        for sp in self.sheets:
            h.update(f"{sp.sheet}|{sp.table}|{len(sp.adds)}|{len(sp.changes)}|{sp.deletes}|".encode())
            for _row, vals in sp.adds:
                h.update(repr(vals).encode())
            for ch in sp.changes:
                h.update(repr((ch.row_id, ch.cells)).encode())
            for c in sp.conflicts:
                h.update(repr((c.row_id, c.field, c.new, c.decision)).encode())
        return h.hexdigest()


def short(value, n: int = 40) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def problem(code: str, **facts) -> ChainMapperError:
    from core.importing.messages import ImportProblem

    return ImportProblem(code, **facts)
