"""Which speaker each quotation of an article is given: `quotes_with_speakers`.

The quotations come from quotes.py (`find_quotes`), the citations from attribution.py (a source, its
cue and the words it stands for). A quotation takes the cue before or after it in its sentences, the
cue that closes the sentence before it, the speaker of the quotation it continues (in its paragraph,
a paragraph or two on, across a run of paragraphs), the company its sentence is told of, or no one
(a scare quote, a pull quote, a pronoun that could name two people); each quotation names the rule
that gave its speaker. Read by the pipeline in extract/__init__.py; imports only modules below it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace

from tui.analysis.extract.attribution import JOINT_RULES, EntitySpan, Found, has_cue, org_opening
from tui.analysis.extract.narration import narrating_verb
from tui.analysis.extract.pull_quotes import (
    is_pull_quote,
    is_set_apart,
    pull_quote_speakers,
    repeated_pull_quotes,
)
from tui.analysis.extract.quotes import RawQuote, is_lead_in
from tui.analysis.model import EntityType, Quote, SourceKind
from tui.corpus.model import Span

#: A company named by a common noun before a quotation in its sentence: "The legacy automaker hopes to
#: “...”", "the company’s aim is “...”" (a quotation told of a company, not a person's continued words).
_COMPANY_ANAPHOR = re.compile(
    r"\s*(?:the|its|this)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|group|automaker|carmaker|chipmaker|maker|"
    r"startup|start-up|giant|business|lab|manufacturer|developer)(?:['’]s)?\b",
    re.IGNORECASE,
)
#: After the company that opens the sentence, up to the quotation: a verb of appointing, its object, then
#: the purpose in the quotation ("named X as its next chief to drive “"), no clause mark between.
_APPOINTS_TO = re.compile(
    r"\s+(?:(?:on|late|early)\s+[A-Z][a-z]+\s+|[A-Z][a-z]+day\s+)?(?:has\s+)?(?:named|appointed|tapped|picked|chose|"
    r"hired|promoted|elevated|nominated|selected)\s+[^“”\"«»\n;:]{1,160}?\s+to\s+[a-z]+\s+(?:[a-z]+\s+)?[“\"«]?$"
)
#: After a company (or "It" standing for one), up to a quotation's opening mark: a verb of buying or selling
#: whose object is quoted, at most four words of it before the mark (" is acquiring X’s “", "’s buying the
#: “", " is set to sell its “"): the thing dealt in told in the words of the deal's release (stop 53).
_DEALS_IN_QUOTED = re.compile(
    r"(?:’s|'s|\s+(?:is|was|has|had|will|would))?(?:\s+(?:plans|set|going)\s+to)?\s+"
    r"(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|sell(?:s|ing)?|sold|"
    r"tak(?:e|es|ing)\s+over|took\s+over)\s+(?:[\w’'.&-]+\s+){0,4}?[“\"]"
)
#: "It" opening a sentence as its subject ("It’s buying", "It will sell"): the pattern is the word alone;
#: `company_framing` takes it only before a verb of buying or selling (`_deals_in_quoted`), so never "It
#: was ..." of a state.
_IT_SUBJECT = re.compile(r"It\b")
#: The rules that give a quotation with no cue of its own the speaker of a statement before it, each named once here
#: for the rule that sets it and for `_CARRIED_RULES`, so renaming one cannot drop it from the set (stop 61).
_CARRYOVER_RULE = "quote.paragraph-carryover"
_CONTINUED_RULE = "quote.continued"
_CONTINUED_LATER_RULE = "quote.continued-later"
_CONTINUED_REPORT_RULE = "quote.continued-report"
_STATEMENT_CONTINUED_RULE = "quote.statement-continued"
_REPORT_GOES_ON_RULE = "quote.report-goes-on"
_CARRIED_RULES = frozenset(
    {
        _CARRYOVER_RULE,
        _CONTINUED_RULE,
        _CONTINUED_LATER_RULE,
        _CONTINUED_REPORT_RULE,
        _STATEMENT_CONTINUED_RULE,
        _REPORT_GOES_ON_RULE,
    }
)
#: A speaker's own words in the first person singular ("I", "I'm", "me", "my"), which no organization says.
_FIRST_PERSON_ONE = re.compile(r"(?<![\w’'])(?:I(?:[’'](?:m|ve|ll|d))?|me|my|myself)(?![\w’'])")
#: A relative clause or an aside: the words after it may be another's.
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|whose|whom)\b|[—–]|\(")
#: What may stand before a sentence's subject: blanks, an opening quotation mark, "Meanwhile," and the like.
_SUBJECT_GAP = re.compile(
    r"\s*(?:(?:meanwhile|separately|also|still|now|and|but|however),?\s+)?"
    # a short lead-in set off by a dash, its words after the first in lower case: "But that's not all – ",
    # "Better still — " (stop 59; never a name: "Stark – the chair – said" opens with a person)
    r"(?:(?-i:[A-Z][a-z’']*(?:\s+[a-z’']+){1,4})\s+[–—]\s+)?"
    # "In a statement, Tallow chief Ivo Stark: “...”": where the words were given, verbless (stop 47)
    r"(?:in\s+(?:an?|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|memo|note|e-?mail|letter)"
    r"(?:\s+on\s+[\w-]+)?,\s+)?",
    re.IGNORECASE,
)


def quotes_with_speakers(
    aid: str,
    text: str,
    paragraphs: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
    found: list[Found],
    raw: list[RawQuote],
    mentions: list[EntitySpan],
    narrated: frozenset[tuple[tuple[int, int], str]] = frozenset(),
    framed: list[Found] | None = None,
    ambiguous: list[int] | None = None,
    heading_spans: list[tuple[int, int]] | None = None,
) -> list[Quote]:
    """The article's quotations with their speakers. `narrated`: the citations that tell a person's act
    (extract/narration.py); `framed` receives the citations of companies a quotation is told of;
    `heading_spans`: the headline and section headings (sorted), whose quotations no cue of the body
    names."""
    framed = [] if framed is None else framed
    quotes: list[Quote] = []
    # "reportedly" is an unnamed source of a claim, never the speaker of a quotation; nor is the outlet
    # a document was leaked to ("Ruiz's email, which was obtained by the Post, reads")
    # ("X was quoted by the Ledger as saying": the outlet that quoted X, `relayed-by`, neither; nor the
    # outlet X told, `told-outlet`)
    found = sorted(
        (f for f in found if f.rule not in ("passive", "leaked-to", "relayed-by", "told-outlet")),
        key=lambda f: f.phrase[0],
    )

    def sentence_of(pos: int) -> tuple[int, int] | None:
        lo, hi = 0, len(sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s0, s1 = sentences[mid]
            if pos < s0:
                hi = mid - 1
            elif pos >= s1:
                lo = mid + 1
            else:
                return sentences[mid]
        return None

    para_starts = [p[0] for p in paragraphs]
    found_starts = [f.phrase[0] for f in found]

    def unresolved_lead_in(p0: int) -> int | None:
        """Where the sentence before the paragraph at p0 starts when it ends in a colon with a
        reporting cue ("He said:"): the words after it were given a speaker there; else None."""
        end = len(text[max(0, p0 - 400) : p0].rstrip()) + max(0, p0 - 400)
        if end < 1 or text[end - 1] != ":":
            return None
        sent = sentence_of(end - 1)
        return sent[0] if sent is not None and has_cue(text, sent[0], end) else None

    def paragraph_of(pos: int) -> tuple[int, int] | None:
        i = bisect_right(para_starts, pos) - 1
        return paragraphs[i] if i >= 0 and pos < paragraphs[i][1] else None

    # Where each newspaper-style run of paragraphs ends (“A ... / “B,” she said.): one pass back.
    chain_end = list(range(len(raw)))
    for i in range(len(raw) - 2, -1, -1):
        if raw[i].continued:
            chain_end[i] = chain_end[i + 1]

    def cue_of_run(i: int) -> Found | None:
        """The cue after the last quotation of the run that quotation i starts, if any."""
        last = raw[chain_end[i]]
        if chain_end[i] == i:
            return None
        sent = sentence_of(max(last.start, last.end - 1)) or (last.start, last.end)
        near = found[bisect_left(found_starts, sent[0]) : bisect_left(found_starts, sent[1])]
        # the cue right after it, or a title or two words on: '"..." executive chairman Ivo Stark said'
        return next((f for f in near if f.phrase[0] >= last.end and f.phrase[0] - last.end <= 40), None)

    mention_starts = [m.start for m in mentions]
    quoted = [(r.start, r.end) for r in raw]
    quoted_starts = [r.start for r in raw]

    def in_quote(pos: int) -> bool:
        i = bisect_right(quoted_starts, pos) - 1
        return i >= 0 and pos < quoted[i][1]

    def person_between(speaker: Found, lo: int, hi: int) -> bool:
        """Is a person other than the speaker named outside quotations in the sentences after the one
        that cites the speaker (from lo) and before hi? Then a quotation with no cue of its own may be
        theirs as well: the speaker carried over would be a guess."""
        sent = sentence_of(max(0, lo - 1))
        lo = sent[1] if sent else lo
        own = sentence_of(
            hi
        )  # not the quotation's own sentence: 'X had “criticized ...”' (X is quoted about)
        hi = own[0] if own else hi
        for k in range(bisect_left(mention_starts, lo), bisect_left(mention_starts, hi)):
            ms = mentions[k]
            if ms.type == EntityType.PERSON and ms.entity_id != speaker.entity_id and not in_quote(ms.start):
                return True
        return False

    def company_subject(lo: int, hi: int, prev: Quote) -> bool:
        """Does the quotation's own sentence open with a company other than the speaker, named or (for a
        person's quotation) a company anaphor ("Orbitex wants to “...”", "The automaker hopes to “...”")?
        Then the quotation is told of that company: carrying the last speaker's words over is a guess."""
        k = bisect_left(found_starts, prev.span.start)
        cited = next((f for f in found[max(0, k - 20) : k + 20] if f.key == prev.source_id), None)
        return opens_with_company(lo, hi, prev.source_id, cited)

    def opens_with_company(lo: int, hi: int, source_id: str | None, cited: Found | None) -> bool:
        for k in range(bisect_left(mention_starts, lo), bisect_left(mention_starts, min(hi, lo + 40))):
            ms = mentions[k]
            if ms.type == EntityType.PERSON and not in_quote(ms.start):
                return False  # a person opens it: the rules for persons decide
            if ms.type == EntityType.ORG and ms.entity_id != source_id and not in_quote(ms.start):
                return _SUBJECT_GAP.fullmatch(text, lo, ms.start) is not None
        gap = _SUBJECT_GAP.match(text, lo, hi)
        start = gap.end() if gap else lo
        return (
            cited is not None
            and cited.kind == SourceKind.PERSON
            and _COMPANY_ANAPHOR.match(text, start, hi) is not None
        )

    def company_framing(lo: int, hi: int) -> Found | None:
        """The company a quotation with no cue is told of: the organization that opens its sentence, named
        or as a company anaphor ("The automaker hopes to “...”": the organization the sentence before
        opens with), when no one else is named between it and the quotation. Its citation is added at
        the words that name it (`framed`), so the company is a source of the article."""
        named = [
            mentions[k]
            for k in range(bisect_left(mention_starts, lo), bisect_left(mention_starts, hi))
            if not in_quote(mentions[k].start)
        ]
        gap = _SUBJECT_GAP.match(text, lo, hi)
        start = gap.end() if gap else lo
        anaphor = _COMPANY_ANAPHOR.match(text, start, hi)
        org: EntitySpan | None
        if named and named[0].type == EntityType.ORG and _SUBJECT_GAP.fullmatch(text, lo, named[0].start):
            org, rest, phrase = named[0], named[1:], (named[0].start, named[0].end)
        elif anaphor is not None:
            org, rest = _opening_org(lo), named
            phrase = (anaphor.end() - len(anaphor.group().lstrip()), anaphor.end())
        elif (it := _IT_SUBJECT.match(text, start, hi)) is not None and _deals_in_quoted(it.end(), hi):
            # "Tallow announced a deal with Brenvik. It’s acquiring Brenvik’s “...”": "It" is the company
            # the sentence before opens with
            org, rest, phrase = _opening_org(lo), named, (it.start(), it.end())
        else:
            return None
        if org is None:
            return None
        if (
            any(ms.type in (EntityType.PERSON, EntityType.ORG) for ms in rest)
            and not (
                # "Tallow on Monday named its finance chief Ivo Stark as its next CEO to lead “a new phase of
                # growth”": the company's choice and, in its own words, what for (its statement's words)
                (appoints := _APPOINTS_TO.match(text, phrase[1], hi)) is not None
                and not _RELATIVE_CLAUSE.search(appoints.group())
            )
            # "Tallow is buying Brenvik’s “...”": another company named in the object of a verb of buying or
            # selling owns the thing dealt in, the words are the deal's release's (a person may speak them)
            and not (all(ms.type != EntityType.PERSON for ms in rest) and _deals_in_quoted(phrase[1], hi))
        ):
            return None
        f = Found(
            org.entity_id,
            org.name,
            SourceKind.ORGANIZATION,
            org.entity_id,
            phrase,
            "",
            "company-framed",
            speaker_text=text[phrase[0] : phrase[1]],
        )
        framed.append(f)
        return f

    def _deals_in_quoted(pos: int, qstart: int) -> bool:
        """Does a verb of buying or selling run from `pos` to the quotation's opening mark at `qstart - 1`,
        its object quoted ("’s acquiring X’s “")?"""
        m = _DEALS_IN_QUOTED.match(text, pos, qstart)
        return m is not None and m.end() == qstart

    def colon_subject(lo: int, qstart: int) -> Found | None:
        """ "Tallow chairman Ivo Stark paid tribute to Ruiz: “...”", "Stark was blunt: “...”": a sentence
        that a person opens (a title and a company's name may stand before the name) and that ends in
        a colon right before the quotation gives the quotation to that person; else None."""
        if not _COLON_BEFORE_QUOTE.search(text, max(lo, qstart - 4), qstart):
            return None
        k = bisect_left(mention_starts, lo)
        while k < len(mentions) and mentions[k].end <= qstart and mentions[k].type != EntityType.PERSON:
            k += 1  # "Tallow chairman Ivo Stark": the company in the title
        if k >= len(mentions) or mentions[k].end > qstart or in_quote(mentions[k].start):
            return None
        ms = mentions[k]
        gap = _SUBJECT_GAP.match(text, lo, ms.start)
        if not _TITLED_LEAD.fullmatch(text, gap.end() if gap else lo, ms.start):
            return None
        f = _person_found(text, ms, ms.name, "", "colon-subject")
        framed.append(f)
        return f

    def quoted_person(lo: int, qstart: int) -> Found | None:
        """ "The Ledger quoted chief executive Ana Ruiz: “...”", "..., quoting Ruiz, saying “...”": the
        person a writer or an outlet quoted, named right before the opening mark, is the speaker (never
        the one who quoted them, who opens the sentence or says something else in it); else None."""
        k = bisect_left(mention_starts, qstart) - 1
        if (
            k < 0
            or mentions[k].type != EntityType.PERSON
            or mentions[k].start < lo
            or in_quote(mentions[k].start)
        ):
            return None
        ms = mentions[k]
        if not _QUOTED_NAME_GAP.fullmatch(text, ms.end, qstart) or not _QUOTED_BEFORE_NAME.search(
            text, max(lo, ms.start - 60), ms.start
        ):
            return None
        cited = next((f for f in found if f.entity_id == ms.entity_id), None)
        f = _person_found(text, ms, cited.name if cited is not None else ms.name, "quoted", "quoted-person")
        framed.append(f)
        return f

    def _opening_org(lo: int) -> EntitySpan | None:
        """The organization the sentence before the one at `lo` opens with (`attribution.org_opening`)."""
        i = bisect_left(sentences, (lo, lo)) - 1
        if i < 0:
            return None
        s0, s1 = sentences[i]
        return org_opening(text, mentions, mention_starts, s0, s1)

    def person_before(lo: int, hi: int) -> bool:
        """Is a person named outside quotations in text[lo:hi] (the quotation's own sentence before it)?"""
        return any(
            mentions[k].type == EntityType.PERSON and not in_quote(mentions[k].start)
            for k in range(bisect_left(mention_starts, lo), bisect_left(mention_starts, hi))
        )

    def person_between_quotes(prev: Quote, hi: int) -> bool:
        k = bisect_left(found_starts, prev.span.start)
        cited = next((f for f in found[max(0, k - 20) : k + 20] if f.key == prev.source_id), None)
        if cited is None:
            return False
        return person_between(cited, max(prev.span.end, cited.phrase[1]), hi)

    def only_prev_between(prev: Quote, lo: int, hi: int) -> bool:
        """Nothing between the quotation `prev` and `hi` speaks for another: no other source cited, no
        person named, no company the subject (a quotation at `hi` may continue `prev`'s speaker)."""
        between = found[bisect_right(found_starts, prev.span.end) : bisect_left(found_starts, hi)]
        return (
            all(f.key == prev.source_id for f in between)
            and not person_between_quotes(prev, hi)
            and not company_subject(lo, hi, prev)
        )

    def run_speaker(qi: int) -> Found | None:
        """The speaker of the quotation before quotation qi when that one ran on past its paragraph
        (left open, so qi goes on with it) and qi opens its own paragraph; else None."""
        if qi == 0 or not raw[qi - 1].continued or not quotes or not quotes[-1].source_id:
            return None
        para = paragraph_of(raw[qi].start)
        if para is None or raw[qi].start - para[0] > 1:
            return None
        prev = quotes[-1]
        if prev.span.start != raw[qi - 1].start:
            return None
        k = min(bisect_left(found_starts, prev.span.start), len(found) - 1)
        return next((found[j] for j in range(k, max(-1, k - 20), -1) if found[j].key == prev.source_id), None)

    def subject_of(qstart: int) -> str | None:
        """The person named right before a quotation's opening mark whose first word is a verb in lower
        case ('Stark “has decided ...'): the subject the quoted words are about; else None."""
        k = bisect_left(mention_starts, qstart) - 1
        if k < 0 or qstart < 2 or not _ABOUT_SUBJECT.match(text, qstart):
            return None
        ms = mentions[k]
        if ms.type != EntityType.PERSON:
            return None
        # 'Stark “has ...', 'Stark – who “brings ...', 'Stark, who “has led ...'
        return ms.entity_id if _NAME_TO_QUOTE.fullmatch(text, ms.end, qstart) else None

    def statement_before(qstart: int, subject: str) -> Found | None:
        """The organization whose account a quotation about its subject comes from ('Tallow said in a
        statement. Stark “has decided ...'): the last source cited before it, when that is an
        organization, in the sentence right before the quotation's or in the paragraph before (a
        heading may stand between), with no person cited since."""
        k = bisect_left(found_starts, qstart) - 1
        if k < 0:
            return None
        f = found[k]
        if f.kind != SourceKind.ORGANIZATION or f.entity_id == subject or qstart - f.phrase[1] > 700:
            return None
        own = sentence_of(qstart)
        before = _sentence_before(sentences, own[0], found, found_starts) if own else None
        if before is not None and before[0] <= f.phrase[0]:
            return f
        pi = bisect_right(para_starts, qstart) - 1
        # the paragraph before, or the one before a heading of a line
        if pi >= 1 and f.phrase[0] >= para_starts[max(0, pi - 2)]:
            return f
        return None

    heading_starts = [h[0] for h in heading_spans or ()]

    def heading_of(start: int, end: int) -> tuple[int, int] | None:
        """The heading (the headline or a section heading) text[start:end] lies inside, else None."""
        k = bisect_right(heading_starts, start) - 1
        if k >= 0 and heading_spans is not None and end <= heading_spans[k][1]:
            return heading_spans[k]
        return None

    relayed: dict[str, Found] = {}  # an outlet that relayed a quotation -> the quotation's speaker
    headings: set[int] = set()  # the pull quotes among `quotes` (pull_quotes.py)
    apart: set[int] = set()  # the other quotations that are a whole paragraph (pull_quotes.py, stop 56)
    titles: set[int] = set()  # the pull quotes in the headline or a section heading
    for qi, q in enumerate(raw):
        para = paragraph_of(q.start)
        heading = heading_of(q.start, q.end)
        if not q.cut_off and (
            (para is not None and is_pull_quote(text, para, q.start, q.end, q.words))
            or (q.words > 2 and heading is not None)
        ):
            own = (
                _headline_cue_speaker(text, heading, q.start, q.end, mentions, found)
                if heading is not None
                else None
            )
            if own is not None:
                # '“We will not sell,” says <Co> chief', '<Name>: “...”': the heading's own cue names
                # its speaker, whoever the body's first paragraph cites (stop 47)
                framed.append(own)
                quotes.append(
                    Quote(
                        f"{aid}:q{len(quotes)}",
                        Span(aid, q.start, q.end),
                        text[q.start : q.end],
                        own.name,
                        own.key,
                        rule="quote.headline-cue",
                    )
                )
                continue
            # (a headline made of a speaker's words: the body's reporting clauses do not reach it, so
            # it is the speaker's the body gives the same words to, else no one's)
            # a quotation set apart as a subheading: no continuation of the one before (below)
            headings.add(len(quotes))
            if heading is not None:
                titles.add(len(quotes))
            quotes.append(
                Quote(f"{aid}:q{len(quotes)}", Span(aid, q.start, q.end), text[q.start : q.end], None)
            )
            continue
        if para is not None and not q.cut_off and is_set_apart(text, para, q.start, q.end, q.words):
            apart.add(len(quotes))  # a whole paragraph of quoted words: a repeated pull quote? (below)
        first = sentence_of(q.start) or (q.start, q.end)
        last = sentence_of(max(q.start, q.end - 1)) or first
        lo, hi = first[0], max(last[1], first[1])
        near = found[bisect_left(found_starts, lo) : bisect_left(found_starts, hi)]
        before = [f for f in near if f.phrase[1] <= q.start]
        after = [f for f in near if f.phrase[0] >= q.end and f.phrase[0] - q.end <= 4]
        speaker: Found | None = None
        rule = "quote.unattributed"
        # 'He said:' right before the quotation's paragraph, whom no one could be found for: the words
        # were given a speaker there, so none before it is carried over
        lead_block = False
        if para is not None and q.start - para[0] <= 1:
            lead_at = unresolved_lead_in(para[0])
            if lead_at is not None:
                at = bisect_left(found_starts, lead_at)
                lead_block = not any(lead_at <= f.phrase[0] < para[0] for f in found[at : at + 8])
        if q.words <= _GLOSS_MAX_WORDS and _GLOSS_BEFORE.search(text, max(lo, q.start - 60), q.start):
            # "Casamigos, which means “house of friends,”", "Kestrel (or ‘little hawk’)", "Spanish for
            # “...”": a name's meaning told in marks, a term, never anyone's statement
            speaker, rule, kind = None, "quote.gloss", "scare"
        elif (
            _TITLE_MIN_WORDS <= q.words <= _TITLE_MAX_WORDS
            and _is_title(text[q.start : q.end])
            and not after
            and not (before and is_lead_in(text, before[-1].phrase[1], q.start))
        ):
            # "the maker of ‘Call of Duty’ and ...", 'titles include "World of Warcraft"': a work's name
            # in title case, no cue leading into it nor right after it, a term, never anyone's statement
            speaker, rule, kind = None, "quote.title", "scare"
        elif q.words <= 2:
            if (
                before
                and is_lead_in(text, before[-1].phrase[1], q.start)
                and (before[-1].phrase, before[-1].key) not in narrated
            ):
                speaker, rule = before[-1], "quote.cue-before"
            elif after:
                speaker, rule = after[0], "quote.cue-after"
            kind = "speech" if speaker else "scare"
            if not speaker:
                rule = "quote.scare"
        else:
            kind = "speech"
            later = [f for f in near if f.phrase[0] >= q.end]
            if (named_quoted := quoted_person(lo, q.start)) is not None:
                # '<writer> said ... and quoted chief executive Ana Ruiz: “...”': Ruiz's words, not the writer's
                speaker, rule = named_quoted, "quote.quoted-person"
            elif after and before and _relays(text, after[0], before[-1], q.start):
                # 'X said in a statement, "...," the Ledger reported': the outlet relays X's words
                speaker, rule = before[-1], "quote.cue-before-relayed"
                relayed[after[0].key] = before[-1]
            elif after:
                speaker, rule = after[0], "quote.cue-after"
                then = [f for f in later if f.phrase[0] >= after[0].phrase[1]][:1]
                if then and _relays_clause(text, after[0], then[0]):
                    # '“...,” X said, the Ledger reported': the outlet relays X's words
                    relayed[then[0].key] = after[0]
            elif before:
                speaker, rule = before[-1], "quote.cue-before"
                framing = _framing_cue(text, before, later, q.end)
                if framing is not None:
                    speaker, rule = framing, "quote.cue-framing"
                elif (speaker.phrase, speaker.key) in narrated:
                    # "X disclosed “a small number of ...”": the account's words, never X's own
                    speaker, rule = (
                        _account_of(speaker, found, found_starts, para_starts),
                        "quote.narrated-act",
                    )
            elif later and _NAMED_AFTER_VERB.match(text, q.end, later[0].phrase[0]):
                # '“...,” said Ana Ruiz-Vidal, analyst at X, according to Reuters': the clause names
                # the speaker, whom no rule found; the outlet only reported the words: no speaker
                rule = "quote.unresolved-cue"
            elif later:  # "He is still “a few hundred million” short, one investor said."
                speaker, rule = later[0], "quote.cue-later"
            elif q.continued and (
                inside := [f for f in near if q.start < f.phrase[0] and f.rule == "verb-source"]
            ):
                # A quotation whose closing mark is missing: '"We grew, said Ivo Stark.' - the cue inside
                speaker, rule = inside[0], "quote.cue-inside"
            elif (lead := _cue_ending_before(text, q.start, found, found_starts, relayed)) is not None:
                # 'Harbour analyst Rita Moss agreed. “...”', 'He said:' then the quotation's paragraph
                speaker, rule = lead, "quote.cue-sentence-before"
            elif (run := run_speaker(qi)) is not None:
                # A paragraph-long quotation left open goes on here ("Ruiz wrote: / “... / “..."):
                # its speaker's, whoever the paragraphs between name (a post quoted at length)
                speaker, rule = run, "quote.run-continued"
            elif (
                para is not None
                and q.start - para[0] <= 1
                and (label := _label_line_speaker(text, paragraphs, para, mentions, mention_starts))
                is not None
            ):
                # 'Tallow chair Ana Ruiz:' alone on its line, then the quotation's paragraph: hers
                framed.append(label)
                speaker, rule = label, "quote.label-line"
            elif (
                para is not None
                and q.start - para[0] <= 1
                and _QUOTE_ENDS_PARAGRAPH.fullmatch(text, q.end, para[1])
                and (pi := bisect_left(paragraphs, para) + 1) < len(paragraphs)
                and "|" in text[paragraphs[pi][0] : paragraphs[pi][1]]
                and (label := _bar_label_speaker(text, paragraphs[pi], mentions, mention_starts)) is not None
            ):
                # a paragraph of quoted words, then 'Ana Ruiz | Tallow' alone on its line: hers (stop 58)
                framed.append(label)
                speaker, rule = label, "quote.label-line"
            elif (
                para is not None
                and q.start - para[0] > 1
                and not q.cut_off
                and not has_cue(text, q.end, hi)
                and (
                    said := _statement_before_in_paragraph(
                        text, para, lo, q.start, found, found_starts, sentence_of
                    )
                )
                is not None
                and (said.phrase, said.key) not in narrated
                and not _named_between(mentions, mention_starts, said, said.phrase[1], q.start, in_quote)
            ):
                # 'Ivo Stark, an analyst at Harbour, said the move could hurt trust. “It is ...”': a
                # quotation that opens its own sentence after the person's indirect statement in the same
                # paragraph goes on with it (the sentence-level form of the paragraph carry-over)
                speaker, rule = said, _STATEMENT_CONTINUED_RULE
            else:
                # (not when a reporting clause right after it names a speaker no one could be found
                # for: '“...,” the company said' with no company to tell: no speaker, not the one before)
                if (
                    para
                    and (
                        q.start - para[0] <= 1
                        or (q.cut_off and _cut_lead(text, para[0], q.start, mention_starts))
                    )
                    and not _CUE_AFTER_QUOTE.match(text, q.end, hi)
                ):
                    k = bisect_left(found_starts, para[0]) - 1
                    if (
                        k >= 0
                        and not lead_block
                        and para[0] - found[k].phrase[1] < 2000
                        and not person_between(found[k], found[k].phrase[1], q.start)
                        # an outlet speaks only where a cue says so ("the Ledger reported", not the
                        # interviewer of "told the Ledger"): a paragraph of words with no cue after its
                        # report is no one's, unless the outlet relayed a speaker (stop 47)
                        and (found[k].kind != SourceKind.OUTLET or found[k].key in relayed)
                        # a quotation cut off by the excerpt's end lost its own cue: it carries over
                        # only a speaker cited in the paragraph right before it
                        and (
                            not q.cut_off
                            or bisect_right(para_starts, found[k].phrase[0])
                            == bisect_right(para_starts, para[0]) - 1
                        )
                    ):
                        speaker, rule = found[k], _CARRYOVER_RULE
                        if found[k].key in relayed:  # the outlet only relayed the speaker before
                            speaker = relayed[found[k].key]
        if (
            speaker is None
            and kind == "speech"
            and not near
            and (colon := colon_subject(lo, q.start)) is not None
        ):
            # "Stark was blunt: “...”": the person the sentence opens with, before its colon (not the
            # speaker before, whom a quotation with no cue of its own would continue)
            speaker, rule = colon, "quote.colon-subject"
        # the quotation before, past any term in quotation marks after it ('“...,” X told the “Morning
        # Desk” show. “...”': the show's name is no speaker's words; stop 43)
        spoken = next((p for p in reversed(quotes) if p.kind != "scare"), None)
        if speaker is None and kind == "speech" and spoken is not None and spoken.source_id:
            # A quotation right after an attributed one in the same paragraph continues it.
            prev = spoken
            if (
                para
                and para[0] <= prev.span.start
                and q.start - prev.span.end <= 400
                and only_prev_between(prev, lo, q.start)
            ):
                speaker = _last_found_of(found, found_starts, q.start, prev.source_id)
                rule = _CONTINUED_RULE if speaker else rule
        if (
            speaker is None
            and kind == "speech"
            and not q.cut_off
            and not lead_block
            and spoken is not None
            and spoken.source_id
            and not near
            and not has_cue(text, lo, q.start)
            and not has_cue(text, q.end, hi)
        ):
            # Continuing attribution: a quotation with no cue anywhere in its sentences (not even one
            # whose source is not known: "the co-CEOs said"), a paragraph or two after an attributed
            # one, with no other source cited between, is that speaker's.
            prev = spoken
            para_gap = bisect_right(para_starts, q.start) - bisect_right(para_starts, prev.span.start)
            if para_gap <= 3 and only_prev_between(prev, lo, q.start):
                speaker = _last_found_of(found, found_starts, q.start, prev.source_id)
                rule = _CONTINUED_LATER_RULE if speaker else rule
        if (
            speaker is None
            and kind == "speech"
            and not near
            and not has_cue(text, lo, q.start)
            and not has_cue(text, q.end, hi)
        ):
            # '..., the statement said. She then took over the zone, “where she has steered ...”': words
            # with no cue of their own right after a sentence a reporting clause closes are that source's
            report = (
                None
                if person_before(lo, q.start)
                else _report_closing(text, sentences, lo, found, found_starts, narrated)
            )
            if report is not None and not opens_with_company(lo, q.start, report.entity_id, report):
                speaker, rule = report, _CONTINUED_REPORT_RULE
            # "The automaker hopes to “explore ...”", "Orbitex wants to “...”": the company's stated words
            elif (framing := company_framing(lo, q.start)) is not None:
                speaker, rule = framing, "quote.company-framed"
            elif (
                going := _report_going_on(
                    text, lo, _sentence_before(sentences, lo, found, found_starts), narrated
                )
            ) is not None:
                # '"Both firms said the deal extends ... Furthermore, it will speed up X's plan to
                # “...”': a sentence that carries the account on ("Furthermore", "It also") is its source's
                speaker, rule = going, _REPORT_GOES_ON_RULE
        forward = cue_of_run(qi) if q.continued and not after and not before else None
        if forward is not None:
            # Newspaper style: the quotation goes on in the next paragraph, attributed there.
            speaker, rule = forward, "quote.continued-forward"
        if (
            speaker is None
            and kind == "speech"
            and ambiguous
            # in its sentences or the one before them
            and _any_within(ambiguous, (_sentence_before(sentences, lo, found, found_starts) or (lo,))[0], hi)
        ):
            # "Tallow named Ruiz, replacing Stark. She said: “...”": a pronoun that could name either;
            # no sure speaker, and the rule says why
            rule = "quote.ambiguous-speaker"
        elif speaker is None and kind == "speech" and lead_block:
            rule = "quote.unresolved-cue"  # 'He said:' with no one the pronoun can name
        if speaker is not None and speaker.entity_id and speaker.entity_id == subject_of(q.start):
            # 'Stark “has decided to step down ...': words about Stark, told of him in the third person
            # (a statement's, a board's), never his own: no speaker rather than the one they describe
            speaker, rule = None, "quote.about-its-subject"
        if (
            speaker is not None
            and rule == _CARRYOVER_RULE
            and q.cut_off
            and speaker.entity_id
            and _opens_with_entity(mentions, mention_starts, q.start, speaker.entity_id)
        ):
            # '<Co> said most notices go out in May.' then a cut '“<Co> expects to record ...': words
            # that name their would-be speaker in the third person, their cue lost with the cut: whose
            # they are is not told (convention o), never the speaker they name
            speaker, rule = None, "quote.about-its-subject"
        if (
            speaker is not None
            and rule in _CARRIED_RULES
            and speaker.kind == SourceKind.ORGANIZATION
            and speaker.rule != "spokesperson"
            and _FIRST_PERSON_ONE.search(text, q.start, q.end) is not None
        ):
            # '..., the company said.' then '“I want to thank ...”': words in the first person singular with
            # no cue of their own, carried over to a company's told statement; no body says "I", so whose
            # the words are is not told: no speaker rather than the company (stop 61)
            speaker, rule = None, "quote.first-person-body"
        if (
            speaker is not None
            and not q.cut_off
            and not any(f.phrase[0] >= q.end for f in near)
            and _CUE_CUT_OFF.fullmatch(text, q.end)
        ):
            # '“...,” the board's chair, Lena' and the page ends there: the quotation's own cue is cut off
            # with the excerpt, so whose the words are is not told; no speaker rather than one carried
            # over from before it (stop 60)
            speaker, rule = None, "quote.cue-cut-off"
        if (
            speaker is None
            and kind == "speech"
            and not q.cut_off
            and rule != "quote.cue-cut-off"
            and (subject := subject_of(q.start)) is not None
            and (maker := statement_before(q.start, subject)) is not None
        ):
            # '..., Tallow said in a statement. Stark “has decided to step down ...': words about a person
            # in the third person, from the account of the body cited right before (its statement)
            speaker, rule = maker, "quote.statement-about"
        together = _together(speaker, found, found_starts)
        quotes.append(
            Quote(
                f"{aid}:q{len(quotes)}",
                Span(aid, q.start, q.end),
                text[q.start : q.end],
                " and ".join(f.name for f in together) if together else _speaker_name(speaker),
                # several speaking as one: the first named leads, as in the speaker's name
                together[0].key if together else speaker.key if speaker else None,
                kind,
                rule,
                q.cut_off,
                tuple(f.key for f in together),
            )
        )
    _share_cue_after(text, quotes, sentence_of, mention_starts, found, found_starts)
    quotes = repeated_pull_quotes(quotes, apart) if apart else quotes
    return pull_quote_speakers(quotes, headings, frozenset(titles)) if headings else quotes


#: After a quotation's words, a cue the excerpt's end cuts off: the closing mark, a comma (inside or outside
#: it), then a few words and the end of the text with no sentence's end ('...,” the board's chair, Lena'). Never
#: after words whose sentence ends inside the marks ('... the “new system.” Outside of': the next sentence cut).
_CUE_CUT_OFF = re.compile(r"(?<![.!?]),?[”\"’'»][ \t]*,?[ \t]+[^.!?:;“”\"«»\n]{1,60}?\s*\Z")


#: A heading's own cue after its quotation: '“...,” says <speaker>', '“...”, <speaker> says' (the rest
#: of the heading names the speaker).
_HEADLINE_CUE_AFTER = re.compile(
    r",?[”\"’'»]?[ \t]{0,4},?[ \t]{0,4}(?:says|said|warns|insists)[ \t]{1,4}", re.IGNORECASE
)
_HEADLINE_SAYS_END = re.compile(r"[ \t]{1,4}(?:says|said)[ \t]{0,4}$", re.IGNORECASE)
#: A heading that opens with its speaker and a colon before the quotation: '<Name>: “...”'.
_HEADLINE_COLON_END = re.compile(r"[ \t]{0,4}:[ \t]{0,4}[“\"‘«]?[ \t]{0,4}$")
#: What may follow a company named as a heading's speaker: its post ("says <Co> chief", "<Co> boss").
_HEADLINE_POST = re.compile(
    r"[ \t]{0,4}(?:(?:chief|boss|head|founder|chair|chairman|chairwoman|ceo|cfo|spokesperson|spokesman|"
    r"spokeswoman)(?:[ \t]{1,4}executive)?)?[ \t]{0,4}$",
    re.IGNORECASE,
)


def _headline_cue_speaker(
    text: str,
    heading: tuple[int, int],
    start: int,
    end: int,
    mentions: list[EntitySpan],
    found: list[Found],
) -> Found | None:
    """The speaker a heading's own cue names for its quotation text[start:end] ('“...,” says <Co>
    chief', '“...”, <Name> says', '<Name>: “...”'): the one person named there, else the one company
    (its post may follow it); None when the heading has no such cue or names no one or several."""
    h0, h1 = heading
    after = _HEADLINE_CUE_AFTER.match(text, end, h1)
    says = _HEADLINE_SAYS_END.search(text, end, h1)
    colon = _HEADLINE_COLON_END.search(text, h0, start)
    if after is not None:
        lo, hi = after.end(), len(text[:h1].rstrip(" \t.!?"))
    elif says is not None:
        lo, hi = end + 1, says.start()
        lo = next((i for i in range(lo, hi) if text[i] not in "”\"’'», \t"), hi)
    elif colon is not None and not text[h0 : colon.start()].strip().endswith(("”", '"')):
        lead = text[h0 : colon.start()]
        lo, hi = h0 + len(lead) - len(lead.lstrip()), colon.start()
    else:
        return None
    named = [m for m in mentions if lo <= m.start and m.end <= hi]
    persons = [m for m in named if m.type == EntityType.PERSON]
    orgs = [m for m in named if m.type == EntityType.ORG]
    if len({m.entity_id for m in persons}) == 1:
        who, kind = persons[-1], SourceKind.PERSON
        if text[who.end : hi].strip(" \t,"):
            return None  # more than a name after it: no heading cue of one person
    elif not persons and len({m.entity_id for m in orgs}) == 1:
        who, kind = orgs[-1], SourceKind.ORGANIZATION
        if not _HEADLINE_POST.fullmatch(text, who.end, hi):
            return None
    else:
        return None
    if text[lo : who.start].strip(" \t") and kind == SourceKind.ORGANIZATION:
        return None  # '“...,” says a rival of <Co>': someone else, not the company
    cited = next((f for f in found if f.entity_id == who.entity_id), None)
    return Found(
        who.entity_id,
        cited.name if cited is not None else who.name,
        kind,
        who.entity_id,
        (who.start, who.end),
        "says",
        "headline-cue",
        speaker_text=text[who.start : who.end],
    )


def _share_cue_after(
    text: str,
    quotes: list[Quote],
    sentence_of: Callable[[int], tuple[int, int] | None],
    mention_starts: list[int],
    found: list[Found],
    found_starts: list[int],
) -> None:
    """ "The bank is a “stable lender” and its “plan is sound,” the agency said": a quotation with no
    cue of its own, and the next one, opening in the same sentence, given its speaker by the reporting
    clause right after it: one clause reports both, so the first is that speaker's too (nothing named
    or cited between them)."""
    for i in range(len(quotes) - 1):
        q, nxt = quotes[i], quotes[i + 1]
        if q.source_id or q.kind != "speech" or q.rule != "quote.unattributed" or q.cut_off:
            continue
        if nxt.rule != "quote.cue-after" or not nxt.source_id:
            continue
        sent = sentence_of(q.span.start)
        if sent is None or not sent[0] <= nxt.span.start - 1 < sent[1]:
            continue
        gap = (q.span.end, nxt.span.start)
        k = bisect_left(found_starts, gap[0])
        if bisect_left(mention_starts, gap[0]) < bisect_left(mention_starts, gap[1]) or any(
            gap[0] <= f.phrase[0] < gap[1] for f in found[k : k + 4]
        ):
            continue
        if not _SHARED_GAP.fullmatch(text, *gap):
            continue
        quotes[i] = replace(
            q,
            speaker=nxt.speaker,
            source_id=nxt.source_id,
            rule="quote.shared-cue",
            source_ids=nxt.source_ids,
        )


#: Between two quotations one reporting clause tells: '” and its “', '”, then “' (a few words, no stop).
_SHARED_GAP = re.compile(r"[”\"’'»],?\s+(?:[a-z]+\s+){1,3}[“\"‘«]")


#: What tells that the words in marks are a name's meaning, right before the opening mark: "X, which
#: means", "X means", "the name means", "X, meaning", "X (or", "X (literally", "Swedish for", "Latin for".
_GLOSS_BEFORE = re.compile(
    r"(?:(?:,\s*(?:which|that)|\bname|(?-i:\b[A-Z][\w’'-]*))\s+(?:means|meant|translates\s+(?:as|to)|"
    r"(?:is|was)\s+translated\s+as)|(?-i:\b[A-Z][\w’'-]*),?\s+(?:meaning|literally)|\(\s*(?:or|meaning|literally|"
    r"i\.e\.,?)|\b(?-i:[A-Z][a-z]+(?:ish|ese|ian)|Latin|French|Dutch|Greek|German|Hindi|Arabic|Hebrew|Thai|Czech|"
    r"Korean|Mandarin|Cantonese|Gaelic|Maori|Swahili)\s+for)\s*[,:]?\s*[“\"‘'«]?$",
    re.IGNORECASE,
)
#: A gloss is a short term: a longer quotation after "meaning" is speech ('..., meaning “we will ...”').
_GLOSS_MAX_WORDS = 6
#: A name of a work in marks: three to six words, each capitalised but a title's small words.
_TITLE_MIN_WORDS, _TITLE_MAX_WORDS = 3, 6
_TITLE_SMALL = frozenset(
    ("of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "with", "&", "or", "vs.")
)


def _is_title(words: str) -> bool:
    """Is the quotation a name in title case ("Call of Duty", "Lord of the Rings"): its first word and
    every word but a title's small ones capitalised, no sentence's stop at its end?"""
    toks = words.rstrip(" ,").split()
    if not toks or words.rstrip().endswith((".", "!", "?", ":", ";")) or not toks[0][:1].isupper():
        return False
    return all(t[:1].isupper() or t[:1].isdigit() or t.lower() in _TITLE_SMALL for t in toks)


#: "quoted" or "quoting" and up to four words of a title right before the person quoted: "quoted chief
#: executive ", "quoting ".
_QUOTED_BEFORE_NAME = re.compile(r"\bquot(?:ed|ing|es)\s+(?:[\w’'.-]+\s+){0,4}$", re.IGNORECASE)
#: Between the person quoted and the quotation's opening mark: ":", ", saying", " as saying", "who said".
_QUOTED_NAME_GAP = re.compile(
    r"\s*(?:,?\s*(?:as\s+)?(?:saying|telling\s+\w+))?\s*[:,]?\s*(?:that\s+)?[“\"‘«]?", re.IGNORECASE
)
#: A colon right before a quotation's opening mark: "Stark was blunt: “...”".
_COLON_BEFORE_QUOTE = re.compile(r":\s*[“\"‘«]$")
#: What may stand before the person who opens a sentence: capitalised words and titles ("Tallow
#: chairman", "Former chief executive"), at most five.
_TITLED_LEAD = re.compile(
    r"(?:(?:[A-Z][\w&’'.-]*|chairman|chairwoman|chair|chief|executive|officer|president|founder|"
    r"co-founder|analyst|boss|director|head|spokesman|spokeswoman|spokesperson|former|senior)\s+){0,5}"
)
#: The first word of a quotation that goes on a sentence about the one named before it: a verb of the
#: third person ('Stark “has decided', '“is an accomplished leader', '“was not consistently candid').
#: Between a person's name and a quotation about them: nothing but a space, or a relative "who" set off
#: by a comma or a dash ('Stark “has ...', 'Stark – who “brings ...').
_NAME_TO_QUOTE = re.compile(r"(?:\s|(?:\s*,|\s+[-–—])\s+who\s+)[“\"«‘]")
_ABOUT_SUBJECT = re.compile(r"(?:has|is|was|had|will|would|remains|brings|successfully)\b")
#: A reporting clause right after a quotation whose subject is a company or a person told by a noun or
#: a pronoun: '“...,” the company said', '..." he added' (not a document: '“...,” the post states' goes
#: on with the statement told before).
_CUE_AFTER_QUOTE = re.compile(
    r"[,”\"»’'\s]{0,4}(?:(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|group|startup|bank|maker|giant|"
    r"carmaker|automaker|retailer|chain|operator|lender|insurer|conglomerate|executive|ceo)|he|she)\s+"
    r"(?:said|says|added|adds|stated|states|noted|notes|told|tells|wrote|writes|explained|commented)\b",
    re.IGNORECASE,
)
#: A verb of saying right after a quotation, then a capitalized name: '“...,” said Ana Ruiz-Vidal'.
_NAMED_AFTER_VERB = re.compile(
    r"[,”\"»’'\s]{0,4}(?:said|says|added|adds|stated|noted|explained|commented|wrote)\s+(?-i:[A-Z])"
)
#: A reporting clause that closes its sentence: the words it reports before it, up to a comma or a
#: closing mark ('<content>, the statement said.'), and at most a day or a place after it.
_REPORT_HEAD = re.compile(r"[,”\"’']\s*$")
_REPORT_MIN_CONTENT = 12  # characters of reported words before the clause
_REPORT_TAIL = re.compile(r"[^“”\"\n.!?]{0,40}[.!?]?[”\"’']?\s*")


#: A few words before a quotation that opens its paragraph: 'If “we ...', 'But “...'.
_SHORT_LEAD = re.compile(r"(?:[A-Za-z]+,?[ \t]+){1,3}[“\"‘«]")


def _opens_with_entity(mentions: list[EntitySpan], mention_starts: list[int], start: int, eid: str) -> bool:
    """Do the words at `start` (a quotation's first) open with a mention of the entity `eid`?"""
    k = bisect_left(mention_starts, start)
    return k < len(mentions) and mentions[k].start - start <= 1 and mentions[k].entity_id == eid


def _cut_lead(text: str, p0: int, q_start: int, mention_starts: list[int]) -> bool:
    """Does a quotation cut off by the excerpt's end open its paragraph after a few words that name no
    one ('If “we come to ...' and the page stops)? Its own cue was lost with the cut, as for a
    quotation that opens the paragraph."""
    if not _SHORT_LEAD.fullmatch(text, p0, q_start):
        return False
    k = bisect_left(mention_starts, p0)
    return k >= len(mention_starts) or mention_starts[k] >= q_start


#: A label line before a quotation's paragraph: a few words of title before the person ("Tallow chair
#: Ana Ruiz:"), or the person's title after a comma ("Ana Ruiz, chair of Tallow:"), then the colon.
_LABEL_LEAD = re.compile(r"(?:[A-Za-z][\w&’'.-]*[ \t]{1,3}){0,6}")
_LABEL_TAIL = re.compile(r"(?:,[ \t]{1,3}(?:[\w&’'.-]+[ \t]{1,3}){0,9}[\w&’'.-]+)?[ \t]*:[ \t]*")
_LABEL_MAX = 120  # characters of a label line
#: After a quotation that ends its paragraph: a stop or a comma left outside the closing mark, nothing else.
_QUOTE_ENDS_PARAGRAPH = re.compile(r"[”\"’'»]?[.,!?]?\s*")


def _person_found(text: str, ms: EntitySpan, name: str, verb: str, rule: str) -> Found:
    """A person the text names as a quotation's speaker, cited by the mention's entity, span and words."""
    return Found(
        ms.entity_id,
        name,
        SourceKind.PERSON,
        ms.entity_id,
        (ms.start, ms.end),
        verb,
        rule,
        speaker_text=text[ms.start : ms.end],
    )


def _label_line_speaker(
    text: str,
    paragraphs: list[tuple[int, int]],
    para: tuple[int, int],
    mentions: list[EntitySpan],
    mention_starts: list[int],
) -> Found | None:
    """The person a label line names when it stands alone right before the quotation's paragraph
    ("Tallow chief executive Ivo Stark:", "Ana Ruiz, chair of Tallow:"): one line ending in a colon,
    one person named in it and nothing else but titles; else None ("Key points:", "Updated:" name no
    one)."""
    i = bisect_left(paragraphs, para) - 1
    if i < 0:
        return None
    p0, p1 = paragraphs[i]
    line = text[p0:p1].rstrip()
    end = p0 + len(line)
    if "|" in line:
        return _bar_label_speaker(text, (p0, p1), mentions, mention_starts)
    if not line.endswith(":") or len(line) > _LABEL_MAX or "\n" in line:
        return None
    inside = mentions[bisect_left(mention_starts, p0) : bisect_left(mention_starts, end)]
    persons = {m.entity_id for m in inside if m.type == EntityType.PERSON}
    if len(persons) != 1:
        return None
    ms = next(m for m in inside if m.type == EntityType.PERSON)
    if not _LABEL_LEAD.fullmatch(text, p0, ms.start) or not _LABEL_TAIL.fullmatch(text, ms.end, end):
        return None
    return _person_found(text, ms, ms.name, "", "label-line")


#: A label line "<Name> | <Company>" (a caption's or a pull quote's label, stop 58): the bar between them.
_BAR_LABEL_GAP = re.compile(r"[ \t]*\|[ \t]*")


def _bar_label_speaker(
    text: str,
    line_span: tuple[int, int],
    mentions: list[EntitySpan],
    mention_starts: list[int],
) -> Found | None:
    """The person a label line "<Name> | <Company>" names, standing alone right before or right after a
    paragraph that is a quotation ("Ana Ruiz | Tallow" over the chief's words): that person, never the
    company after the bar. Both must be named elsewhere in the text, outside the line: a photographer
    and the agency of a credit ("Dana Price | Harbour Images", "Ola Brandt | Kesta TV") are named nowhere
    else, and an outlet after the bar is a credit, never a label; else None."""
    p0, p1 = line_span
    line = text[p0:p1].rstrip()
    end = p0 + len(line)
    if len(line) > _LABEL_MAX or "\n" in line or line.count("|") != 1:
        return None
    inside = mentions[bisect_left(mention_starts, p0) : bisect_left(mention_starts, end)]
    if len(inside) != 2:
        return None
    person, company = inside
    if (
        person.type != EntityType.PERSON
        or company.type != EntityType.ORG
        or person.start != p0
        or company.end != end
        or not _BAR_LABEL_GAP.fullmatch(text, person.end, company.start)
    ):
        return None
    elsewhere = {m.entity_id for m in mentions if not p0 <= m.start < end}
    if person.entity_id not in elsewhere or company.entity_id not in elsewhere:
        return None
    return _person_found(text, person, person.name, "", "label-line")


#: What may stand between the start of a sentence and the quotation that opens it: its opening mark.
_SENTENCE_GAP = re.compile(r"[\s“\"‘«]*")


def _statement_before_in_paragraph(
    text: str,
    para: tuple[int, int],
    lo: int,
    q_start: int,
    found: list[Found],
    found_starts: list[int],
    sentence_of: Callable[[int], tuple[int, int] | None],
) -> Found | None:
    """The person whose indirect statement, a sentence with no quotation in it, comes last before a
    quotation that opens its own sentence inside the same paragraph ('<Name>, <post>, said the move
    could ... “...”'), the last source cited there; else None (an organization, an outlet, a document
    or a group: no carry-over; a quotation before: the rules for continued quotations decide)."""
    if not _SENTENCE_GAP.fullmatch(text, lo, q_start):
        return None  # words before the quotation in its own sentence
    k = bisect_left(found_starts, q_start) - 1
    if k < 0:
        return None
    f = found[k]
    if f.phrase[0] < para[0] or f.kind != SourceKind.PERSON or not f.entity_id:
        return None
    cue = sentence_of(f.phrase[0])
    if cue is None or any(c in text[cue[0] : lo] for c in '“”"«»‘'):
        return None
    return f


def _named_between(
    mentions: list[EntitySpan],
    mention_starts: list[int],
    speaker: Found,
    lo: int,
    hi: int,
    in_quote: Callable[[int], bool],
) -> bool:
    """Is anyone but the speaker, a person or an outlet, named in text[lo:hi] outside quotations? Then
    the quotation after it may be theirs: no carry-over."""
    return any(
        ms.type in (EntityType.PERSON, EntityType.OUTLET)
        and ms.entity_id != speaker.entity_id
        and not in_quote(ms.start)
        for ms in mentions[bisect_left(mention_starts, lo) : bisect_left(mention_starts, hi)]
    )


def _last_found_of(found: list[Found], found_starts: list[int], before: int, key: str | None) -> Found | None:
    """The nearest of the 20 sources cited before `before` whose key is `key` (the speaker a quotation
    continues), or None."""
    k = bisect_left(found_starts, before)
    return next((found[j] for j in range(k - 1, max(-1, k - 20), -1) if found[j].key == key), None)


def _report_closing(
    text: str,
    sentences: list[tuple[int, int]],
    lo: int,
    found: list[Found],
    found_starts: list[int],
    narrated: frozenset[tuple[tuple[int, int], str]],
) -> Found | None:
    """The source whose reporting clause closes the sentence right before the one starting at `lo`
    ('..., the statement said.'), a person, an organization, its statement or an unnamed source (an
    outlet only relays what someone said); else None."""
    before = _sentence_before(sentences, lo, found, found_starts)
    if before is None:
        return None
    s0, s1, cues = before
    for f in reversed(cues):
        if f.kind == SourceKind.OUTLET or (f.phrase, f.key) in narrated or narrating_verb(f):
            return None
        if (
            f.phrase[0] - s0 >= _REPORT_MIN_CONTENT
            and _REPORT_HEAD.search(text, f.phrase[0] - 3, f.phrase[0])
            and _REPORT_TAIL.fullmatch(text, f.phrase[1], s1)
        ):
            return f
        return None
    return None


#: A sentence that carries on the account of the sentence before: "Furthermore, it will ...", "It also".
_GOES_ON = re.compile(
    r"\s*(?:(?:Furthermore|Moreover|Additionally|In\s+addition|Also),|(?:It|They|The\s+\w+)\s+(?:will|would)?\s*also\b)"
)
#: Reported speech opening its sentence: the cue within the first words, then what was said.
_OPENING_CUE_REACH = 60


def _any_within(positions: list[int], lo: int, hi: int) -> bool:
    """Does one of `positions` fall in [lo, hi)?"""
    return any(lo <= p < hi for p in positions)


def _sentence_before(
    sentences: list[tuple[int, int]], lo: int, found: list[Found], found_starts: list[int]
) -> tuple[int, int, list[Found]] | None:
    """The sentence right before the one starting at `lo` and the citations in it; None at the start."""
    i = bisect_left(sentences, (lo, lo)) - 1
    if i < 0:
        return None
    s0, s1 = sentences[i]
    return s0, s1, found[bisect_left(found_starts, s0) : bisect_left(found_starts, s1)]


def _report_going_on(
    text: str,
    lo: int,
    before: tuple[int, int, list[Found]] | None,
    narrated: frozenset[tuple[tuple[int, int], str]],
) -> Found | None:
    """The source of the sentence before (`before`, _sentence_before) when this one carries its
    account on ("Furthermore, ...", "It also ...") and that one opens with its reporting clause and
    then says what was said ('In a joint note, both firms said the deal extends ...'); else None. Only
    one source there (or several as one): a sentence that cites two apart is no one's to carry on."""
    if before is None or not _GOES_ON.match(text, lo):
        return None
    s0, s1, cues = before
    if not cues or len({f.phrase for f in cues}) != 1:
        return None
    f = cues[0]
    if (
        f.kind in (SourceKind.OUTLET, SourceKind.UNNAMED)
        or (f.phrase, f.key) in narrated
        or narrating_verb(f)
        or f.phrase[0] - s0 > _OPENING_CUE_REACH
        or s1 - f.phrase[1] < _REPORT_MIN_CONTENT
    ):
        return None
    return f


#: How many paragraphs back an account's source is looked for.
_ACCOUNT_REACH = 3


def _account_of(
    act: Found, found: list[Found], found_starts: list[int], para_starts: list[int]
) -> Found | None:
    """Whose account tells a person's act ("X disclosed “...”"): the organization or its statement the
    page cited last before it, within a few paragraphs ("the statement said. ... X disclosed “...”",
    "As its statement put it, ..."), else nobody; never the person who acted."""
    para = bisect_right(para_starts, act.phrase[0])
    for f in reversed(found[: bisect_left(found_starts, act.phrase[0])]):
        if para - bisect_right(para_starts, f.phrase[0]) > _ACCOUNT_REACH:
            break
        if f.kind in (SourceKind.ORGANIZATION, SourceKind.DOCUMENT) and f.entity_id and f.key != act.key:
            return f
    return None


#: Between a reporting clause and the clause it frames: "the company says, X revealed".
_FRAME_GAP = re.compile(r"\s*,\s*")


def _framing_cue(text: str, before: list[Found], later: list[Found], q_end: int) -> Found | None:
    """The source whose reporting clause frames a quotation led in by a verb that can tell what someone
    did ("X disclosed “...”", "X revealed “...”"): a cue right before that verb's subject, set off by
    a comma ("the company says, X revealed “...”"), or one that ends the sentence after a comma ("X
    disclosed “...” during the review, it added"). The words are then that source's account of what X
    did, not X's own. None when nothing frames it, or the lead-in verb is one of speech ("X said")."""
    lead = before[-1]
    if not narrating_verb(lead):
        return None
    if (
        len(before) > 1
        and before[-2].key != lead.key
        and _FRAME_GAP.fullmatch(text, before[-2].phrase[1], lead.phrase[0])
    ):
        return before[-2]
    for f in later:
        gap = text[q_end : f.phrase[0]]
        if (
            f.key != lead.key
            and f.verb
            and not narrating_verb(f)
            and gap.rstrip().endswith(",")
            and not any(c in gap[1:] for c in '“”"')
        ):
            return f
    return None


#: What stands between a cue that ends its sentence and the quotation after it: 'Rita Moss agreed. “',
#: 'He said:' and a new paragraph, '... added Stark: "'.
_CUE_THEN_QUOTE = re.compile(r"[ \t]*(?:[.!][ \t]+|:\s*)[“\"‘']")
#: An intro's colon, then (on the same line or the next paragraph) the quotation: "According to the Ledger:".
_COLON_THEN_QUOTE = re.compile(r"[ \t]*:\s*[“\"]")


#: How far after the speaker's cue an outlet relaying the speaker's quotation stands (the quotation between).
_RELAY_REACH = 400


def _cue_ending_before(
    text: str, q_start: int, found: list[Found], found_starts: list[int], relayed: dict[str, Found]
) -> Found | None:
    """The source whose cue ends the sentence right before a quotation that opens its own sentence
    ('In a note, analyst Rita Moss agreed. “...”'), a person, organization or unnamed source (an
    outlet or a document only relays what someone said, save one cited by "according to" whose colon
    opens the quotation: 'According to the Ledger: “...”', its own text); else None. An outlet that
    closes the sentence only relaying the speaker named in it ('“...,” she said, according to the
    Ledger. “...”': `relayed`) leaves the next quotation to that speaker (stop 59)."""
    k = bisect_left(found_starts, q_start) - 1
    for f in found[max(0, k - 4) : k + 1][::-1]:
        if f.phrase[1] >= q_start:
            continue
        if f.kind in (SourceKind.OUTLET, SourceKind.DOCUMENT):
            if f.verb == "according to" and _COLON_THEN_QUOTE.fullmatch(text, f.phrase[1], q_start):
                # "According to the Ledger:" then the quotation: the block is the outlet's own text
                # (stop 52), not a speaker it relays
                return f
            said = relayed.get(f.key)
            if (
                said is not None
                and _CUE_THEN_QUOTE.fullmatch(text, f.phrase[1], q_start)
                and said.phrase[1] <= f.phrase[0] <= said.phrase[1] + _RELAY_REACH
                # the speaker the outlet relayed is the last one cited before it
                and all(
                    g.key in (said.key, f.key)
                    for g in found[bisect_left(found_starts, said.phrase[0]) : k + 1]
                )
            ):
                return said
            continue
        if _CUE_THEN_QUOTE.fullmatch(text, f.phrase[1], q_start):
            return f
    return None


def _together(speaker: Found | None, found: list[Found], found_starts: list[int]) -> list[Found]:
    """The sources that speak as one with the speaker ("the two companies said": both parties), or []
    when the speaker speaks alone."""
    if speaker is None or speaker.rule not in JOINT_RULES:
        return []
    at = found[bisect_left(found_starts, speaker.phrase[0]) : bisect_right(found_starts, speaker.phrase[0])]
    same = list({f.key: f for f in at if f.phrase == speaker.phrase and f.rule in JOINT_RULES}.values())
    return same if len(same) > 1 else []


def _relays(text: str, after: Found, before: Found, quote_start: int) -> bool:
    """Is the outlet cited right after a quotation only relaying it, its speaker named in the
    reporting clause that leads into it ("X said on Sunday, '...', CNN reported")? An outlet is a
    source of the article, never the speaker of words a named person said."""
    if after.kind != SourceKind.OUTLET or before.kind in (SourceKind.OUTLET, SourceKind.UNNAMED):
        return False
    gap = text[before.phrase[1] : quote_start].rstrip(" “\"‘'")
    return len(gap) <= 90 and not any(c in gap for c in '.!?“”"') and gap.endswith((",", ":"))


def _relays_clause(text: str, speaker: Found, outlet: Found) -> bool:
    """Is the outlet cited right after the reporting clause of a quotation's speaker, in the same
    sentence, only relaying the words ('“...,” Ivo Stark said, the Ledger reported'; stop 47)? The
    clause may run on before the comma ('..., she wrote in a note to staff, the Ledger reported';
    stop 59)."""
    if outlet.kind != SourceKind.OUTLET or speaker.kind in (SourceKind.OUTLET, SourceKind.UNNAMED):
        return False
    gap = text[speaker.phrase[1] : outlet.phrase[0]]
    comma = gap.lstrip().startswith(",") or gap.rstrip().endswith(",")
    return len(gap) <= 40 and comma and not any(c in gap for c in '.!?“”"')


def _speaker_name(found: Found | None) -> str | None:
    """The speaker as the text names it: the source, or "Amazon spokesperson" for the company's voice."""
    if found is None:
        return None
    if found.rule == "spokesperson" or (found.kind == SourceKind.GROUP and found.name.endswith(" committee")):
        return found.speaker_text  # "Amazon spokesperson", "Tallow special committee" (stop 62)
    return found.name
