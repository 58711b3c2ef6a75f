"""The text and the values found in it: mentions, kinds, offsets, sentences, layout."""
