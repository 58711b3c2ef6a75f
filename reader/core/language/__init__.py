"""Language: the spaCy pipeline and the rules that turn its spans into clean mentions."""
