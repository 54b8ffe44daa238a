"""English templates of the export's errors (core.exporting.failures); registered in core.messages, translated in
assets/translations/zh_CN/export.json (context "errors")."""

EXPORT_TEMPLATES: dict[str, str] = {
    "export_unknown_table": "'{name}' is not a table of the map",
    "export_too_many_rows": "{table} has {rows:,} rows; an Excel sheet holds at most {limit:,}. Export this "
                            "table as CSV instead",
    "export_text_too_long": "{table} '{row}' (ID {row_id}), {column}: the text has {length:,} characters; an Excel "
                            "cell holds at most {limit:,}. Shorten it, or export this table as CSV. Nothing was "
                            "written",
    "export_texts_too_long": "{table} '{row}' (ID {row_id}), {column}: the text has {length:,} characters; an Excel "
                             "cell holds at most {limit:,} ({count} cells are too long). Shorten them, or export "
                             "these tables as CSV. Nothing was written",
    "export_folder_missing": "{path}: the folder {folder} does not exist",
    "export_is_folder": "{path} is a folder; choose a file name",
    "export_disk_full": "{path}: the disk is full. Nothing was written and an earlier file of that name is "
                        "unchanged; free some space or choose another folder",
    "export_read_only": "{path}: the disk is read-only. Choose another folder",
    "export_no_permission": "{path}: cannot write there (no permission, or the file is open in another program "
                            "such as Excel or WPS). Close it or choose another folder; an earlier file of that "
                            "name is unchanged",
    "export_cannot_write": "{path}: cannot write the file ({reason}). An earlier file of that name is unchanged",
}
