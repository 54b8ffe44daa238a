"""Reading spreadsheets safely, recognising headers and values, and planning and applying an import."""
