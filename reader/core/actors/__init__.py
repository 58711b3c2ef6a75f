"""Actors: grouping mentions into who and what a text is about, pronouns, co-occurrence."""
