"""The Textual app: its shell, key handling, command palette, tagging flow and configuration.

Kept free of imports: the command line reads ``tui.app.config`` without loading Textual.
"""
