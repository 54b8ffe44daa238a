"""The overview page: headline tiles, the target progress chart, trajectories and the coverage matrix."""
