"""The command palette (Ctrl+K): one search box for actions, contacts, lists, segments and
cadences."""
