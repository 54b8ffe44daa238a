"""The printable gap report: rendering to PDF/printer and its options dialog."""
