"""Entity Reader: read an article with its actors highlighted and linked to a panel."""

__version__ = "0.1.0"
