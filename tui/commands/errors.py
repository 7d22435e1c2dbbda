"""Errors the command line reports as one line on stderr (exit status 2)."""


class UserError(Exception):
    """A problem with the user's input, worded for the user."""
