"""Editable word lists of the extractor (YAML, read with the safe loader, cached)."""
