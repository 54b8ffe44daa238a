"""The workbook's cell formats, header rows, page setup and drop-down lists, shared by every sheet."""

from __future__ import annotations

from core.exporting import layout
from core.exporting.cells import CELL_LIMIT, looks_like_formula
from core.exporting.names import HEADER_ROWS, LISTS_SHEET

A4 = 9  # Excel's paper code
MONEY_FORMAT = "#,##0.00##"
HEADER_HEIGHTS = (33, 30)  # points: two lines of the 11 pt Chinese header, two of the 10 pt English one


class Formats:
    """Formats of one workbook (xlsxwriter wants them made once per book) and its drop-down lists."""

    def __init__(self, book, footer_right: str = ""):
        self.book = book
        self.footer_right = footer_right
        add = book.add_format
        self.head_zh = add({"bold": True, "bg_color": "#DCE6F1", "border": 1, "text_wrap": True,
                            "valign": "vcenter", "font_size": 11})
        self.head_en = add({"italic": True, "font_color": "#595959", "bg_color": "#F2F2F2", "border": 1,
                            "text_wrap": True, "valign": "vcenter", "font_size": 10})
        # data cells: top-aligned, so a row made tall by a wrapped note still reads across
        self.key = add({"font_color": "#808080", "bg_color": "#F2F2F2", "valign": "top"})
        self.text = add({"text_wrap": True, "valign": "top"})
        self.quoted = add({"text_wrap": True, "valign": "top", "quote_prefix": True})
        self.number = add({"valign": "top"})
        self.money = add({"num_format": MONEY_FORMAT, "valign": "top"})
        self.title = add({"bold": True, "font_size": 14})
        self.subtitle = add({"italic": True, "font_color": "#595959", "font_size": 11})
        self.bold = add({"bold": True, "valign": "top"})
        self.section = add({"bold": True, "font_size": 12, "bottom": 1})
        self.english = add({"italic": True, "font_color": "#595959", "text_wrap": True, "valign": "top"})
        self.lists: dict[tuple, tuple[int, list[str]]] = {}  # list key -> (column on _lists, items)

    # ----- header rows and the printed page ---------------------------------------------------------------
    def header_rows(self, ws, zh: list[str], en: list[str]) -> None:
        """The Chinese header row, then the English one (constant-memory mode writes rows in order)."""
        ws.set_row(0, HEADER_HEIGHTS[0])
        for c, text in enumerate(zh):
            ws.write_string(0, c, text, self.head_zh)
        ws.set_row(1, HEADER_HEIGHTS[1])
        for c, text in enumerate(en):
            ws.write_string(1, c, text, self.head_en)

    def finish(self, ws, sheet: str, widths: list[float], column_formats: list | None = None, *,
               repeat_columns: int = 2, header_rows: int = HEADER_ROWS, gridlines: bool = True) -> layout.PrintPlan:
        """Column widths (with each column's format for cells typed later) and the page setup: A4, portrait or
        landscape, fitted to as few pages wide as stay legible, header rows on every page, gridlines printed,
        a footer with the sheet's name and the page number. Called after the rows: xlsxwriter writes column
        and page settings when the book is closed."""
        for c, width in enumerate(widths):
            fmt = column_formats[c] if column_formats else None
            ws.set_column(c, c, width, fmt)
        plan = layout.plan_print(widths, repeat=repeat_columns)
        ws.set_paper(A4)
        if plan.landscape:
            ws.set_landscape()
        else:
            ws.set_portrait()
        ws.set_margins(left=layout.MARGIN_SIDE, right=layout.MARGIN_SIDE, top=layout.MARGIN_TOP,
                       bottom=layout.MARGIN_BOTTOM)
        if header_rows:
            ws.repeat_rows(0, header_rows - 1)
        if plan.repeat_columns:
            ws.repeat_columns(0, plan.repeat_columns - 1)
            ws.print_across()
        ws.fit_to_pages(plan.pages_wide, 0)
        if gridlines:
            ws.hide_gridlines(0)  # printed gridlines: a table of wrapped text is hard to follow without them
        # the footer keeps its size when the sheet is scaled to fit
        ws.set_footer(layout.footer_text(sheet, self.footer_right), {"scale_with_doc": False},
                      margin=layout.MARGIN_HEADER_FOOTER)
        return plan

    @staticmethod
    def forget_rows(ws, before: int) -> None:
        """Drop what xlsxwriter remembers of rows already written out (their heights, kept only to place
        images, which these sheets have none of), so memory stays flat however many rows get a height."""
        for kept in (getattr(ws, "row_info", None), getattr(ws, "row_sizes", None)):
            if kept and getattr(ws, "constant_memory", False):
                for row in [r for r in kept if r < before]:
                    del kept[row]

    # ----- cells ----------------------------------------------------------------------------------------------
    def write_any(self, ws, r: int, c: int, value, fmt=None) -> int:
        """A cell of a computed sheet: numbers as numbers, text as text (formula-like text quoted). Returns
        xlsxwriter's result (-2: text cut at Excel's limit)."""
        if value is None or value == "":
            return 0
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return ws.write_number(r, c, value, fmt or self.number)
        text = str(value)
        return ws.write_string(r, c, text, self.quoted if looks_like_formula(text) else fmt or self.text)

    # ----- drop-down lists ----------------------------------------------------------------------------------
    def list_range(self, key: tuple, items) -> str | None:
        """The range on the hidden lists sheet holding ``items`` (one column per distinct list)."""
        if key not in self.lists:
            # a drop-down entry cannot be longer than a cell; such a name is typed, not picked
            self.lists[key] = (len(self.lists), [i for i in items if len(i) <= CELL_LIMIT])
        column, items = self.lists[key]
        if not items:
            return None
        from xlsxwriter.utility import xl_col_to_name

        letter = xl_col_to_name(column)
        return f"='{LISTS_SHEET}'!${letter}$2:${letter}${len(items) + 1}"

    def write_lists(self) -> None:
        """The hidden sheet behind every drop-down: a column per list, a title row naming what it lists."""
        ws = self.book.add_worksheet(LISTS_SHEET)
        ordered = sorted(self.lists.items(), key=lambda kv: kv[1][0])
        for key, (column, _items) in ordered:
            ws.write_string(0, column, ":".join(str(k) if isinstance(k, str) else "|".join(k) for k in key))
        longest = max((len(items) for _key, (_c, items) in ordered), default=0)
        for i in range(longest):
            for _key, (column, items) in ordered:
                if i < len(items):
                    value = items[i]
                    ws.write_string(i + 1, column, value, self.quoted if looks_like_formula(value) else None)
        ws.hide()
