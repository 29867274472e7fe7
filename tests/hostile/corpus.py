"""A small hostile corpus, written at test time (so that no file with raw escape sequences sits in
the repository to surprise someone who `cat`s it): markup-looking text and terminal control
sequences in article text, in metadata and in a file name."""

from __future__ import annotations

from pathlib import Path

#: Text that Textual or Rich would interpret as markup if it were ever parsed.
MARKUP = (
    "[bold]bold?[/] [@click=app.quit]quit?[/] [link=https://x.example]link?[/link] :smile: $variable [/] [red"
)

#: Terminal control sequences: OSC 52 (clipboard), OSC 0/2 (title), CSI (clear screen), C1 CSI,
#: BEL, backspace, NUL, a right-to-left override.
CONTROLS = "\x1b]52;c;cHduZWQ=\x07 \x1b]0;pwned\x07 \x1b]2;pwned\x1b\\ \x1b[2J \u009b2J \x07 ab\x08\x08 \x00 \u202eevil"

#: Text that a browser or a Markdown renderer would run or follow if an export did not escape it.
HTML = '<script>alert("pwned")</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) &amp; <b>b</b>'

ARTICLE = (
    "Hostile [bold]Headline[/] for Meta\n\n"
    f"Meta paid $14.3B for 49% of Scale AI, according to Reuters. {MARKUP}.\n\n"
    f"Alexandr Wang said: “We are [bold]excited[/] about [@click=app.quit]this[/].” {CONTROLS}.\n\n"
    "Mark Zuckerberg told The Verge that [link=https://x.example]Scale[/link] costs $variable.\n\n"
    f"{HTML} Meta paid $15bn, the page said.\n"
)

SECOND = (
    "A Calm Second Article\n\n"
    "Meta invested $14 billion in Scale AI, The New York Times reported.\n\n"
    "“It is a big deal,” one analyst said.\n"
)

METADATA = """name: "Hostile [bold]corpus[/] \\e]0;pwned\\a"
articles:
  "hostile\\e]0;pwned\\a.txt":
    title: "[bold]Title[/] [@click=app.quit]x[/] \\e]2;pwned\\a"
    outlet: "[link=https://x.example]Outlet[/link] \\x9b2J"
    author: ":smile: $variable [/] \\e[2J"
    date: 2025-06-13
    url: "https://x.example/[bold]"
"""


def write_hostile_corpus(root: Path) -> Path:
    """Write the hostile corpus into `root` (created) and return it."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "hostile\x1b]0;pwned\x07.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "calm.txt").write_text(SECOND, encoding="utf-8")
    (root / "corpus.yaml").write_text(METADATA, encoding="utf-8")
    return root
