"""A person's titles at two organizations across articles: compare gives no verdict and does not fail.

Found by the coverage bench's unseen story (Broadcom-VMware): one article makes a man president of a
company's software group, another president of the company; comparing them raised ValueError.
"""

from __future__ import annotations

from pathlib import Path

from tui.analysis.compare import compare
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus


def test_titles_at_two_organizations_compare_without_failing(tmp_path: Path) -> None:
    texts = {
        "a": "Acme buys Widgetco\n\nAcme Software Group's president Tom Krause says the deal is good. "
        "Acme agreed to buy Widgetco for $61 billion.\n",
        "b": "Acme agrees Widgetco deal\n\nAcme President Tom Krause said in a statement that the deal "
        "is good. Acme agreed to buy Widgetco for $61 billion.\n",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "corpus.yaml").write_text(
        "name: t\narticles:\n" + "".join(f"  {n}:\n    headline_in_text: true\n" for n in texts),
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path)
    result = compare(corpus, analyse(corpus), ["a", "b"])
    krause = [a for a in result.aspects if a.cls == "leadership" and (a.key or "").endswith("Krause")]
    verdicts = {p.verdict for a in krause for p in a.pairs}
    assert "contradiction" not in verdicts
