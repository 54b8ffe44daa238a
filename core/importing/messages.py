"""What an import says about a file, a sheet, a row or a cell: typed problems (code + facts) and their English
templates. The command line prints them in English; the GUI words the same codes through Qt (context
"errors"), so the Chinese import dialog never shows an English sentence."""

from __future__ import annotations

from core.errors import ChainMapperError

IMPORT_TEMPLATES: dict[str, str] = {
    # the file and its sheets
    "no_header": "no header row found in {where}: give the columns names (e.g. 企业名称) or choose the columns",
    "sheet_no_header": "no header row found; the sheet is not imported",
    "sheet_not_chosen": "not imported (choose it with --sheet)",
    "sheet_same_table": "sheet '{other}' already holds {table}; this one is not imported",
    "no_name_column": "no column for {column} found in header row {row}; choose the column that holds the names",
    "not_a_column": "not a column of {table}; ignored",
    "map_entry": "--map entry '{text}' is not 源列=field",
    "map_no_column": "--map: no column '{text}' in the header ({known})",
    "map_no_field": "'{text}' is not a column of {table} (one of: {known})",
    "map_values_file": "cannot read the value mapping {file} ({reason})",
    "map_values_entry": "line {line} of the value mapping is not 值=部件: '{text}'",
    # rows and cells
    "formula_unsaved": "a formula without a saved value (formulas are never calculated on import: open and save "
                       "the file in Excel or LibreOffice first, or type the value)",
    "same_key": "the same key as row {other}: each database row may appear once",
    "unknown_keys": "{n} row(s) have a key this database does not know (rows {rows}): they are added as new rows — "
                    "was the workbook exported from another database?",
    "no_key_column": "no {column} column: rows are matched by name or code",
    "matched_by_name": "no key: matched the existing row #{id} by its name or code",
    "same_as_row": "the same as row {other} of this list; merged into it",
    "not_in_file_kept": "{n} row(s) of {table} are not in the sheet: kept",
    "not_in_file_deleted": "{n} row(s) of {table} are not in the sheet: deleted",
    "region_not_district": "'{text}' is a region, not a district; left out",
    "place_unknown": "'{text}' is neither a city nor a district; left out",
    "location_unknown": "where {name} is located is not known: its chain links are not counted as local",
    "chain_uncertain": "'{text}' may be {candidates}; choose it in the value mapping (nothing is linked meanwhile)",
    "name_from_short": "no full name column: the short name is used as the name",
    # matching firms
    "dup_similar_row": "a similar name at row {other} of this list",
    "dup_similar": "a similar name",
    "dup_several": "several firms have this name",
    "dup_other_code": "same name, different credit code",
    "full_name_stored": "the full name {name} replaces the short name {old}",
    # conflicts
    # applying
    "changed_since": "{n} row(s) this import changes were changed in another window since the preview "
                     "(first: {first}); preview the import again",
    "added_since": "{table} entries with the same names were added in another window since the preview "
                   "(first: {first}); preview the import again",
    "preview_changed": "the database or the file changed since the preview; preview the import again",
    "writer_busy": "another window or program is writing to the database; try again when it has finished",
    "refused_by_database": "the database refused the import (a constraint failed)",
    "dangling_reference": "{where}: refers to a {ref_table} entry that does not exist",
    "backup_failed": "cannot save a backup copy of the database ({reason}); nothing was imported",
    "database_damaged": "the database file is damaged ({reason}); nothing was imported and no backup was made",
}


class ImportProblem(ChainMapperError):
    """Something about a file being imported: a refusal, a left-out cell or row, a note. ``code`` picks the
    template above; facts fill it in."""


class ImportFailed(ChainMapperError):
    """The import cannot go ahead as previewed; nothing was written. ``str()`` says why in one line."""

    def __init__(self, code: str = "refused_by_database", **facts):
        super().__init__(code, **facts)


class ImportChanged(ImportFailed):
    """The database (or the file) changed between the preview and Apply: preview again."""


class ImportBusy(ImportFailed):
    """Another writer held the database for longer than the import waits."""


class BackupProblem(ImportFailed):
    """No good backup copy could be made (the disk, or a damaged database); nothing was written."""

    exit_code = 2
