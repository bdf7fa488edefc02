"""Reps: who works the queue, added and edited in the app (``rep add|list`` headless)."""
