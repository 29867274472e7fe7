"""A copied quotation names its speaker, never the reporter (issue 14).

For every quote the extractor finds in the seeds and in the coverage bench's own-words articles
(tests/coverage/*/own/*.txt), in every style, the citation names the speaker and says the article
is where the words were reported; scare quotes are not offered as quotations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.citation import STYLES, format_passage, format_quote
from tui.analysis.model import CorpusAnalysis
from tui.analysis.pipeline import analyse
from tui.analysis.voice import Voice, passage_for
from tui.corpus.loader import load_corpus, load_loose_files
from tui.corpus.model import ArticleMeta, Corpus

OWN_WORDS = sorted(Path(__file__).parent.glob("coverage/*/own/*.txt"))
#: What each style writes between the speaker and the article (a secondary source).
SECONDARY = {
    "plain": "quoted ",
    "markdown": "quoted ",
    "apa": ", as cited in ",
    "mla": "(qtd. in ",
    "chicago": ", quoted in ",
    "bibtex": "quoted in",
    "harvard": ", quoted in ",  # any CSL style: "— Alexandr Wang said, quoted in (Kasanmascheff, 2025)"
}


def _corpora() -> list[tuple[str, Corpus, CorpusAnalysis]]:
    out = []
    seeds = load_corpus(None)
    out.append(("seeds", seeds, analyse(seeds, use_cache=False)))
    for story in sorted({path.parent for path in OWN_WORDS}):  # one corpus per story: ids repeat
        own = load_loose_files(sorted(story.glob("*.txt")))
        out.append((story.parent.name, own, analyse(own, use_cache=False)))
    return out


@pytest.fixture(scope="module")
def corpora() -> list[tuple[str, Corpus, CorpusAnalysis]]:
    return _corpora()


def _speaker_forms(voice: Voice, style: str) -> list[str]:
    assert voice.speaker
    if style == "apa" and voice.person:
        return [voice.speaker.split()[-1]]
    return [voice.speaker, voice.speaker[:1].upper() + voice.speaker[1:]]


def test_no_citation_presents_a_quoted_persons_words_as_the_reporters(corpora) -> None:  # noqa: ANN001
    checked = 0
    for name, corpus, analysis in corpora:
        for quote in analysis.quotes:
            article = corpus.article(quote.span.article_id)
            passage = passage_for(analysis, article, quote.span, "quote", quote.id)
            where = f"{name} {quote.id} “{quote.text[:40]}”"
            if quote.kind == "scare":
                # A term in quotation marks is not a quotation: its sentence is copied instead.
                assert passage.kind == "span" and "not a quotation" in passage.label, where
                assert quote.text in passage.words, where
                continue
            assert passage.voice.quoted, where
            for style in STYLES:
                text = format_passage(passage, style)
                assert text != format_quote(passage.words, article.meta, style), (where, style)
                assert SECONDARY[style] in text, (where, style, text)
                if passage.voice.speaker:
                    forms = _speaker_forms(passage.voice, style)
                    at = min((text.find(f) for f in forms if f in text), default=-1)
                    assert at >= 0, (where, style, text)
                    # The speaker comes before the reporter (the article is where it was reported).
                    for author in (article.meta.author or "").split(" and "):
                        last = author.split()[-1] if author.split() else ""
                        if last and last not in passage.words:
                            assert at < text.find(last, at), (where, style, text)
                else:
                    assert "not name" in text or "nnamed" in text, (where, style, text)
                checked += 1
    assert checked >= 7 * len(STYLES)  # the seeds alone hold seven quotations (and six scare quotes)


def test_claims_inside_a_quotation_are_the_speakers(corpora) -> None:  # noqa: ANN001
    for _name, corpus, analysis in corpora:
        for claim in analysis.claims:
            article = corpus.article(claim.article_id)
            inside = [
                q
                for q in analysis.articles[claim.article_id].quotes
                if q.kind != "scare" and q.span.start <= claim.span.start and claim.span.end <= q.span.end
            ]
            passage = passage_for(analysis, article, claim.span, "claim", claim.id)
            assert passage.voice.quoted == bool(inside), claim.id


def _wang() -> tuple[Corpus, CorpusAnalysis, object]:
    corpus = load_corpus(None)
    analysis = analyse(corpus, use_cache=False)
    quote = next(q for q in analysis.quotes if q.text == "patriotic duty")
    return corpus, analysis, quote


def test_wangs_op_ed_is_cited_as_his_in_every_style() -> None:
    corpus, analysis, quote = _wang()
    passage = passage_for(analysis, corpus.article("winbuzzer"), quote.span, "quote", quote.id)  # type: ignore[attr-defined]
    assert passage.voice == Voice(
        "Alexandr Wang", "wrote in an op-ed", "arguing in a recent op-ed", quoted=True, person=True
    )
    url = (
        "https://winbuzzer.com/2025/06/13/meta-invests-14b-in-scale-ai-deal-in-a-high-stakes-bid-for"
        "-ai-supremacy-ceo-alexandr-wang-steps-down-xcxwbn/"
    )
    assert format_passage(passage, "plain") == (
        "“patriotic duty,” Alexandr Wang wrote in an op-ed, quoted by Markus Kasanmascheff in "
        f"Winbuzzer, 13 June 2025, {url}"
    )
    assert format_passage(passage, "apa").startswith(
        "“patriotic duty” (Wang, as cited in Kasanmascheff, 2025)\n\nKasanmascheff, M. (2025, June 13)."
    )
    assert format_passage(passage, "mla").startswith(
        "Alexandr Wang wrote in an op-ed: “patriotic duty” (qtd. in Kasanmascheff)\n\nKasanmascheff, Markus."
    )
    assert format_passage(passage, "chicago").startswith(
        "“patriotic duty”\n\nAlexandr Wang, in an op-ed, quoted in Markus Kasanmascheff, “Meta Invests"
    )
    assert format_passage(passage, "markdown").startswith(
        "> patriotic duty\n>\n> — Alexandr Wang wrote in an op-ed, quoted by Markus Kasanmascheff in ["
    )


def test_an_unnamed_source_and_an_unattributed_quotation() -> None:
    corpus, analysis, _ = _wang()
    quote = next(q for q in analysis.quotes if q.text == "black eye")
    passage = passage_for(analysis, corpus.article("winbuzzer"), quote.span, "quote", quote.id)
    assert format_passage(passage, "apa").startswith(
        "“black eye” (one analyst, as cited in Kasanmascheff, 2025)"
    )
    nobody = Voice(quoted=True)
    meta = corpus.article("winbuzzer").meta
    assert format_quote("w", meta, "plain", nobody).startswith(
        "“w,” words of a speaker the article does not name, quoted by Markus Kasanmascheff in Winbuzzer"
    )
    assert format_quote("w", meta, "apa", nobody).startswith(
        "“w” (unnamed source, as cited in Kasanmascheff, 2025)"
    )


def test_the_articles_own_words_and_a_voice_nobody_recorded() -> None:
    corpus, analysis, quote = _wang()
    article = corpus.article("winbuzzer")
    sentence = next(s for s in analysis.articles["winbuzzer"].sentences if s.contains(quote.span))  # type: ignore[attr-defined]
    # The whole sentence holds the article's attribution ("arguing in a recent op-ed"): the
    # reporter's sentence, cited as the article.
    passage = passage_for(analysis, article, sentence, "span")
    assert not passage.voice.quoted and passage.voice.quoting == ()
    assert format_passage(passage, "plain").endswith("Winbuzzer, 13 June 2025, " + article.meta.url)  # type: ignore[operator]
    unknown = format_quote("w", article.meta, "plain", Voice(known=False))
    assert unknown.endswith("(whose words these are was not recorded: check the article)")


def test_the_articles_words_reporting_a_source_say_whom_they_report() -> None:
    corpus, analysis, _ = _wang()
    forbes = next(s for s in analysis.sources if s.name == "Forbes")
    citation = forbes.citations[0]
    article = corpus.article(citation.article_id)
    assert citation.content is not None
    passage = passage_for(analysis, article, citation.content, "source", forbes.id)
    assert passage.voice.own and passage.voice.attributed_to == "Forbes"
    assert format_passage(passage, "plain").endswith("(the article attributes this to Forbes)")
    # The op-ed's statement holds Wang's quoted words without the words that attribute them.
    wang = next(s for s in analysis.sources if s.id == "alexandr-wang")
    content = wang.citations[0].content
    assert content is not None
    passage = passage_for(analysis, corpus.article("winbuzzer"), content, "source", wang.id)
    text = format_passage(passage, "plain")
    assert text.endswith("(the article attributes this to Alexandr Wang; the passage quotes Alexandr Wang)")
    assert "‘patriotic duty’" in text  # nested quotation marks made single


def test_an_article_with_nothing_known_still_marks_the_words_as_quoted_in_it() -> None:
    # A loose file with no headline, byline, outlet or date: its reference is "unknown", but the
    # quotation is still the speaker's, reported there, in every style (MLA said nothing of it).
    voice = Voice(quoted=True, speaker="Dana Reyes", person=True)
    for style in STYLES:
        text = format_quote("We will build it", ArticleMeta(), style, voice)
        assert SECONDARY[style] in text, (style, text)
        assert text.find("Reyes") < text.find(SECONDARY[style].strip()), (style, text)
    mla = format_quote("We will build it", ArticleMeta(), "mla", voice)
    assert mla.startswith("Dana Reyes said: “We will build it” (qtd. in an unknown source)")


@pytest.mark.parametrize(
    "cue",
    ["the two companies said", "the statement said", "Tallow Group and Brindle Systems said"],
)
def test_a_quotation_several_speak_as_one_is_cited_as_all_of_theirs(tmp_path: Path, cue: str) -> None:
    # invented text (stop 26): a joint statement's words are both parties', in the copy too
    path = tmp_path / "joint.txt"
    path.write_text(
        "Tallow to buy Brindle\n\nTallow Group will acquire Brindle Systems for $40 a share, according to a "
        f"joint statement.\n\n“Together we will serve ten thousand hospitals,” {cue}.\n",
        encoding="utf-8",
    )
    corpus = load_loose_files([path])
    analysis = analyse(corpus, use_cache=False)
    quote = next(q for q in analysis.quotes if q.kind == "speech")
    article = corpus.article(quote.span.article_id)
    passage = passage_for(analysis, article, quote.span, "quote", quote.id)
    assert passage.voice.speaker is not None
    assert {"Tallow Group", "Brindle Systems"} <= set(passage.voice.speaker.split(" and "))
    said = format_passage(passage, "plain").split("”", 1)[1].split(" quoted")[0]
    assert "Tallow Group" in said and "Brindle Systems" in said, said
