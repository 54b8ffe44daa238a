"""The gap analysis: targets against observations (gaps), the chain's coverage and what matters first, the
chain map's data, the numbers behind the charts and the report, and the analysis as JSON/CSV/text/tables.

Rules a planner can check are written down in docs/gap-rules.md. Imported lazily, so that core.messages can
register this package's templates without loading the database layer.
"""

__all__ = ["Analysis", "TargetResult", "analyse_database", "analyse_targets"]


def __getattr__(name):
    if name in __all__:
        from core.analysis import database

        return getattr(database, name)
    raise AttributeError(name)
