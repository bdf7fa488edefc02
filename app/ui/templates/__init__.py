"""The Templates page (list, editor, per-prospect preview) and the email composer."""
