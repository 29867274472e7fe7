"""The versions of what the analysis stores, each bumped by hand when its output changes.

Kept here, importing nothing, so that a stored part's key is known without importing the
extractor (a warm `search` reads a stored index and never extracts).

- EXTRACTOR_VERSION: each article's result and the merged analysis (the analysis cache); also the
  input of the stored search index and frames.

tests/test_cache_versions.py fails when the extractor's output on the committed corpora changes
and EXTRACTOR_VERSION does not (tests/analysis_fingerprint.py says how to write the new fingerprint).
The search index's own version is INDEX_VERSION (tui/analysis/search/store.py), the overview
frames' FRAMES_VERSION (tui/analysis/frames_store.py).
"""

EXTRACTOR_VERSION = "3.63.0"
