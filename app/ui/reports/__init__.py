"""The Reports page: its charts (Qt Charts), chart cards and words."""
