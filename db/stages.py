"""The maturity stages in rank order, defined once (schema.STAGES lists them from R&D to mass production).

SQL ranks a capability's stage with :func:`rank_sql`; a rank reads back as a stage with :func:`stage_of`.
"""

from __future__ import annotations

from db.schema import STAGES

RANK: dict[str, int] = {stage: n for n, stage in enumerate(STAGES, start=1)}  # rd 1 … mass 4; unknown 0
MASS = RANK["mass"]


def rank_sql(column: str) -> str:
    """A SQL expression ranking ``column`` (0 when the stage is unknown)."""
    cases = " ".join(f"WHEN '{stage}' THEN {n}" for stage, n in RANK.items())
    return f"CASE {column} {cases} ELSE 0 END"


def stage_of(rank) -> str | None:
    """The stage of a rank (None for 0 or unknown)."""
    return STAGES[rank - 1] if isinstance(rank, int) and 1 <= rank <= len(STAGES) else None
