"""Quote variants: one quotation carried by several articles, with its wording changes.

Speech quotes (not scare quotes) of at least four words are matched across articles with rapidfuzz
`partial_ratio` on folded text (>= 85: one may be a truncation of the other). Two quotes the
extractor gives the same speaker (the same source, else the same surname) are also one statement
reworded when their wording is alike (`ratio` >= 60 on folded text) and they share a content word:
"praised the team's work" / "commended the team's efforts" (rule "quote.speaker-fuzzy"), or when
one restates the other's content words (`restated`, token-set ratio on the content words, lightly
stemmed, >= RESTATED_THRESHOLD): a statement cut at another point, or retold in another order
around the speaker's key words, whose whole-text ratio the difference in length keeps low. Two
quotes that share a run of MIN_SHARED_RUN words word for word are one statement cut or extended
differently, whoever the extractor names as their speakers (rule "quote.shared-run": a quote whose
closing mark the page lost runs on into its attribution, "..., said A. Chair, the board's chair").
A short quote (under MIN_SHARED_RUN words) found inside a longer one by `partial_ratio` is one
statement only when the longer carries every content word of it (`carries_words`): a company's
four-word slogan and a chief executive's sentence that both end on one noun phrase ("... a smarter
energy grid") are two statements, though the characters align; a quote as long as the other
("a few hundred million dollars" / "several hundred million dollars") is a rewording, not a part
(stop 50). Two quotes that open on one sentence are also one statement when the first sentence of
one is the other's opening with a clause cut (`clause_dropped`), whoever the extractor names as
their speakers when that sentence has MIN_SHARED_RUN words, else when the two are not named apart
(two named speakers may open on one stock sentence: "We are delighted to join forces with Orla.";
stop 51): a page that quotes a statement's first sentence without the clause the release ran on
with ("We know road freight very well." against "We know road freight very well, having run
depots in nine countries, ...") and goes on with another sentence, which the whole-quote measures
weigh against the clause. A pair linked on wording alone is dropped when either page carries the
other quote whole in a quote of its own (`carried_elsewhere`: a second statement of the speaker sharing
a stock phrase; stop 57), and two named persons are one when the shorter name's words are all the
other's (`one_name`: a name in another order; not a company and its unnamed chief, `_a_person_named`); a restatement needs MIN_RESTATED shared words
that are not words of names (`_name_stems`). The word-level changes come from difflib, and a version
that is a strict part of another is marked truncated (once per article).
"""

from __future__ import annotations

import difflib
import re
from itertools import combinations

from rapidfuzz import fuzz

from tui.analysis.compare.model import QuoteCarrier, QuoteVariant
from tui.analysis.compare.words import FUNCTION_WORDS
from tui.analysis.model import POST_HOLDER_PREFIX, CorpusAnalysis, EntityType, Quote, Source, SourceKind

MIN_WORDS = 4
THRESHOLD = 85
#: Wording alike enough for one statement reworded, when both quotes have the same speaker.
SPEAKER_THRESHOLD = 60
#: ... or whose content words one restates the other's this much (`restated`).
RESTATED_THRESHOLD = 60
#: A restatement says at least this many of the other's content words, and at least half of the
#: shorter one's (`restated`).
MIN_RESTATED = 3
#: Two quotes sharing this many consecutive words, word for word, are one statement.
MIN_SHARED_RUN = 10
#: The first sentence of a quote that another quote opens with, a clause cut, is one statement with
#: it when it has this many words at least (`clause_dropped`): a shorter one is a stock phrase.
MIN_CLAUSE_SENTENCE = 6
#: ... carried in at most this many stretches of the other's words, in order (a clause cut at its end
#: leaves one, a clause cut from its middle two).
MAX_CLAUSE_STRETCHES = 2
#: A short quote is weighed as a part of another (`carries_words`) when the other has this many times
#: its words at least; one about as long is a rewording of it.
PART_TIMES = 2
#: A content word of at least this many letters is carried by a word of the other quote this alike
#: ("honour" / "honor", "organisation" / "organization"): a spelling edit is no other word.
SPELLING_LETTERS = 5
SPELLING_RATIO = 80

_QUOTE_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+")


#: A percent sign or "per cent" read as the word "percent" (`_fold`): "more than 10%" on one page is "more than 10
#: percent" on another, one statement in two house styles, not a word cut (stop 57).
_PERCENT = re.compile(r"\s?%|\bper cent\b")


def _fold(text: str) -> str:
    text = _PERCENT.sub(" percent", text.lower().replace("’", "'").replace("‘", "'"))
    return " ".join(re.findall(r"[\w']+", text))


def _speaker_key(speaker: str | None, source_id: str | None) -> str | None:
    """Who said it, comparable across articles: the merged source, else the speaker's surname."""
    if source_id:
        return f"source:{source_id}"
    if not _named(speaker):
        return None  # "he", "a spokesperson": nobody in particular
    return "name:" + _fold((speaker or "").split()[-1]).removesuffix("'s")


def _named(speaker: str | None) -> bool:
    """Whether a quote's speaker is someone in particular ("Dana Ruiz", "Orla"), not "a spokesperson"."""
    last = (speaker or "").split()[-1:] or [""]
    return last[0][:1].isupper()


#: A name has at least this many words to be one person's name written in another order or with a word left out
#: (`one_name`): a single word ("Lee", "Intel") names no one in particular.
MIN_NAME_WORDS = 2


def _name_words(speaker: str | None) -> set[str]:
    return set(_fold((speaker or "").replace("-", " ")).replace("'s", "").split())


def one_name(a: str | None, b: str | None) -> bool:
    """Whether two named speakers are one person written in another order or with a given name left out
    ("Lee Min Jae" / "Min-Jae Lee" / "Lee Min"): every word of the shorter name, MIN_NAME_WORDS or more, is
    a word of the other. The sources' ids can differ (each page's form of the name is its own source), so
    the speaker keys do; the quote variants read the names themselves (stop 57), of two persons' quotes
    only (`_a_person_named`): a company's name is a part of its unnamed chief's ("Kestrel Freight" /
    "Kestrel Freight CEO"), and the two are two speakers."""
    if not (_named(a) and _named(b)):
        return False
    return _one_name_words(_name_words(a), _name_words(b))


def _a_person_named(quote: Quote, sources: dict[str, Source], types: dict[str, EntityType]) -> bool:
    """Whether `one_name` may read the quote's speaker: one named person, not a company, an outlet, a group or
    a company's top post whose holder the page never names (a source id of POST_HOLDER_PREFIX, its name the
    company's with the post's words: "Kestrel Freight CEO" holds every word of "Kestrel Freight"; stop 57).
    A person is a source of kind PERSON; or one whose entity the extractor typed a place, as it types a
    person's name that ends on a place's word ("Ji-Hoon Park", "Stuart Hall": a place gives no statement of
    its own, its government or council does, an organization)."""
    sid = quote.source_id
    source = sources.get(sid) if sid is not None and len(quote.source_ids) <= 1 else None
    if source is None or not _named(quote.speaker) or source.id.startswith(POST_HOLDER_PREFIX):
        return False
    if source.kind == SourceKind.PERSON:
        return True
    return source.entity_id is not None and types.get(source.entity_id) == EntityType.PLACE


def _one_name_words(wa: set[str] | None, wb: set[str] | None) -> bool:
    """`one_name` on two names' words (None: no one named)."""
    if wa is None or wb is None:
        return False
    shorter, longer = sorted((wa, wb), key=len)
    return len(shorter) >= MIN_NAME_WORDS and shorter <= longer


def _content(folded: str) -> set[str]:
    return {w for w in folded.split() if w not in FUNCTION_WORDS and len(w) >= 3}


def reworded(a: str, b: str) -> float:
    """How alike two quotes of one speaker are worded (0-100; SPEAKER_THRESHOLD and above with a
    shared content word: one statement reworded); 0 when they share no content word."""
    fa, fb = _fold(a), _fold(b)
    if not _content(fa) & _content(fb):
        return 0.0
    return float(fuzz.ratio(fa, fb))


#: The American "-ize" family spelled as the British "-ise" ("prioritize", "organization"), so two renderings
#: of one statement in the two spellings share the word (`_stem`; stop 53).
_IZE = re.compile(r"iz(?=e|ation|$)")


def _stem(word: str) -> str:
    """A content word without its commonest English ending ("investing", "invested" -> "invest"), in the
    British spelling of the "-ize" family ("prioritize" -> "prioritise")."""
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return _IZE.sub("is", word) if "iz" in word else word  # every match of `_IZE` holds "iz"


def restated(a: str, b: str) -> float:
    """How far two quotes of one speaker say the same content words (0-100): rapidfuzz's
    token-set ratio on their content words, stemmed (the shared words against each side's own,
    whatever their order or the length of the rest); 0 when they share fewer than MIN_RESTATED
    content words or fewer than half of the shorter quote's (a long statement and a short one of
    the same speaker that meet on "company" and "relationships" are two statements)."""
    ca = {_stem(w) for w in _content(_fold(a))}
    cb = {_stem(w) for w in _content(_fold(b))}
    shared = len(ca & cb)
    if shared < MIN_RESTATED or 2 * shared < min(len(ca), len(cb)):
        # two or three words of a company's vocabulary ("company", "relationships") restate nothing
        return 0.0
    if len((ca & cb) - _name_stems(a, b)) < MIN_RESTATED:
        # two statements that name the same brands, places or people ("Far Cry", "Rainbow Six") share names,
        # not what they say (stop 57)
        return 0.0
    return float(fuzz.token_set_ratio(" ".join(sorted(ca)), " ".join(sorted(cb))))


def _name_stems(a: str, b: str) -> set[str]:
    """The stemmed words two quotes write capitalised wherever they write them: the words of names ("Rainbow
    Six", "Kellow"), never a common word that opens a sentence in one quote and is in lower case in the other."""
    tokens = re.findall(r"[\w']+", f"{a} {b}".replace("’", "'"))
    lower = {t.lower() for t in tokens if not t[:1].isupper()}
    return {_stem(t.lower()) for t in tokens if t[:1].isupper() and t.lower() not in lower}


def shared_run(a: str, b: str) -> int:
    """The longest run of words two quotes share word for word (folded)."""
    wa, wb = _fold(a).split(), _fold(b).split()
    matcher = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False)
    return matcher.find_longest_match(0, len(wa), 0, len(wb)).size


def _carried(word: str, stems: set[str], words: set[str]) -> bool:
    if _stem(word) in stems:
        return True
    if len(word) < SPELLING_LETTERS:
        return False
    return any(len(w) >= SPELLING_LETTERS and fuzz.ratio(word, w) >= SPELLING_RATIO for w in words)


def carries_words(longer: str, shorter: str) -> bool:
    """Whether the folded quote `longer` carries every content word of the folded `shorter` (stemmed,
    or spelled another way): a part of it, not another statement that ends on the same phrase
    ("new internet financial system" is not carried by "... in the internet financial system")."""
    content = _content(longer)
    stems = {_stem(w) for w in content}
    return all(_carried(w, stems, content) for w in _content(shorter))


def _a_part(fa: str, fb: str) -> bool:
    """Whether two folded quotes that `partial_ratio` aligns can be one statement: a short quote (under
    MIN_SHARED_RUN words) inside one PART_TIMES as long or longer must be carried word by word by it
    (`carries_words`); any other pair can."""
    shorter, longer = sorted((fa, fb), key=len)
    few = len(shorter.split())
    return few >= MIN_SHARED_RUN or len(longer.split()) < PART_TIMES * few or carries_words(longer, shorter)


def _first_sentence(text: str) -> list[str]:
    return _fold(_QUOTE_SENTENCE_END.split(text, maxsplit=1)[0]).split()


def _speakers_apart(a: str | None, b: str | None) -> bool:
    """Whether two quotes' speakers, each the `_speaker_key` of a `_named` speaker (else None), are both
    named and not the same."""
    return a is not None and b is not None and a != b


def _opens_with_cut(first: list[str], other: list[str], apart: bool = False) -> bool:
    """Whether the sentence `first` (MIN_CLAUSE_SENTENCE words or more; MIN_SHARED_RUN when the two
    quotes' speakers are named apart, `apart`) opens `other`, longer than it, word for word with a
    clause cut: found in at most MAX_CLAUSE_STRETCHES stretches, in order, every word of it, the first
    stretch at the other's start. Two speakers open statements on one stock sentence of six to nine
    words ("We are delighted to join forces with Orla."): that alone is no evidence of one statement;
    a longer opening shared word for word is (the extractor may have named one page's speaker wrong)."""
    least = MIN_SHARED_RUN if apart else MIN_CLAUSE_SENTENCE
    if len(first) < least or len(first) >= len(other) or first[0] != other[0]:
        return False
    blocks = [
        m for m in difflib.SequenceMatcher(a=first, b=other, autojunk=False).get_matching_blocks() if m.size
    ]
    return (
        blocks[0][:2] == (0, 0)
        and len(blocks) <= MAX_CLAUSE_STRETCHES
        and sum(m.size for m in blocks) == len(first)
    )


def clause_dropped(a: str, b: str, apart: bool = False) -> bool:
    """Whether the first sentence of one quote opens the other with a clause cut (`_opens_with_cut`),
    either way: one statement quoted from its start by both, one page dropping the clause the other
    keeps and going on with more of it. `apart`: the two quotes' speakers are named and differ."""
    wa, wb = _fold(a).split(), _fold(b).split()
    return _opens_with_cut(_first_sentence(a), wb, apart) or _opens_with_cut(_first_sentence(b), wa, apart)


def _runs(folded: str) -> set[tuple[str, ...]]:
    """Every run of MIN_SHARED_RUN words of a folded quote: two quotes share such a run word for
    word (`shared_run` >= MIN_SHARED_RUN) exactly when their sets meet."""
    words = folded.split()
    return {tuple(words[k : k + MIN_SHARED_RUN]) for k in range(len(words) - MIN_SHARED_RUN + 1)}


def _changes(a: str, b: str) -> list[tuple[str, str, str]]:
    wa, wb = _fold(a).split(), _fold(b).split()
    out: list[tuple[str, str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        out.append((op, " ".join(wa[i1:i2]), " ".join(wb[j1:j2])))
    return out


#: At most this many word changes of one version are shown (then "… N more"), and at most this
#: many words of a changed stretch (then "…").
MAX_CHANGES = 6
MAX_CHANGE_WORDS = 8


def shown_changes(
    changes: list[tuple[str, str, str]], part: bool = False
) -> tuple[list[tuple[str, str, str]], int, int]:
    """What a reader is shown of one version's word changes against a variant's first version:
    (the first MAX_CHANGES edits, each stretch cut to MAX_CHANGE_WORDS words; how many more
    edits; how many words a part leaves out). A version that is a part of the first (`part`)
    lists its other changes, not every cut."""

    def short(words: str) -> str:
        w = words.split()
        return " ".join(w[:MAX_CHANGE_WORDS]) + (" …" if len(w) > MAX_CHANGE_WORDS else "")

    edits = [(op, a, b) for op, a, b in changes if op != "equal"]
    left_out = sum(len(a.split()) for op, a, _ in edits if op == "delete") if part else 0
    if part:
        edits = [e for e in edits if e[0] != "delete"]
    return (
        [(op, short(a), short(b)) for op, a, b in edits[:MAX_CHANGES]],
        max(0, len(edits) - MAX_CHANGES),
        left_out,
    )


def quote_variants(analysis: CorpusAnalysis, article_ids: list[str]) -> list[QuoteVariant]:
    quotes = []
    for aid in article_ids:
        result = analysis.articles.get(aid)
        if result is None:
            continue
        for q in result.quotes:
            if q.kind != "scare" and len(q.text.split()) >= MIN_WORDS:
                quotes.append((q, _fold(q.text)))
    speakers = [_speaker_key(q.speaker, q.source_id) for q, _ in quotes]
    # each quote's speaker key when the speaker is named (`_speakers_apart`), once, not again for each pair
    named = [key if _named(q.speaker) else None for (q, _), key in zip(quotes, speakers, strict=True)]
    runs = [_runs(folded) for _, folded in quotes]  # each quote's once, not again for each pair
    sources = {source.id: source for source in analysis.sources}
    types = {entity.id: entity.type for entity in analysis.entities}
    name_words = [
        _name_words(q.speaker) if _a_person_named(q, sources, types) else None for q, _ in quotes
    ]  # `one_name`, of persons only, once
    words = [folded.split() for _, folded in quotes]
    firsts = [_first_sentence(q.text) for q, _ in quotes]
    groups: list[list[int]] = []
    group_of: dict[int, int] = {}
    best: dict[int, float] = {}
    by_speaker: set[int] = set()  # groups linked by speaker and reworded text
    run_shared: set[tuple[int, int]] = set()  # pairs linked by a long shared run of words
    by_run: set[int] = set()
    linked: dict[int, set[int]] = {}  # the quotes each quote is found one statement with
    by_article: dict[str, list[int]] = {}
    for k, (q, _) in enumerate(quotes):
        by_article.setdefault(q.span.article_id, []).append(k)
    pairs = [  # quotes of different articles only (an article's own quotes are never variants)
        (i, j) for xs, ys in combinations(by_article.values(), 2) for i in xs for j in ys
    ]
    found: list[tuple[int, int, float, bool]] = []  # (i, j, similarity, linked by speaker) per linked pair
    for i, j in sorted(pairs):
        fa, fb = quotes[i][1], quotes[j][1]
        sim = fuzz.partial_ratio(fa, fb) if min(len(fa), len(fb)) >= 12 else 0
        if sim >= THRESHOLD and not _a_part(fa, fb):
            sim = 0  # a slogan and a sentence ending on one phrase: two statements
        spoken = False
        if sim < THRESHOLD and not runs[i].isdisjoint(runs[j]):  # shared_run >= MIN_SHARED_RUN
            run_shared.add((i, j))
        elif sim < THRESHOLD and (
            _opens_with_cut(firsts[i], words[j], apart := _speakers_apart(named[i], named[j]))
            or _opens_with_cut(firsts[j], words[i], apart)
        ):  # clause_dropped
            sim = THRESHOLD  # one statement's opening, a clause cut by one page
        elif sim < THRESHOLD:
            a, b = quotes[i][0].text, quotes[j][0].text
            same = speakers[i] is not None and speakers[i] == speakers[j]
            if not same and not _one_name_words(name_words[i], name_words[j]):
                continue
            sim = reworded(a, b)
            if sim < SPEAKER_THRESHOLD:
                sim = said if (said := restated(a, b)) >= RESTATED_THRESHOLD else 0.0
            if not sim:
                continue
            spoken = True
        found.append((i, j, sim, spoken))
    # The quotes each quote is carried in whole, word for word or cut (not reworded), per article: a page
    # that carries a statement so and, in another quote, words of the same speaker alike to it carries two
    # statements (`carried_elsewhere`).
    whole_in: dict[tuple[int, str], set[int]] = {}
    for i, j, _, spoken in found:
        if not spoken:
            if len(words[i]) <= len(words[j]):
                whole_in.setdefault((i, quotes[j][0].span.article_id), set()).add(j)
            if len(words[j]) <= len(words[i]):
                whole_in.setdefault((j, quotes[i][0].span.article_id), set()).add(i)

    def carried_elsewhere(i: int, j: int) -> bool:
        """Whether j's page carries quote i whole in a quote other than j (or i's page carries j so): then
        j, alike to i in wording only, is another statement of the speaker sharing a phrase with it
        ("undisclosed payments to outside consultants" / "a few past payments to consultants")."""
        return bool(
            whole_in.get((i, quotes[j][0].span.article_id), set()) - {j}
            or whole_in.get((j, quotes[i][0].span.article_id), set()) - {i}
        )

    for i, j, sim, spoken in found:
        if spoken and carried_elsewhere(i, j):
            continue
        linked.setdefault(i, set()).add(j)
        linked.setdefault(j, set()).add(i)
        gi, gj = group_of.get(i), group_of.get(j)
        if gi is None and gj is None:
            groups.append([i, j])
            group_of[i] = group_of[j] = len(groups) - 1
        elif gi is not None and gj is None:
            groups[gi].append(j)
            group_of[j] = gi
        elif gj is not None and gi is None:
            groups[gj].append(i)
            group_of[i] = gj
        elif gi is not None and gj is not None and gi != gj:
            # a quote that runs over two statements already carried apart ("A. B." linked to "A." and
            # to "B."): the two become one variant, shown against it
            for k in groups[gj]:
                group_of[k] = gi
            groups[gi].extend(groups[gj])
            groups[gj] = []
            best[gi] = max(best.get(gi, 0.0), best.pop(gj, 0.0))
            for flags in (by_speaker, by_run):
                if gj in flags:
                    flags.discard(gj)
                    flags.add(gi)
        g = group_of[i]
        best[g] = max(best.get(g, 0.0), sim)
        if spoken:
            by_speaker.add(g)
        if (i, j) in run_shared:
            by_run.add(g)
    out = []
    for g, members in enumerate(groups):
        if not members:
            continue  # merged into another
        members.sort(key=lambda k: (article_ids.index(quotes[k][0].span.article_id), quotes[k][0].span.start))

        # The version linked to most others first, and among those the one that holds most of
        # the others (the first article's on a tie): every other version's word changes are taken
        # against it, so a group joined through a quote that runs over two statements ("A. B."
        # linked to "A." and to "B.") shows each part against that quote, never one part against
        # the other, and a verbatim copy of the first shows no change.
        def centrality(k: int, members: list[int] = members) -> tuple[int, int]:
            holds = sum(
                1
                for o in members
                if o != k
                and len(quotes[o][1].split()) <= len(quotes[k][1].split())  # a spelling edit holds it too
                and fuzz.partial_ratio(quotes[o][1], quotes[k][1]) >= THRESHOLD
            )
            return len(linked.get(k, ())), holds

        hub = max(members, key=centrality)
        members.remove(hub)
        members.insert(0, hub)
        carriers = [
            QuoteCarrier(q.span.article_id, q.id, q.span, q.text, q.speaker)
            for q, _ in (quotes[k] for k in members)
        ]
        base = carriers[0].text
        longest = max(len(_fold(c.text)) for c in carriers)
        variant = QuoteVariant(carriers, similarity=best.get(g, 0.0) / 100)
        if g in by_speaker:
            variant.rule = "quote.speaker-fuzzy"
        elif g in by_run:
            variant.rule = "quote.shared-run"
        for c in carriers[1:]:
            variant.changes.append(_changes(base, c.text))
        for c in carriers:
            folded = _fold(c.text)
            if (
                len(folded) < longest
                and c.article_id not in variant.truncated
                and any(folded in _fold(o.text) and o is not c for o in carriers)
            ):
                variant.truncated.append(c.article_id)
        out.append(variant)
    return out
