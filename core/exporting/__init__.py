"""Writing the map to Excel (.xlsx) and CSV."""
