"""Tools → Find duplicates…: the merge screen for duplicates already in the database."""
