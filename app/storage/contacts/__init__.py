"""The contacts domain in storage: reading, editing and deleting contacts."""
