"""The contacts domain in storage: reading, editing and deleting contacts.

- ``tables``: the contacts alias and id helpers every contacts, lists and segments module uses;
- ``browse``: the contact table's read model (scopes, keyset id pages, rows, search);
- ``table_data``, ``table_reads``: the table's values and its reads for the Lists page,
  importable before SQLAlchemy loads (the window paints first);
- ``detail``: one contact for the detail panel, and editing its name;
- ``bulk``: bulk edits (tags, owner, stage), each an undoable change set;
- ``choices``: owners, stages and tag names for pickers;
- ``counts``: totals for the status bar and per change set;
- ``delete``: deleting contacts (the one delete).

Static lists are ``app.storage.lists``; segments are ``app.storage.segments``. The package
itself imports nothing, so importing one module does not load the others.
"""
