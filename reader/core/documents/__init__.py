"""Documents: opening files and links, reading their formats, one canonical text."""
