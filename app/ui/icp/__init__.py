"""Tools → Ideal customer profile…: edit profiles, preview matches, rescore contacts."""
