"""Shared factories for the tests: synthetic corpora and hostile texts.

The generators themselves live in the top-level bench/ package (they also feed the benchmarks); the
tests reach them only through this module, so nothing under tests/ imports from the shipped package
for test data.
"""

from bench.corpus import make_corpus
from bench.hostile import big_article, long_line, many_names

__all__ = ["big_article", "long_line", "make_corpus", "many_names"]
