"""The pipeline's rules in plain Python: stages, gates and the speed-to-lead clock."""
