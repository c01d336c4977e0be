"""The error a reader raises for input that is not a readable article."""

from __future__ import annotations


class ArticleFormatError(ValueError):
    """The input is not a readable article; str() is a one-line message for the user."""
