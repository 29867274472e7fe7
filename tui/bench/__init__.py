"""Benchmarks, each runnable as `python -m tui.bench.<name>` and printing its figures (README)."""
