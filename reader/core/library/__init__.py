"""The library: saved results, documents added, their actors across documents, search."""
