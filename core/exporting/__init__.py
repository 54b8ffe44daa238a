"""Writing the map to Excel (.xlsx) and CSV.

    workbook         export_workbook: the whole workbook, written atomically
    table_sheets     one sheet per table           readme        the README sheet
    analysis_sheets  gap and coverage sheets       csv_file      one table as CSV
    cells            stored values -> cells         formats       cell formats, header rows, page setup, lists
    layout           column widths, the print plan  names         sheet names and headers (core.vocabulary)
    failures         ExportError and OSErrors       messages      the errors' English templates
"""
