"""Benchmarks and corpus generators (not shipped in the wheel), each runnable as `python -m bench.<name>` and printing its figures (docs/benchmarks.md)."""
