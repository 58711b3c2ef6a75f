"""Edits: the reader's corrections, their history, undo and redo, and the store that keeps them."""
