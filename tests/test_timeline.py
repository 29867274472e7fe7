"""Timeline and provenance (tui/analysis/timeline.py), on a small corpus written for them
(tests/corpora/provenance: an unnamed report, an outlet citing it, a copy of that outlet, the company's
announcement) and on the coverage bench's own-words tables that state copies."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from tui.analysis.model import FactValue, told_without_year
from tui.analysis.pipeline import analyse
from tui.analysis.timeline import FactKey, Node, fact_key, provenance, show_fact, timeline, tree_lines
from tui.cli.main import main
from tui.corpus.loader import load_corpus
from tui.corpus.model import Span

HERE = Path(__file__).parent
CORPUS = HERE / "corpora" / "provenance"
COVERAGE = HERE / "coverage"


@pytest.fixture(scope="module")
def acme():  # noqa: ANN201
    corpus = load_corpus(CORPUS)
    analysis = analyse(corpus, use_cache=False)
    return corpus, analysis


def _fact(slot: str, value: str | float, unit: str | None = None, hedge: str | None = None) -> FactValue:
    return FactValue(slot, value, unit, "as written", Span("a", 0, 1), hedge=hedge)


def test_one_figure_however_hedged_and_rounded() -> None:
    assert fact_key(_fact("amount", 2e9, "USD", "about")) == fact_key(_fact("amount", 2.0004e9, "USD"))
    assert fact_key(_fact("amount", 14.3e9, "USD")) != fact_key(_fact("amount", 14.8e9, "USD"))
    assert fact_key(_fact("buyer", "Scale  AI")) == FactKey("buyer", "scale ai")
    assert show_fact(_fact("amount", 14.3e9, "USD", "about")) == "about $14.3B"
    assert show_fact(_fact("stake", 49, "%")) == "49%"
    assert show_fact(_fact("amount", 500e6, "EUR")) == "€500M"


def test_timeline_by_date_with_status_and_firsts(acme) -> None:  # noqa: ANN001
    line = timeline(*acme)
    assert [(e.date, e.article_id, e.status) for e in line.entries] == [
        (dt.date(2025, 3, 1), "ledger", "talks"),
        (dt.date(2025, 3, 2), "post", "talks"),
        (dt.date(2025, 3, 2), "syndicated", "talks"),
        (dt.date(2025, 3, 5), "wire", "agreed"),
    ]
    shown = {e.article_id: {s.key.slot: s.shown for s in e.statements} for e in line.entries}
    assert shown["ledger"]["amount"] == "about $2B"
    assert shown["wire"]["amount"] == "$2.1B"
    # the figure moves from "about $2B, in talks" to "$2.1B, agreed": each first stated once
    assert line.first[FactKey("amount", "2e+09 USD")] == "ledger"
    assert line.first[FactKey("amount", "2.1e+09 USD")] == "wire"
    assert line.first[FactKey("status", "talks")] == "ledger"
    assert line.first[FactKey("status", "agreed")] == "wire"
    assert [e.copy_of for e in line.entries] == [None, None, "post", None]
    assert [d for d, _ in line.days()] == [dt.date(2025, 3, 1), dt.date(2025, 3, 2), dt.date(2025, 3, 5)]


def test_a_figure_repeated_three_times_rests_on_one_unnamed_report(acme) -> None:  # noqa: ANN001
    facts = {f.key: f for f in provenance(*acme)}
    amount = facts[FactKey("amount", "2e+09 USD")]
    assert amount.articles == ["ledger", "post", "syndicated"]
    assert [(o.kind, o.id) for o in amount.origins] == [("unnamed", "ledger")]
    assert amount.summary == "stated by 3 articles, resting on 1 independent origin (1 unnamed)"
    # the copy rests on its original, which rests on the outlet it cites, which rests on people familiar
    assert tree_lines(amount.tree[2]) == [
        "Syndicator (copy)",
        "└─ Morning Post",
        "   └─ according to Daily Ledger",
        "      └─ Daily Ledger",
        "         └─ people familiar with the matter (unnamed, in Daily Ledger)",
    ]
    agreed = facts[FactKey("amount", "2.1e+09 USD")]
    assert [(o.kind, o.id) for o in agreed.origins] == [("source", "acme")]
    buyer = facts[FactKey("buyer", "acme")]
    assert buyer.summary == "stated by 4 articles, resting on 2 independent origins (1 unnamed)"


def test_timeline_command_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", "--corpus", str(CORPUS)]) == 0
    out = capsys.readouterr().out
    assert "  Daily Ledger [talks*]: buyer Acme* · target Widgets* · amount about $2B*" in out
    assert (
        "  Syndicator (copy of Morning Post) [talks]: buyer Acme · target Widgets · amount about $2B" in out
    )
    assert (
        "  amount = about $2B: stated by 3 articles, resting on 1 independent origin (1 unnamed); "
        "first: Daily Ledger" in out
    )
    assert main(["timeline", "--corpus", str(CORPUS), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "meta-scale-tui/timeline/1"
    assert [e["article"] for e in data["timeline"]] == ["ledger", "post", "syndicated", "wire"]
    first = next(p for p in data["provenance"] if p["slot"] == "amount")
    assert first["origins"] == [
        {
            "kind": "unnamed",
            "id": "ledger",
            "label": "people familiar with the matter (unnamed, in Daily Ledger)",
        }
    ]


def test_the_timeline_command_and_the_reports_carry_the_screens_was_marks_and_drifts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["timeline", "--corpus", str(CORPUS)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert (
        "  Tech Wire [agreed*] (was talks): buyer Acme · target Widgets · amount $2.1B* (was about $2B) · date 2025-03-05*"
        in out
    )
    drifts = out.index("Drifts (the values a figure, a title or the status took over time)")
    assert out[drifts + 1 : drifts + 3] == [
        "  amount: about $2B ×3 (2025-03-01, talks) → $2.1B (2025-03-05, agreed)",
        "  status: talks ×3 (2025-03-01) → agreed (2025-03-05)",
    ]
    assert main(["timeline", "--corpus", str(CORPUS), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    wire = {f["slot"]: f for f in data["timeline"][3]["facts"]}
    assert (wire["amount"]["was"], wire["amount"]["was_article"]) == ("about $2B", "syndicated")
    assert wire["status"]["was"] == "talks" and wire["buyer"]["was"] is None
    assert data["drifts"][0] == {
        "story": "Widgets",
        "slot": "amount",
        "steps": [
            {
                "shown": "about $2B",
                "date": "2025-03-01",
                "article": "ledger",
                "statements": 3,
                "ordered": True,
                "time": None,
                "stage": "talks",
            },
            {
                "shown": "$2.1B",
                "date": "2025-03-05",
                "article": "wire",
                "statements": 1,
                "ordered": True,
                "time": None,
                "stage": "agreed",
            },
        ],
    }
    argv = ["compare", "--corpus", str(CORPUS), "--articles", "ledger,wire"]
    assert main([*argv, "--format", "md"]) == 0
    md = capsys.readouterr().out
    assert (
        "| Tech Wire \\[agreed\\*\\] (was talks) | buyer Acme · target Widgets · amount $2.1B\\* (was about $2B) · date 2025-03-05\\* |"
        in md
    )
    assert (
        "- **amount**: about $2B (2025-03-01, talks) → $2.1B (2025-03-05, agreed)" in md
    )  # two compared articles
    assert main([*argv, "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert "<li><b>status</b>: talks (2025-03-01) → agreed (2025-03-05)</li>" in page


def _bench_stories() -> list[Path]:
    """Own-words tables of the coverage bench that state a copy (copy_of)."""
    out = []
    for table in sorted(COVERAGE.glob("*/own/facts.yaml")):
        data = yaml.safe_load(table.read_text(encoding="utf-8"))
        if any(a.get("copy_of") for a in data.get("articles", [])):
            out.append(table)
    return out


@pytest.mark.parametrize("table", _bench_stories(), ids=lambda p: p.parent.parent.name)
def test_copies_in_the_bench_tables_add_no_origin(table: Path, tmp_path: Path) -> None:
    """Per the table's copy_of, a copy's statement of a fact its original states too rests only on
    the original: it never adds an independent origin, and its chain names the original. Where the
    table says the copy changed the fact (its value differs from the original's in the table), the
    copy's statement is its own: '(copy; not in <original>)', resting on none of the original's own
    reporting."""
    data = yaml.safe_load(table.read_text(encoding="utf-8"))
    meta = {}
    for art in data["articles"]:
        shutil.copy(table.parent / f"{art['id']}.txt", tmp_path / f"{art['id']}.txt")
        entry = {"id": art["id"], "outlet": art.get("outlet"), "date": art.get("date")}
        if art.get("copy_of"):
            entry["copy_of"] = art["copy_of"]
        meta[f"{art['id']}.txt"] = {k: v for k, v in entry.items() if v is not None}
    (tmp_path / "corpus.yaml").write_text(yaml.safe_dump({"articles": meta}), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert not [p for p in corpus.problems if p.severity == "error"]
    analysis = analyse(corpus, use_cache=False)
    copies = {a["id"]: a["copy_of"] for a in data["articles"] if a.get("copy_of")}
    outlets = {a["id"]: a.get("outlet") or a["id"] for a in data["articles"]}
    table_facts = {a["id"]: a.get("facts") or {} for a in data["articles"]}

    def changed(aid: str, slot: str) -> bool:
        """The table gives the copy another value for the slot than its original. A day the copy
        tells without its year ("--12-01", a page with no date of its own: the tables' convention
        since stop 42) is the original's dated day told less fully, not another value."""
        mine, theirs = table_facts[aid].get(slot), table_facts[copies[aid]].get(slot)
        if mine is None:
            return False
        if theirs is None:
            return True
        a, b = str(mine.get("value")), str(theirs.get("value"))
        return a != b and not told_without_year(a, b) and not told_without_year(b, a)

    checked = changes = 0
    for fact in provenance(corpus, analysis):
        without = set()
        for aid, tree in zip(fact.articles, fact.tree, strict=True):
            if aid not in copies:
                without.update(_leaves(tree))
        for aid, tree in zip(fact.articles, fact.tree, strict=True):
            if aid not in copies:
                continue
            checked += 1
            original = outlets[copies[aid]]
            if changed(aid, fact.key.slot):
                changes += 1
                assert tree.label == f"{outlets[aid]} (copy; not in {original})", (fact.key, aid)
                assert not any(o.kind == "article" and o.id == copies[aid] for o in _leaves(tree))
                continue
            assert tree.label == f"{outlets[aid]} (copy)", (fact.key, aid)
            assert tree.children[0].label == original
            if copies[aid] in fact.articles:
                assert set(_leaves(tree)) <= without, (fact.key, aid)
    assert checked > 0
    # each of these tables' copies changes one fact of its original (a figure, a title's modifier)
    assert changes == 1


def _leaves(node):  # noqa: ANN001, ANN202
    if node.origin is not None:
        return [node.origin]
    return [o for child in node.children for o in _leaves(child)]


GAZETTE = """Acme to buy Widgets, sources say

Acme has agreed to buy the robotics maker Widgets for $2.1 billion, according to people familiar with the matter.

Local officials said the Widgets plant outside the city would keep its 400 workers for now.
"""
HERALD = """Acme buys Widgets in $2.1 billion deal

Acme has agreed to buy robotics maker Widgets for $2.1 billion, according to people familiar with the matter.

Shares of Widgets rose in early trading, while Acme's were little changed.
"""


def _wire_corpus(folder: Path, gazette_extra: str) -> Path:
    """The provenance corpus plus two edits of one wire story (Gazette, Herald), invented texts."""
    folder.mkdir()
    for path in CORPUS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    (folder / "gazette.txt").write_text(GAZETTE, encoding="utf-8")
    (folder / "herald.txt").write_text(HERALD, encoding="utf-8")
    base = (CORPUS / "corpus.yaml").read_text(encoding="utf-8")
    (folder / "corpus.yaml").write_text(
        base
        + "  gazette.txt:\n    id: gazette\n    outlet: Gazette\n    date: 2025-03-06\n    headline_in_text: true\n"
        + gazette_extra
        + "  herald.txt:\n    id: herald\n    outlet: Herald\n    date: 2025-03-06\n    headline_in_text: true\n",
        encoding="utf-8",
    )
    return folder


def test_edits_of_one_wire_story_rest_on_one_origin(tmp_path: Path) -> None:
    linked = load_corpus(_wire_corpus(tmp_path / "linked", "    same_wire_as: herald\n"))
    apart = load_corpus(_wire_corpus(tmp_path / "apart", ""))
    key = FactKey("amount", "2.1e+09 USD")
    together = {f.key: f for f in provenance(linked, analyse(linked, use_cache=False))}[key]
    separate = {f.key: f for f in provenance(apart, analyse(apart, use_cache=False))}[key]
    assert together.articles == separate.articles == ["wire", "gazette", "herald"]
    # without the link each outlet's "people familiar" is its own unnamed report...
    assert [(o.kind, o.id) for o in separate.origins if o.kind == "unnamed"] == [
        ("unnamed", "gazette"),
        ("unnamed", "herald"),
    ]
    # ... with it, the two edits repeat the wire's one unnamed report (linked one way, taken both ways)
    assert [(o.kind, o.id, o.label) for o in together.origins if o.kind == "unnamed"] == [
        (
            "unnamed",
            "gazette",
            "people familiar with the matter (unnamed, in the wire story behind Gazette, Herald)",
        )
    ]
    assert together.summary == "stated by 3 articles, resting on 2 independent origins (1 unnamed)"
    line = timeline(linked, analyse(linked, use_cache=False))
    wires = {e.article_id: e.same_wire_as for e in line.entries}
    assert wires["gazette"] == ["herald"] and wires["herald"] == ["gazette"] and wires["wire"] == []


def test_same_wire_as_must_name_other_articles(tmp_path: Path) -> None:
    from tui.analysis.copies import wire_groups

    corpus = load_corpus(_wire_corpus(tmp_path / "c", "    same_wire_as: [herald, nobody, gazette]\n"))
    assert corpus.article("gazette").meta.same_wire_as == ("herald",)
    [warning] = [str(p) for p in corpus.problems if "same_wire_as" in p.message]
    assert (
        "gazette.txt: same_wire_as 'nobody', 'gazette': not another article of the corpus; ignored" in warning
    )
    # a copy belongs to its original's group; links are followed (post ~ wire, wire ~ ledger: one group)
    corpus.articles = [
        replace(a, meta=replace(a.meta, same_wire_as=("wire",))) if a.id in ("post", "ledger") else a
        for a in corpus.articles
    ]
    groups = wire_groups(corpus)
    assert groups["ledger"] == groups["post"] == groups["wire"] == ["ledger", "post", "wire"]
    assert "syndicated" not in groups  # a copy: its original (post) stands for it
    assert groups["gazette"] == ["gazette", "herald"]


def test_compare_reports_carry_the_timeline_and_provenance_of_the_compared_articles(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["compare", "--corpus", str(CORPUS), "--articles", "ledger,post,wire"]
    assert main([*argv, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [e["article"] for e in data["timeline"]] == ["ledger", "post", "wire"]  # not the copy
    amount = next(p for p in data["provenance"] if p["shown"] == "about $2B")
    assert amount["articles"] == ["ledger", "post"]
    assert amount["summary"] == "stated by 2 articles, resting on 1 independent origin (1 unnamed)"
    assert main([*argv, "--format", "md"]) == 0
    md = capsys.readouterr().out
    assert (
        "| 2025-03-01 | Daily Ledger \\[talks\\*\\] | buyer Acme\\* · target Widgets\\* · amount about $2B\\* |"
        in md
    )
    assert "- **amount = about $2B**: stated by 2 articles, resting on 1 independent origin (1 unnamed)" in md
    assert main([*argv, "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert "<h2>Timeline</h2>" in page and "<h2>Provenance</h2>" in page
    assert (
        "<td>2025-03-05</td><td>Tech Wire [agreed*] (was talks)</td>"
        "<td>buyer Acme · target Widgets · amount $2.1B* (was about $2B) · date 2025-03-05*</td>" in page
    )


def test_report_sections_escape_what_the_corpus_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "c"
    shutil.copytree(CORPUS, folder)
    meta = (folder / "corpus.yaml").read_text(encoding="utf-8")
    (folder / "corpus.yaml").write_text(
        meta.replace("outlet: Daily Ledger", 'outlet: "<script>x</script> | `Ledger`"'), encoding="utf-8"
    )
    argv = ["compare", "--corpus", str(folder), "--articles", "ledger,wire"]
    assert main([*argv, "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert "<script>" not in page and "&lt;script&gt;x&lt;/script&gt; | `Ledger` [talks*]" in page
    assert main([*argv, "--format", "md"]) == 0
    md = capsys.readouterr().out
    assert "| \\<script\\>x\\</script\\> \\| \\`Ledger\\` \\[talks\\*\\] |" in md


def test_an_edit_that_drops_the_attribution_rests_on_what_the_wire_attributes(tmp_path: Path) -> None:
    folder = _wire_corpus(tmp_path / "bare", "    same_wire_as: herald\n")
    bare = HERALD.replace(", according to people familiar with the matter.", ".")
    assert bare != HERALD
    (folder / "herald.txt").write_text(bare, encoding="utf-8")
    corpus = load_corpus(folder)
    fact = {f.key: f for f in provenance(corpus, analyse(corpus, use_cache=False))}[
        FactKey("amount", "2.1e+09 USD")
    ]
    assert fact.articles == ["wire", "gazette", "herald"]
    herald = fact.tree[2]
    assert tree_lines(herald) == [
        "Herald",
        "└─ as the wire story behind Gazette, Herald attributes it",
        "   └─ people familiar with the matter (unnamed, in the wire story behind Gazette, Herald)",
    ]
    # the same two origins as when Herald kept the attribution: the wire's unnamed report, Acme's wire
    assert fact.summary == "stated by 3 articles, resting on 2 independent origins (1 unnamed)"


def _origin_ids(node: Node) -> set[tuple[str, str]]:
    if node.origin is not None:
        return {(node.origin.kind, node.origin.id)}
    return {o for child in node.children for o in _origin_ids(child)}


def test_edits_that_keep_different_attributions_rest_on_all_of_them(tmp_path: Path) -> None:
    """One edit keeps the outlet and names its unnamed sources as the outlet's ("according to X, which
    cited people familiar"), the other keeps the outlet as the teller ("X reported, citing people
    familiar"): the extractor attributes the first to the people, the second to the outlet, and the
    two edits of one wire story must still share what the wire rests on."""
    folder = _wire_corpus(tmp_path / "split", "    same_wire_as: herald\n")
    gazette = GAZETTE.replace(
        "Acme has agreed to buy the robotics maker Widgets for $2.1 billion, according to people familiar "
        "with the matter.",
        "According to Reuters, which cited people familiar with the matter, Acme has agreed to buy the "
        "robotics maker Widgets for $2.1 billion.",
    )
    herald = HERALD.replace(
        "Acme has agreed to buy robotics maker Widgets for $2.1 billion, according to people familiar with "
        "the matter.",
        "Acme has agreed to buy robotics maker Widgets for $2.1 billion, Reuters reported on Tuesday, citing "
        "people familiar with the matter.",
    )
    assert gazette != GAZETTE and herald != HERALD
    (folder / "gazette.txt").write_text(gazette, encoding="utf-8")
    (folder / "herald.txt").write_text(herald, encoding="utf-8")
    corpus = load_corpus(folder)
    fact = {f.key: f for f in provenance(corpus, analyse(corpus, use_cache=False))}[
        FactKey("amount", "2.1e+09 USD")
    ]
    assert fact.articles == ["wire", "gazette", "herald"]
    gazette_tree, herald_tree = fact.tree[1], fact.tree[2]
    unnamed = ("unnamed", "gazette")  # the wire's one unnamed report (named after its first edit)
    assert _origin_ids(gazette_tree) == _origin_ids(herald_tree) == {unnamed, ("outlet", "reuters")}
    # each edit's own attribution first, what the other edit adds under the wire
    assert tree_lines(herald_tree) == [
        "Herald",
        "├─ Reuters (not in the corpus)",
        "└─ as the wire story behind Gazette, Herald attributes it",
        "   └─ people familiar with the matter (unnamed, in the wire story behind Gazette, Herald)",
    ]
    assert tree_lines(gazette_tree)[1].startswith("├─ people familiar with the matter (unnamed")
