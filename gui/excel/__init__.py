"""Excel in and out from the window: the import dialog and export actions."""
