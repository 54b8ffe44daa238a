"""Table pages: the lazy SQL-backed model, the spreadsheet-like view, editors, the detail pane, actions, history."""
