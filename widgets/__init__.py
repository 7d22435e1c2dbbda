"""Reusable Textual widgets: they render engine types and own no analysis."""
