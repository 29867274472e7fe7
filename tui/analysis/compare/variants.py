"""Quote variants: one quotation carried by several articles, with its wording changes.

Speech quotes (not scare quotes) of at least four words are matched across articles with rapidfuzz
`partial_ratio` on folded text (>= 85: one may be a truncation of the other). Two quotes the
extractor gives the same speaker (the same merged source, `one_person`) are also one statement
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
a stock phrase; stop 57), and any linked pair when a page carries the other quote whole under
another speaker than its own quote's (`carried_apart`: a company's phrase that its chief's sentence
ends on; stop 58). Who spoke is read from the extractor only (stop 58): the same speaker is the
same merged source (its entity merged across articles with its aliases, a surname-only mention with
the full name), someone in particular is a source of a `_SOMEONE` kind, two persons the extractor kept
apart are one when a full name of one, in any order, is a full name of the other (`one_person`, from
the entities' aliases; not a company and its unnamed chief, `_a_person`); a restatement needs
MIN_RESTATED shared words that are not words of the names the extractor found in the quotes
(`name_stems`). The word-level changes come from difflib, and a version
that is a strict part of another is marked truncated (once per article).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Set
from itertools import combinations

from rapidfuzz import fuzz

from tui.analysis.compare.model import QuoteCarrier, QuoteVariant
from tui.analysis.compare.statements import MentionsByArticle
from tui.analysis.compare.words import FUNCTION_WORDS
from tui.analysis.model import (
    POST_HOLDER_PREFIX,
    CorpusAnalysis,
    Entity,
    EntityType,
    Mention,
    Quote,
    Source,
    SourceKind,
)

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


#: The kinds of source that are someone in particular (`_someone`): a named person, company, outlet or document;
#: not an unnamed source ("a person familiar with the matter"), a group speaking as one or the narrator.
_SOMEONE = frozenset({SourceKind.PERSON, SourceKind.ORGANIZATION, SourceKind.OUTLET, SourceKind.DOCUMENT})


def _someone(quote: Quote, sources: dict[str, Source]) -> bool:
    """Whether the extractor gives the quote to someone in particular (a source of a `_SOMEONE` kind), not to "a
    spokesperson" nobody names, a group or no one."""
    source = sources.get(quote.source_id) if quote.source_id is not None else None
    return source is not None and source.kind in _SOMEONE


#: A person's full name has at least this many words to be read as one person's name written in another order
#: (`_full_names`): a surname alone ("Park") is the name of many.
MIN_NAME_WORDS = 2


def _full_names(
    quote: Quote, sources: dict[str, Source], entities: dict[str, Entity]
) -> list[frozenset[str]]:
    """The words of each full name (MIN_NAME_WORDS words or more, hyphens split) the extractor knows the quote's
    speaker by, when the speaker is one named person (`_a_person`); else none. Read from the speaker entity's
    aliases, never from the quote's or the speaker's letters (stop 58)."""
    source = sources.get(quote.source_id) if quote.source_id is not None else None
    entity = entities.get(source.entity_id) if source is not None and source.entity_id is not None else None
    if source is None or entity is None or len(quote.source_ids) > 1 or not _a_person(source, entity):
        return []
    names = {
        frozenset(_fold(alias.replace("-", " ")).replace("'s", "").split())
        for alias in (entity.name, *entity.aliases)
    }
    return [words for words in names if len(words) >= MIN_NAME_WORDS]


def _a_person(source: Source, entity: Entity) -> bool:
    """Whether a quote's speaker is one named person, not a company, an outlet, a group or a company's top post
    whose holder the page never names (a source id of POST_HOLDER_PREFIX, no entity: "Kestrel Freight CEO"; stop
    57). A person is a source of kind PERSON; or one whose entity the extractor typed a place, as it types a
    person's name that ends on a place's word ("Ji-Hoon Park", "Stuart Hall": a place gives no statement of its
    own, its government or council does, an organization)."""
    if source.id.startswith(POST_HOLDER_PREFIX):
        return False
    return source.kind == SourceKind.PERSON or entity.type == EntityType.PLACE


def one_person(a: list[frozenset[str]], b: list[frozenset[str]]) -> bool:
    """Whether two speakers, given by the words of their `_full_names`, are one person the extractor kept as two
    entities: one page writes the name in another order or with a given name left out ("Lee Min Jae" /
    "Min-Jae Lee" / "Lee Min"), every word of a full name of one is a word of a full name of the other. Two
    people sharing a surname, or given names, are two; a company and its unnamed chief have no full names."""
    return any(x <= y or y <= x for x in a for y in b)


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


def restated(a: str, b: str, names: Set[str] = frozenset()) -> float:
    """How far two quotes of one speaker say the same content words (0-100): rapidfuzz's
    token-set ratio on their content words, stemmed (the shared words against each side's own,
    whatever their order or the length of the rest); 0 when they share fewer than MIN_RESTATED
    content words or fewer than half of the shorter quote's (a long statement and a short one of
    the same speaker that meet on "company" and "relationships" are two statements), or fewer than
    MIN_RESTATED that are not `names` (the stemmed words of names the extractor found in the quotes,
    `name_stems`)."""
    ca = {_stem(w) for w in _content(_fold(a))}
    cb = {_stem(w) for w in _content(_fold(b))}
    shared = len(ca & cb)
    if shared < MIN_RESTATED or 2 * shared < min(len(ca), len(cb)):
        # two or three words of a company's vocabulary ("company", "relationships") restate nothing
        return 0.0
    if len((ca & cb) - names) < MIN_RESTATED:
        # two statements that name the same brands, places or people ("Far Cry", "Rainbow Six") share names,
        # not what they say (stop 57)
        return 0.0
    return float(fuzz.token_set_ratio(" ".join(sorted(ca)), " ".join(sorted(cb))))


def name_stems(quote: Quote, mentions: Iterable[Mention]) -> set[str]:
    """The stemmed words of the names the extractor found inside a quote (its entities' `mentions` of the quote's
    article within the quote's span: "Rainbow Six", "Kellow"), never a word read for its capital letter (stop
    58)."""
    span = quote.span
    return {
        _stem(word)
        for m in mentions
        if m.span.article_id == span.article_id and span.start <= m.span.start and m.span.end <= span.end
        for word in _fold(m.text).split()
    }


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
    """Whether two quotes' speakers, each the source of `_someone` (else None), are both someone in
    particular and not the same."""
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


def quote_variants(
    analysis: CorpusAnalysis, article_ids: list[str], grouped: MentionsByArticle | None = None
) -> list[QuoteVariant]:
    """The quotations of `article_ids` found one statement across their pages. `grouped`: the corpus's
    mentions by article, kept by the caller for its comparisons (else grouped here for these articles)."""
    quotes = []
    for aid in article_ids:
        result = analysis.articles.get(aid)
        if result is None:
            continue
        for q in result.quotes:
            if q.kind != "scare" and len(q.text.split()) >= MIN_WORDS:
                quotes.append((q, _fold(q.text)))
    sources = {source.id: source for source in analysis.sources}
    entities = {entity.id: entity for entity in analysis.entities}
    # who said each quote, comparable across articles: the extractor's merged source (sources follow their entities
    # across articles, so a person named in several forms, "Dana Whitfield" / "Ms Whitfield" / "Whitfield, the chief
    # executive", is one source and two people sharing a surname are two; stop 58: no surname read from the words)
    speakers = [q.source_id for q, _ in quotes]
    # each quote's speaker key when the speaker is someone in particular (`_speakers_apart`), once, not again for
    # each pair
    named = [key if _someone(q, sources) else None for (q, _), key in zip(quotes, speakers, strict=True)]
    runs = [_runs(folded) for _, folded in quotes]  # each quote's once, not again for each pair
    full_names = [_full_names(q, sources, entities) for q, _ in quotes]  # `one_person`, of persons only, once
    # the entities' mentions per article (`name_stems`)
    mentions = grouped if grouped is not None else MentionsByArticle(analysis, set(article_ids))
    stems: dict[int, set[str]] = {}  # each quote's `name_stems` when first asked, not again for each pair

    def stems_of(k: int) -> set[str]:
        found = stems.get(k)
        if found is None:
            quote = quotes[k][0]
            found = stems[k] = name_stems(quote, mentions.mentions_in(quote.span.article_id))
        return found

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
            if not same and not one_person(full_names[i], full_names[j]):
                continue
            sim = reworded(a, b)
            if sim < SPEAKER_THRESHOLD:
                names = stems_of(i) | stems_of(j)
                sim = said if (said := restated(a, b, names)) >= RESTATED_THRESHOLD else 0.0
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

    def carried_apart(i: int, j: int) -> bool:
        """Whether j's page carries quote i whole in a quote given to another speaker than j (`_speakers_apart`), or
        i's page carries j so: the page itself tells the two apart, j a phrase of another statement (a company's
        own words that a chief's sentence ends on)."""
        return any(
            _speakers_apart(named[k], named[o])
            for x, o in ((i, j), (j, i))
            for k in whole_in.get((x, quotes[o][0].span.article_id), set()) - {o}
        )

    for i, j, sim, spoken in found:
        if (spoken and carried_elsewhere(i, j)) or carried_apart(i, j):
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
