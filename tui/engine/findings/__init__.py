"""Detectors that turn two articles (and their alignment) into findings."""
