"""The Qt layer: a thin window over :mod:`reader.core`."""
