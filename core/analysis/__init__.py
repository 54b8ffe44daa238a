"""The gap analysis: targets against observations (gaps), the chain's coverage, the chain map's data, the
numbers behind the charts and the report, and the analysis as JSON/CSV/text for the command line."""

from core.analysis.database import Analysis, TargetResult, analyse_database, analyse_targets

__all__ = ["Analysis", "TargetResult", "analyse_database", "analyse_targets"]
