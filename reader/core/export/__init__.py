"""Export: an analysis as JSON, CSV or an HTML page, and the files written, never over another."""
