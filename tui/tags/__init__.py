"""Sidecar tag store and quote anchoring. No textual import here."""
