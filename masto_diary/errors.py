"""Exceptions the user may see.

Every error that can reach a parent carries a sentence written for a person, not a traceback.
The UI and the CLI show ``str(error)`` as it is.
"""

from __future__ import annotations


class DiaryError(Exception):
    """Base class of all errors the app explains to the user."""


class ValidationError(DiaryError, ValueError):
    """Invalid data: the message names the field and the rule in plain words.

    ``field`` is the name of the offending field (for marking it in a form); ``problems`` lists
    every sentence when several fields are wrong at once.
    """

    def __init__(self, message: str, field: str | None = None, problems: list[str] | None = None):
        super().__init__(message)
        self.field = field
        self.problems = problems or [message]


class DiaryOpenError(DiaryError):
    """A diary file could not be opened; the file has been left as it was."""


class NotFoundError(DiaryError):
    """A record the caller referred to does not exist (any more)."""
