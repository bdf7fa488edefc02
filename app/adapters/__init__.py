"""Adapters: the app's doors to the outside world (network, clock, keychain...)."""
