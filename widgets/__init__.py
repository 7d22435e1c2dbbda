"""Reusable Textual widgets: they render what they are given and own no analysis."""
