"""Kept for callers not yet moved to the named query modules (gui/overview/page.py asks for the integrators
behind a matrix cell). New code uses db.analysis, db.coverage, db.chain_map and db.report directly."""

from db.coverage import integrators_for_components  # noqa: F401
