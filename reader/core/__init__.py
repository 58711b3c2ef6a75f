"""Pure-Python analysis: documents, mentions, actors, storage, export. Never imports Qt."""
