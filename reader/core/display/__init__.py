"""What the window and exports show beside the text: themes, one-line summaries, the network."""
