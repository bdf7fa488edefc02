"""Adapters for the outside world: clock, OS URL handler, mail, keychain, DNS."""
