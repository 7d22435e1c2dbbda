"""Everything that is not UI. Nothing under this package imports textual or rich."""
