"""The cadences: the builder page and enrolling contacts from the GUI."""
