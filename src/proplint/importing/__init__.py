"""Reading proposals from the municipal Word template and its Markdown export."""
