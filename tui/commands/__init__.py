"""Headless subcommands. Each imports only the engine (and rich for text output)."""
