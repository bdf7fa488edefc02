"""Inbound routing in the window: the round-robin settings and the background watcher.

- ``dialog``: Tools → Inbound routing… (who is in the rotation, weights, away; the team's
  switches; the watched folder);
- ``rotation_model``: the editable table of reps in that dialog;
- ``watcher``: every minute an SLA sweep (desktop notification for the rep's leads that
  broke it); the watched folder (a file-system watcher plus a periodic rescan).
"""
