"""The field layer: for every column, how text becomes a stored value and which row rules hold.

    spec        the tables and their columns (kind, limits, choices, references)
    parse       text or a cell -> value (numbers, money, years, dates, yes/no, choices, codes, JSON)
    numbers     quantities with units, magnitudes, qualifiers and Chinese numerals
    dates       years, dates and dated periods
    references  names -> ids of referred rows
    rows        rules across a row's columns, and what one cell means for the others

The cell editor, paste, fill-down, the importer and the dataset loader all go through here; the schema's
CHECK constraints stay as the last guard, with the same limits.
"""

from core.fields.parse import Parsed, is_blank, parse_value
from core.fields.references import Resolver
from core.fields.rows import absorb, check_row
from core.fields.spec import EDIT_TABLES, TABLES, Column, column, columns

__all__ = ["EDIT_TABLES", "TABLES", "Column", "Parsed", "Resolver", "absorb", "check_row", "column", "columns",
           "is_blank", "parse_value"]
