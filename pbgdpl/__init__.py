"""PBGDPL: legal dissemination and education platform."""

__version__ = "0.1.0"
