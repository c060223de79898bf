"""Khorasan Desktop: an offline reference on ISIS-K and its region."""

__version__ = "0.1.0"
