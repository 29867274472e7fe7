"""Merging per-article results into one corpus analysis, then applying the curated overlay.

Across articles, entities join when (METHODS.md §3):
- their canonical names are the same (same slug);
- one is a bare surname of exactly one person elsewhere ("Wang" -> "Alexandr Wang"), unless an
  article names that person and keeps the bare name apart as an organization ("Michael Dell" and
  "the outstanding Dell stock": a company named by its founder's surname);
- one adds only company suffixes to exactly one other ("Scale" -> "Scale AI"), unless the short
  name is known on its own to the gazetteer ("Meta" never joins "Meta AI"), and unless the added
  words name a unit ("Broadcom Software Group", "Acme Research": gazetteer unit_heads) and no article
  joined the two, or an article names both as two organizations;
- two organizations' names are the same but for a legal form or "Group" at the end ("Volkswagen AG",
  "Volkswagen Group", "Volkswagen"), however many such forms the corpus writes; an organization's name
  that opens with a place the gazetteer knows is the rest of it ("Zhejiang Leapmotor Technologies" is
  "Leapmotor Technologies", so "Leapmotor" by the suffix rule) when exactly one organization has that name;
- two or three capitals join the one organization of one long word they abbreviate ("VW" of
  "Volkswagen": its first letter, then consonants in order) when an article writes both;
- a one-word organization joins the one organization whose name it shortens when an article writes
  both: the head word without a glued company word ("Norva" of "Norvagroup"), or the openings of
  each of its words run together ("Calmin" of "Caledonian Mining"); a name that only begins like
  another ("Vanta", "Vantasat") stays apart;
- they are the same type, the same number of words, and spelled nearly alike (rapidfuzz ratio >= 92,
  "Alexander Wang" / "Alexandr Wang"); subset matches are never taken on fuzzy scores alone;
- two persons whose spellings are close (ratio >= 80) and share a first name or a surname
  ("Jason Droege" / "Jason Dorege") join only when the context supports it: the same role, or the
  same organization (of a role, or named in a sentence with each).
Every join is recorded on the entity (`Entity.merged_by`: rule and evidence) for the "why?" window.
Sources follow their entities. The overlay (corpus.overlay, seeds/<corpus>/overlay.yaml) then
renames, retypes, merges or drops what the rules got wrong; whatever it touched says curated=True.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from rapidfuzz import fuzz

from tui.analysis.extract.entities import BRAND_RULES, GUESS_RULES, LEGAL_SUFFIXES, one_middle, slug
from tui.analysis.extract.gazetteer import name_tokens, tables
from tui.analysis.extract.tokens import ROMAN_NUMERAL
from tui.analysis.model import (
    ArticleResult,
    Citation,
    CorpusAnalysis,
    Entity,
    EntityType,
    EventFacts,
    FactValue,
    Source,
    SourceKind,
)
from tui.corpus.model import Corpus

_TYPE_NAMES = {t.value: t for t in EntityType}
_KIND_NAMES = {k.value: k for k in SourceKind}


class _Union:
    def __init__(self, keys: Iterable[str]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, small: str, big: str) -> None:
        a, b = self.find(small), self.find(big)
        if a != b:
            self.parent[a] = b


@dataclass
class _Names:
    """The entity merge's state, shared by its join passes: the grouped entities by key, their
    names, name tokens, voted types, the keys the gazetteer knows, the union of joined keys, why
    each key was joined, and the bare names ("Volkswagen", "Leapmotor") that name their group."""

    keys: list[str]
    groups: dict[str, list[Entity]]
    names: dict[str, str]
    toks: dict[str, tuple[str, ...]]
    types: dict[str, EntityType]
    known: set[str]
    uf: _Union
    why: dict[str, list[str]] = field(default_factory=dict)
    bare: set[str] = field(default_factory=set)

    def join(self, small: str, big: str, reason: str) -> None:
        self.uf.union(small, big)
        self.why.setdefault(small, []).append(reason)


def merge_results(corpus: Corpus, results: list[ArticleResult], overlay: bool = True) -> CorpusAnalysis:
    """Merge per-article results (in corpus order); apply corpus.overlay unless overlay=False."""
    tab = tables()
    analysis = CorpusAnalysis()
    # 1. Entities by slug of canonical name.
    groups: dict[str, list[Entity]] = {}
    for result in results:
        for ent in result.entities:
            groups.setdefault(ent.id, []).append(ent)
    names = {k: v[0].name for k, v in groups.items()}
    types = {k: _vote_type(v) for k, v in groups.items()}
    known = {k for k, v in groups.items() if any(e.rule == "entity.gazetteer" for e in v)}
    uf = _Union(groups)
    keys = sorted(groups)
    toks = {k: name_tokens(names[k]) for k in keys}
    by_surname: dict[str, list[str]] = {}
    by_prefix: dict[tuple[str, ...], list[str]] = {}
    buckets: dict[tuple[object, ...], list[str]] = {}
    for k in keys:
        t = toks[k]
        if types[k] == EntityType.PERSON and len(t) > 1:
            by_surname.setdefault(t[-1], []).append(k)
        for cut in range(max(1, len(t) - 3), len(t)):
            if all(w in tab.org_suffixes for w in t[cut:]):
                by_prefix.setdefault(t[:cut], []).append(k)
        if len(names[k]) > 5:
            buckets.setdefault((types[k], len(t), names[k][:1].lower()), []).append(k)
    state = _Names(keys, groups, names, toks, types, known, uf)
    join, why, bare = state.join, state.why, state.bare

    for k in keys:
        t = toks[k]
        if len(t) == 1 and k not in known:
            owners = {uf.find(p) for p in by_surname.get(t[0], [])}
            if len(owners) == 1 and not _company_apart(k, by_surname[t[0]], groups, results):
                person = owners.pop()
                join(
                    k,
                    person,
                    f"merge.surname: {names[k]} = {names[person]} (the only person of that surname)",
                )
                continue
        longer = [o for o in by_prefix.get(t, []) if types[o] not in (EntityType.PERSON, EntityType.PLACE)]
        if (
            len(longer) == 1
            and k not in known
            and types[k] != EntityType.PERSON
            and not _kept_apart(k, longer[0], toks, groups, results, tab.unit_heads)
        ):
            join(k, longer[0], f"merge.suffix: {names[k]} = {names[longer[0]]} (only company suffixes added)")
    # the bare name a legal form or a place was added to names the group ("Volkswagen", "Leapmotor")
    guessed = {k for k, v in groups.items() if all(e.rule in _GUESSES for e in v)}
    parts = _said_parts(corpus, {k: groups[k] for k in keys if toks[k][-1:] == ("Group",)})
    _join_legal_forms(state, guessed, parts)
    _join_after_place(state)
    _join_letter_forms(state)
    _join_short_forms(state)
    _join_spellings(state)
    _join_by_alias(state)
    _join_middle_initial(state)
    context = _person_context(results, groups, types)
    # each name's series numerals, read once a name instead of twice a pair below
    series = {k: _series_of(toks[k]) for bucket in buckets.values() for k in bucket}
    for bucket in buckets.values():
        if len(bucket) > 400:  # a pathological corpus: skip the fuzzy pass rather than go quadratic
            continue
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                if uf.find(a) == uf.find(b):
                    continue
                small, big = (a, b) if len(groups[a]) <= len(groups[b]) else (b, a)
                if _other_initials(toks[a], toks[b]):
                    continue  # "Mara T. Quist" and "Mara J. Quist": two people, however alike
                if series[a] != series[b]:
                    continue  # "Halden Capital Corp. IV" and "... Corp. VI": two shells, however alike (stop 53)
                ratio = fuzz.ratio(names[a], names[b])
                if ratio >= 92:
                    join(
                        small,
                        big,
                        f"merge.spelling: {names[small]} = {names[big]} (spelled alike, ratio {ratio:.0f})",
                    )
                elif (
                    ratio >= 80
                    and types[a] == EntityType.PERSON
                    and toks[a][0] == toks[b][0]
                    or (ratio >= 80 and types[a] == EntityType.PERSON and toks[a][-1] == toks[b][-1])
                ):
                    shared = context.get(a, set()) & context.get(b, set())
                    if shared:
                        join(
                            small,
                            big,
                            f"merge.variant: {names[small]} = {names[big]} (spelled alike, ratio {ratio:.0f}; "
                            f"same {', '.join(sorted(shared)[:3])})",
                        )

    merged: dict[str, Entity] = {}
    id_map: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    for k in keys:
        members.setdefault(uf.find(k), []).append(k)
    for root, ks in members.items():
        ents = [e for k in ks for e in groups[k]]
        gaz = [k for k in ks if k in known]
        plain = [k for k in ks if k in bare]
        introduced = _introduced_as(ks, groups, names) if len(ks) > 1 else {}
        best = (
            gaz[0]
            if gaz
            else max(
                plain or ks,
                key=lambda k: (
                    introduced.get(k, 0),
                    len(toks[k]) if not plain else 0,
                    sum(len(e.mentions) for e in groups[k]),
                ),
            )
        )
        name = names[best]
        etype = _vote_type(ents, prefer=types[best] if gaz else None)
        ent = Entity(
            slug(name),
            name,
            etype,
            rule=_type_rule(ents, etype, groups[best][0]),
            shown_as=_shown_as(best, ks, gaz, plain, introduced, groups, toks) if len(ks) > 1 else "",
        )
        aliases: dict[str, None] = {}
        for e in ents:
            for a in e.aliases:
                aliases[a] = None
            ent.mentions.extend(e.mentions)
            ent.roles.extend(e.roles)
        ent.aliases = tuple(sorted(aliases, key=lambda a: (-len(a), a)))
        ent.merged_by = [r for k in ks for r in why.get(k, [])]
        merged[ent.id] = ent
        for k in ks:
            id_map[k] = ent.id
        del root

    # 2. Sources follow their entities.
    sources: dict[str, Source] = {}
    src_map: dict[str, str] = {}
    for result in results:
        for src in result.sources:
            new_id, name, entity_id = src.id, src.name, src.entity_id
            if src.entity_id is not None:
                entity_id = id_map.get(src.entity_id, src.entity_id)
                owner = merged.get(entity_id)
                suffix = src.id[len(src.entity_id) :] if src.id.startswith(src.entity_id) else ""
                new_id = entity_id + suffix
                if owner is not None:
                    name = owner.name + (
                        src.name[src.name.find(" (") :] if suffix and " (" in src.name else ""
                    )
            src_map[src.id] = new_id
            target = sources.get(new_id)
            if target is None:
                target = sources[new_id] = Source(new_id, name, src.kind, entity_id)
            for c in src.citations:
                target.citations.append(Citation(new_id, c.article_id, c.phrase, c.verb, c.content, c.rule))

    for result in results:
        art = result.analysis
        for claim in art.claims:
            claim.entity_ids = list(dict.fromkeys(id_map.get(e, e) for e in claim.entity_ids))
            claim.source_id = src_map.get(claim.source_id, claim.source_id) if claim.source_id else None
            claim.source_ids = [src_map.get(s, s) for s in claim.source_ids]
        if art.facts is not None:
            remap_facts(art.facts, id_map, src_map)
        local_names = {e.id: e.name for e in result.entities}
        for quote in art.quotes:
            if quote.source_ids:  # several speaking as one: each merged, the speaker names them all
                quote.source_ids = tuple(dict.fromkeys(src_map.get(s, s) for s in quote.source_ids))
                quote.speaker = " and ".join(sources[s].name for s in quote.source_ids if s in sources) or (
                    quote.speaker
                )
            if quote.source_id:
                named = quote.speaker == local_names.get(quote.source_id)
                quote.source_id = src_map.get(quote.source_id, quote.source_id)
                said_by = sources.get(quote.source_id)
                # The merged name replaces the entity's name; "Amazon spokesperson" stays as written.
                if named and said_by is not None and said_by.entity_id in merged:
                    quote.speaker = merged[said_by.entity_id].name
        analysis.articles[art.article_id] = art
    analysis.entities = list(merged.values())
    analysis.sources = list(sources.values())
    if overlay and corpus.overlay:
        apply_overlay(analysis, corpus.overlay)
    order = {a.id: i for i, a in enumerate(corpus.articles)}
    for ent in analysis.entities:
        ent.mentions.sort(key=lambda m: (order.get(m.span.article_id, 0), m.span.start))
    analysis.entities.sort(key=lambda e: (-len(e.mentions), e.name))
    analysis.sources.sort(key=lambda s: (-len(s.citations), s.name))
    return analysis


def _introduced_as(ks: list[str], groups: dict[str, list[Entity]], names: dict[str, str]) -> dict[str, int]:
    """For each key of one merged group, how many articles first name the group by that key's name
    (the name a page introduces a party under: "Brava" on seven pages, "Brava Motor Co." on one). The
    merged entity is shown under the name most pages introduce it by (stop 37, agreed with the
    speakers engineer); its other names stay aliases."""
    by_slug = {slug(names[k]): k for k in ks}
    firsts: dict[str, tuple[int, str]] = {}  # article -> (offset, text) of the group's first mention
    for k in ks:
        for e in groups[k]:
            for m in e.mentions:
                here = firsts.get(m.span.article_id)
                if here is None or m.span.start < here[0]:
                    firsts[m.span.article_id] = (m.span.start, m.text)
    counts: dict[str, int] = {}
    for _, text in firsts.values():
        key = by_slug.get(slug(text))
        if key is not None:
            counts[key] = counts.get(key, 0) + 1
    return counts


def _shown_as(
    best: str,
    ks: list[str],
    gaz: list[str],
    plain: list[str],
    introduced: dict[str, int],
    groups: dict[str, list[Entity]],
    toks: dict[str, tuple[str, ...]],
) -> str:
    """Why a merged entity is shown under the name of `best` (the choice made in merge_results), in a
    reader's words: "most pages introduce it so: 6 of 8"."""
    pages = len({m.span.article_id for k in ks for e in groups[k] for m in e.mentions})
    mine = introduced.get(best, 0)
    told = f"; {mine} of {pages} pages introduce it so" if mine else ""
    if gaz:
        return f"the name the gazetteer knows it by{told}"
    if plain:
        return f"its bare name, which its other names add a legal form or a place to{told}"
    rivals = [introduced.get(k, 0) for k in ks if k != best]
    if mine and all(mine > r for r in rivals):
        return f"most pages introduce it so: {mine} of {pages}"
    if mine and any(
        mine == r and len(toks[k]) < len(toks[best])
        for k, r in zip([k for k in ks if k != best], rivals, strict=True)
    ):
        return f"as many pages introduce it so as by a shorter name ({mine} of {pages}); the fuller form"
    return f"the name written most often ({pages} pages)"


#: A company's legal form, and "Group" for the group a company heads: at the end of a name, they leave
#: the company it names the same ("Volkswagen AG", "Volkswagen Group", "VW AG").
_LEGAL_FORMS = frozenset(
    f.casefold()
    for f in (
        *LEGAL_SUFFIXES,
        "Group",
        "N.V",
        "S.A",
        "SE",
        "Plc",
        "S.p.A",
        "SpA",
        "Co.",
        "Ltd.",
        "Inc.",
        "Corp.",
    )
)


#: A shell's series numeral, a whole word: "IV", "II", "3" (`legal_core` asks it of a name's last word,
#: `_series_of` of each of its words).
_SERIES = re.compile(r"(?:" + ROMAN_NUMERAL.pattern + r")|\d{1,2}")


def legal_core(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without the legal forms at its end: ("Volkswagen", "AG") -> ("Volkswagen",); a legal form
    right before a shell's series numeral goes too (stop 53): ("Halden", "Capital", "Corp.", "IV") and ("Halden",
    "Capital", "IV", "Corp") -> ("Halden", "Capital", "IV")."""
    out = list(words)
    if len(out) > 3 and _SERIES.fullmatch(out[-1]) and _is_legal_form(out[-2]):
        del out[-2]
    while len(out) > 1 and _is_legal_form(out[-1]):
        out.pop()
    return tuple(out)


def _is_legal_form(word: str) -> bool:
    return word.casefold() in _LEGAL_FORMS or word.rstrip(".").casefold() in _LEGAL_FORMS


def _organizations(types: dict[str, EntityType], keys: list[str]) -> list[str]:
    return [k for k in keys if types[k] in (EntityType.ORG, EntityType.OUTLET)]


def _join_legal_forms(m: _Names, guessed: set[str], parts: set[str]) -> None:
    """Organizations of one type whose names differ only by legal forms at the end join, all of them:
    "Volkswagen AG" in one article, "Volkswagen Group" in another and "Volkswagen" in a third. The
    bare name, where an article writes it, is put in `bare`; a bare name typed a person by its shape
    alone (`guessed`: "Harbour Motoren will name") joins too, and the evidence types the whole. A
    "Group" an article calls a part of the company (`parts`: "Harbour Group, its shipping arm")
    joins nothing here."""
    by_core: dict[tuple[tuple[str, ...], EntityType], list[str]] = {}
    for k in _organizations(m.types, m.keys):
        if k in parts:
            continue
        by_core.setdefault((legal_core(m.toks[k]), m.types[k]), []).append(k)
    for k in m.keys:
        longer = by_core.get((m.toks[k], EntityType.ORG), [])
        if (
            k in guessed
            and m.types[k] == EntityType.PERSON
            and any(len(m.toks[o]) > len(m.toks[k]) for o in longer)
        ):
            longer.append(k)
    for ks in by_core.values():
        head = min(ks, key=lambda k: (len(m.toks[k]), k))  # the bare name where it is written
        if len(ks) > 1 and len(m.toks[head]) < max(len(m.toks[k]) for k in ks):
            m.bare.add(head)
        for k in ks:
            if m.uf.find(k) != m.uf.find(head):
                m.join(
                    k,
                    head,
                    f"merge.legal-form: {m.names[k]} = {m.names[head]} (the same name but its legal form)",
                )


#: Right after a name, an appositive that makes it a part of another company: ", its shipping arm",
#: ", the carmaker's software unit".
_PART_AFTER = re.compile(
    r"\s*,\s+(?:its|their|the|a)\s+(?:[\w’'-]+\s+){0,3}(?:arm|unit|division|subsidiary|branch|affiliate|"
    r"business)\b"
)


def _said_parts(corpus: Corpus, groups: dict[str, list[Entity]]) -> set[str]:
    """The names some article calls a part of a company in an appositive right after them
    ("Harbour Group, its shipping arm, ..."): a group so named is not the company of its bare name.
    The caller hands only the names ending in "Group", the only ones the legal-form rule asks about
    (every mention of every entity was read here before)."""
    if not groups:
        return set()
    texts = {a.id: a.text for a in corpus.articles}
    out = set()
    for key, ents in groups.items():
        for e in ents:
            for m in e.mentions:
                text = texts.get(m.span.article_id)
                if text is not None and _PART_AFTER.match(text, m.span.end, m.span.end + 60):
                    out.add(key)
    return out


def _join_after_place(m: _Names) -> None:
    """ "Zhejiang Leapmotor Technologies" and "Leapmotor": a company's registered name that opens with
    a place (a province, a city) is the rest of it, when exactly one other organization is named so;
    the rest may drop its company suffixes ("Leapmotor Technologies" -> "Leapmotor"). The rest must
    hold a word of its own: "New York Times" is never "Times", nor "Silicon Valley Bank" "Bank"."""
    tab = tables()
    by_core: dict[tuple[str, ...], list[str]] = {}
    orgs = [k for k in m.keys if m.types[k] == EntityType.ORG]
    for k in orgs:
        by_core.setdefault(legal_core(m.toks[k]), []).append(k)
    heads = tab.org_suffixes | tab.unit_heads | tab.outlet_heads
    for k in orgs:
        words = legal_core(m.toks[k])
        cut = next(
            (
                n
                for n in range(len(words) - 1, 0, -1)
                if (hit := tab.known.get(words[:n])) is not None and hit[1] == EntityType.PLACE
            ),
            0,
        )
        rest = words[cut:]
        if not cut or all(w in heads for w in rest):
            continue
        forms = [rest]
        while len(rest) > 1 and rest[-1] in tab.org_suffixes:
            rest = rest[:-1]
            forms.append(rest)
        for form in forms:
            named = [o for o in by_core.get(form, []) if o != k]
            owners = {m.uf.find(o) for o in named}
            if len(owners) == 1:
                other = owners.pop()
                m.bare.update(named)
                if m.uf.find(k) != other:
                    m.join(
                        k, other, f"merge.place: {m.names[k]} = {m.names[other]} (the name after its place)"
                    )
                break


_SHORT_CAPS = re.compile(r"^[A-Z]{2,3}$")


def _letter_form(short: str, name: str) -> bool:
    """ "VW" of "Volkswagen": the short form's first letter opens the one-word name, and its other
    letters are consonants of the name in their order, each later than the one before."""
    low = name.casefold()
    if len(name) < 8 or not name.isalpha() or low[0] != short[0].casefold():
        return False
    at = 0
    for ch in short[1:].casefold():
        if ch in "aeiou":
            return False
        at = low.find(ch, at + 1)
        if at < 0:
            return False
    return True


def _join_letter_forms(m: _Names) -> None:
    """ "VW" and "Volkswagen": two or three capitals typed an organization (and not known to the
    gazetteer on their own) join the one organization of a single long word that they abbreviate
    (`_letter_form`), when some article writes both and no other organization of the corpus fits;
    the word names the whole."""
    orgs = [k for k in m.keys if m.types[k] == EntityType.ORG]
    articles = {k: {a for e in m.groups[k] for a in e.article_ids} for k in orgs}
    for k in orgs:
        if k in m.known or not _SHORT_CAPS.match(m.names[k]):
            continue
        fits = [
            o
            for o in orgs
            if o != k
            and len(legal_core(m.toks[o])) == 1
            and _letter_form(m.names[k], legal_core(m.toks[o])[0])
        ]
        roots = {m.uf.find(o) for o in fits}
        if len(roots) == 1 and any(articles[k] & articles[o] for o in fits) and m.uf.find(k) not in roots:
            other = roots.pop()
            m.bare.update(fits)  # the word names the company, not its letters
            m.join(k, other, f"merge.letters: {m.names[k]} = {m.names[other]} (its letters, written with it)")


#: A company word a name may carry glued to its head word ("Norvagroup", "Keltabank"): without it, the
#: head word is the company's short form ("Norva", "Kelta"). A closed class, lower case.
_GLUED_COMPANY_WORDS = ("group", "bank", "corp", "co", "tech")
_SHORT_WORD = re.compile(r"^[A-Z][A-Za-z]{2,11}$")


def _openings(short: str, words: tuple[str, ...]) -> bool:
    """ "Calmin" of ("Caledonian", "Mining"), "Norex" of ("Northern", "Express"): the short form is the
    opening letters of every word in order (two or more of each), run together."""
    if not words:
        return not short
    word = words[0].casefold()
    for n in range(min(len(word), len(short) - 2 * (len(words) - 1)), 1, -1):
        if short[:n] == word[:n] and _openings(short[n:], words[1:]):
            return True
    return False


def short_form(short: str, name: tuple[str, ...]) -> str | None:
    """How a one-word name is a short form of an organization's name (its legal core), or None: the head
    word without a glued company word ("Norva" of "Norvagroup": "glued"), or the openings of each of
    its words run together ("Calmin" of "Caledonian Mining": "openings")."""
    if not _SHORT_WORD.match(short):
        return None
    low = short.casefold()
    if len(name) == 1:
        head = name[0].casefold()
        rest = head[len(low) :] if head.startswith(low) else ""
        return "glued" if rest in _GLUED_COMPANY_WORDS else None
    if 2 <= len(name) <= 3 and all(w[:1].isupper() and w.isalpha() for w in name):
        return "openings" if _openings(low, tuple(w.casefold() for w in name)) else None
    return None


def _join_short_forms(m: _Names) -> None:
    """ "Norva" and "Norvagroup", "Calmin" and "Caledonian Mining": a one-word organization (not known to
    the gazetteer on its own) joins the one organization whose name it shortens (`short_form`), when
    some article writes both; the long name stays a name of the group. A name that only begins like
    another ("Vanta", "Vantasat") is no short form of it."""
    orgs = [k for k in m.keys if m.types[k] == EntityType.ORG]
    articles = {k: {a for e in m.groups[k] for a in e.article_ids} for k in orgs}
    for k in orgs:
        if k in m.known or len(m.toks[k]) != 1:
            continue
        fits = [
            (o, how)
            for o in orgs
            if o != k and (how := short_form(m.names[k], legal_core(m.toks[o]))) is not None
        ]
        roots = {m.uf.find(o) for o, _ in fits}
        if len(roots) == 1 and any(articles[k] & articles[o] for o, _ in fits) and m.uf.find(k) not in roots:
            other = roots.pop()
            how = fits[0][1]
            said = "its head word without the company word" if how == "glued" else "the openings of its words"
            m.join(k, other, f"merge.short-form: {m.names[k]} = {m.names[other]} ({said}, written with it)")


_SPACING = re.compile(r"[\s.\-‐–]+")


def _spelled_key(name: str) -> str:
    """A name without "The" before it, case, spaces, hyphens and dots: "Open AI", "The OpenAI" and
    "OpenAI" are one spelling, "Hewlett Packard" and "Hewlett-Packard" too."""
    words = name.split()
    if len(words) > 1 and words[0] == "The":
        words = words[1:]
    return _SPACING.sub("", " ".join(words)).casefold()


def _join_spellings(m: _Names) -> None:
    """Organizations whose names are the same but for spaces, hyphens, dots, case or a "The" before
    them join ("Open AI" / "OpenAI", "Hewlett Packard" / "Hewlett-Packard")."""
    by_key: dict[tuple[str, EntityType], list[str]] = {}
    for k in _organizations(m.types, m.keys):
        by_key.setdefault((_spelled_key(m.names[k]), m.types[k]), []).append(k)
    for (spelled, _), ks in by_key.items():
        if len(ks) < 2 or len(spelled) < 4:
            continue
        head = max(ks, key=lambda k: (" " not in m.names[k] and "-" not in m.names[k], -len(m.names[k]), k))
        for k in ks:
            if m.uf.find(k) != m.uf.find(head):
                m.join(
                    k, head, f"merge.spacing: {m.names[k]} = {m.names[head]} (the same name spelled apart)"
                )


def _join_by_alias(m: _Names) -> None:
    """ "Kelly Ortberg" in one article, "Robert “Kelly” Ortberg" (alias Kelly Ortberg) in another;
    "HPE" alone in one, "Hewlett Packard Enterprise" (alias HPE) in another: a name that is another
    entity's alias of several words, or an acronym of three or more capitals, joins that entity when
    exactly one entity of the same type has it."""
    owners: dict[str, set[str]] = {}
    for k in m.keys:
        for ent in m.groups[k]:
            for alias in ent.aliases:
                if alias != m.names[k] and (" " in alias or (len(alias) >= 3 and alias.isupper())):
                    owners.setdefault(alias, set()).add(k)
    for k in m.keys:
        if k in m.known:
            continue
        roots = {m.uf.find(o) for o in owners.get(m.names[k], ()) if o != k and m.types[o] == m.types[k]}
        if len(roots) == 1 and m.uf.find(k) not in roots:
            other = roots.pop()
            m.join(k, other, f"merge.alias: {m.names[k]} = {m.names[other]} (its alias in another article)")


def _series_of(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's series numerals, roman or in digits ("IV", "2"): two names alike but for them are two
    ("Halden Capital Corp. IV" / "Halden Capital Corp. VI", "Brisk Fund 2" / "Brisk Fund 3")."""
    return tuple(w for w in words if _SERIES.fullmatch(w))


def _other_initials(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names alike but for their middle names, which are not one name in full and by its initial
    ("Mara T. Quist" and "Mara J. Quist"; since stop 38 also "Mara Tove Quist" and "Mara Jo Quist")."""
    return len(a) == len(b) == 3 and a[0] == b[0] and a[2] == b[2] and not one_middle([a[1], b[1]])


def _join_middle_initial(m: _Names) -> None:
    """ "Karen S. Lynch" in one article, "Karen Lynch" in another: a person's given name and surname
    with one middle initial (or one middle name: "Ines Maria Moreau", since stop 37) is the person
    written without it, when the corpus writes that name with one middle name only, in full or by its
    initial ("Naval", "N.", "N": `one_middle`, stop 38); two are two people, and the name without one
    stays apart."""
    with_initial: dict[tuple[str, str], list[str]] = {}
    for k in m.keys:
        t = m.toks[k]
        if m.types[k] == EntityType.PERSON and len(t) == 3 and t[1][:1].isupper():
            with_initial.setdefault((t[0], t[2]), []).append(k)
    if not with_initial:
        return
    for forms in with_initial.values():  # "Ines Vera Moreau" and "Ines V. Moreau": one person
        if len(forms) > 1 and one_middle([m.toks[o][1] for o in forms]):
            for o in forms[1:]:
                if m.uf.find(o) != m.uf.find(forms[0]):
                    m.join(
                        o,
                        forms[0],
                        f"merge.middle-initial: {m.names[o]} = {m.names[forms[0]]} (one middle name, in full "
                        "and by its initial)",
                    )
    for k in m.keys:
        t = m.toks[k]
        if m.types[k] != EntityType.PERSON or len(t) != 2:
            continue
        forms = with_initial.get((t[0], t[1]), [])
        if not one_middle([m.toks[o][1] for o in forms]):
            continue  # two middle names (or two initials): two people
        for o in forms:
            if m.uf.find(o) != m.uf.find(k):
                m.join(
                    o,
                    k,
                    f"merge.middle-initial: {m.names[o]} = {m.names[k]} (the one middle initial of that name)",
                )


def _company_apart(
    bare: str, persons: list[str], groups: dict[str, list[Entity]], results: list[ArticleResult]
) -> bool:
    """ "Michael Dell ... the outstanding Dell stock": an article that names the person and keeps the
    bare name apart as an organization (a company named by its founder's surname) says the bare name
    is the company; across articles it never joins the person."""
    return any(
        any(e.id == bare and e.type in (EntityType.ORG, EntityType.OUTLET) for e in result.entities)
        and any(e.id in persons for e in result.entities)
        for result in results
    )


def _kept_apart(
    short: str,
    long: str,
    toks: dict[str, tuple[str, ...]],
    groups: dict[str, list[Entity]],
    results: list[ArticleResult],
    unit_heads: frozenset[str],
) -> bool:
    """ "Broadcom" and "Broadcom Software Group": a longer name that adds a unit's head (Group,
    Division, Software...) names a part of the organization. Across articles the two join only when
    an article joined them (it gave the long name, then used the short one for it) and no article
    names both as two organizations."""
    if not any(w in unit_heads for w in toks[long][len(toks[short]) :]):
        return False
    said_same = any(name_tokens(a) == toks[short] for e in groups[long] for a in e.aliases)
    said_apart = any({short, long} <= {e.id for e in result.entities} for result in results)
    return said_apart or not said_same


def remap_facts(facts: EventFacts, id_map: dict[str, str], src_map: dict[str, str]) -> None:
    """Point an article's event facts at the merged entities and sources."""

    def fix(v: FactValue) -> FactValue:
        ent = id_map.get(v.entity_id, v.entity_id) if v.entity_id else None
        srcs = tuple(src_map.get(x, x) for x in v.source_ids)
        return (
            v if (ent == v.entity_id and srcs == v.source_ids) else replace(v, entity_id=ent, source_ids=srcs)
        )

    facts.slots = {k: fix(v) for k, v in facts.slots.items()}
    facts.headline = {k: fix(v) for k, v in facts.headline.items()}
    facts.also = {k: [fix(v) for v in vs] for k, vs in facts.also.items()}
    facts.candidates = {
        k: [replace(c, fact=fix(c.fact)) for c in cands] for k, cands in facts.candidates.items()
    }


def _person_context(
    results: list[ArticleResult], groups: dict[str, list[Entity]], types: dict[str, EntityType]
) -> dict[str, set[str]]:
    """What each person is said to be, to back a merge of two spellings: "role: ceo", "organization:
    Scale AI" (a role's organization, or an organization named in a sentence with the person)."""
    out: dict[str, set[str]] = {}
    for key, ents in groups.items():
        if types[key] != EntityType.PERSON:
            continue
        facts = out.setdefault(key, set())
        for e in ents:
            for role in e.roles:
                facts.add(f"role: {role.normalized}")
                if role.organization:
                    facts.add(f"organization: {role.organization}")
    if not out:
        return out
    for result in results:
        sentences = [(s.start, s.end) for s in result.analysis.sentences]
        starts = [s0 for s0, _ in sentences]
        orgs_in: dict[int, set[str]] = {}
        people_in: dict[int, set[str]] = {}
        for e in result.entities:
            for m in e.mentions:
                i = bisect_right(starts, m.span.start) - 1
                if i < 0:
                    continue
                if e.type == EntityType.ORG:
                    orgs_in.setdefault(i, set()).add(e.name)
                elif e.id in out:
                    people_in.setdefault(i, set()).add(e.id)
        for i, people in people_in.items():
            for key in people:
                out[key].update(f"organization: {o}" for o in orgs_in.get(i, ()))
    return out


#: Rules that type a name by its shape or by default, no evidence (entities.py `_WEAK_RULES`).
_GUESSES = frozenset({"entity.name-shape", "entity.default-org"})
#: ... and a digit in the name ("GPT-4"), which types a product by its shape only: "the holding
#: company G42" in one article outweighs "G42 said" typed a model's name in the others.
_TYPE_GUESSES = _GUESSES | {"entity.model-name"}


def _type_rule(ents: list[Entity], etype: EntityType, first: Entity) -> str:
    """The rule the "why?" window gives for the merged entity's type: the first form's rule when that
    form has the type by evidence; else the rule of the page's entity of that type with the most
    evidence (a rule that is no guess first, then the most mentions): "Dell" typed a company across
    pages shows the page that told its stock ("entity.listed"), never a guess, nor a rule that typed it
    a person."""
    if first.type == etype and first.rule not in _TYPE_GUESSES:
        return first.rule
    same = [e for e in ents if e.type == etype]
    if not same:
        return first.rule
    return max(same, key=lambda e: (e.rule not in _TYPE_GUESSES, len(e.mentions))).rule


def _vote_type(ents: list[Entity], prefer: EntityType | None = None) -> EntityType:
    if prefer is not None:
        return prefer
    for e in ents:
        if e.rule == "entity.gazetteer":
            if e.type == EntityType.PROGRAM and any(
                o.type == EntityType.ORG and o.rule == "entity.appositive" for o in ents
            ):
                # a programme one page describes as a company ("X, a joint venture of ..."): the company
                return EntityType.ORG
            return e.type
    # A type some article found evidence for outweighs the guesses of the others: "a Harbour Wire
    # report" in one article, the same name typed a person by its shape alone in three more.
    evidenced = [e for e in ents if e.rule not in _TYPE_GUESSES]
    # A company's own cue in one article ("Harbour S.A.", "the carmaker Harbour") outweighs brand
    # lists in the others; a brand the text names as one outweighs a name's place in a sentence
    # ("a deal for Harbour") elsewhere (entities.py, the same order in one article).
    firm = any(e.type in (EntityType.ORG, EntityType.OUTLET) and e.rule not in GUESS_RULES for e in evidenced)
    brand = any(e.type == EntityType.PRODUCT and e.rule in BRAND_RULES for e in evidenced)
    if firm:
        # ... and a given name's look elsewhere ("worked at Mary Vell and Orvane" beside "the cosmetics
        # company Mary Vell": a company named after its founder's full name)
        evidenced = [e for e in evidenced if e.rule not in BRAND_RULES and e.rule != "entity.first-name"]
    elif brand:
        evidenced = [e for e in evidenced if e.rule not in GUESS_RULES]
    votes: dict[EntityType, int] = {}
    for e in evidenced or ents:
        votes[e.type] = votes.get(e.type, 0) + len(e.mentions) + (3 if e.roles else 0)
    return max(votes, key=lambda t: (votes[t], t == EntityType.PERSON)) if votes else EntityType.OTHER


# --- the curated overlay ----------------------------------------------------------------------


def apply_overlay(analysis: CorpusAnalysis, overlay: dict[str, Any]) -> None:
    """Apply a curated overlay. Malformed entries are skipped (the loader reports the file)."""
    entries = overlay.get("entities") or []
    if isinstance(entries, list):
        for entry in entries:
            if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                _curate_entity(analysis, entry)
    drops = overlay.get("drop_entities") or []
    if isinstance(drops, list):
        drop = {str(d) for d in drops}
        gone = {e.id for e in analysis.entities if e.name in drop}
        analysis.entities = [e for e in analysis.entities if e.id not in gone]
        for claim in analysis.claims:
            claim.entity_ids = [i for i in claim.entity_ids if i not in gone]
    srcs = overlay.get("sources") or []
    if isinstance(srcs, list):
        for entry in srcs:
            if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                _curate_source(analysis, entry)


def _names(entry: dict[str, Any]) -> set[str]:
    aliases = entry.get("aliases") or []
    return {entry["name"], *(str(a) for a in aliases if isinstance(a, str | int))}


def _curate_entity(analysis: CorpusAnalysis, entry: dict[str, Any]) -> None:
    names = _names(entry)
    hits = [e for e in analysis.entities if e.name in names or names & set(e.aliases)]
    if not hits:
        return
    target = hits[0]
    for other in hits[1:]:
        target.mentions.extend(other.mentions)
        target.roles.extend(other.roles)
        target.aliases = tuple(dict.fromkeys([*target.aliases, *other.aliases]))
    old_ids = {e.id for e in hits}
    analysis.entities = [e for e in analysis.entities if e.id not in old_ids or e is target]
    target.name = entry["name"]
    target.id = slug(target.name)
    etype = _TYPE_NAMES.get(str(entry.get("type", "")))
    if etype is not None:
        target.type = etype
    target.curated = True
    target.rule = "overlay"
    target.shown_as = "the name the corpus overlay gives it"
    for claim in analysis.claims:
        claim.entity_ids = list(dict.fromkeys(target.id if i in old_ids else i for i in claim.entity_ids))
    for src in analysis.sources:
        if src.entity_id in old_ids:
            src.entity_id = target.id


def _curate_source(analysis: CorpusAnalysis, entry: dict[str, Any]) -> None:
    names = _names(entry)
    hits = [s for s in analysis.sources if s.name in names]
    if not hits:
        return
    target = hits[0]
    for other in hits[1:]:
        target.citations.extend(other.citations)
    old = {s.id for s in hits}
    analysis.sources = [s for s in analysis.sources if s.id not in old or s is target]
    target.name = entry["name"]
    kind = _KIND_NAMES.get(str(entry.get("kind", "")))
    if kind is not None:
        target.kind = kind
    target.curated = True
    for claim in analysis.claims:
        if claim.source_id in old:
            claim.source_id = target.id
        claim.source_ids = [target.id if s in old else s for s in claim.source_ids]
    for quote in analysis.quotes:
        if quote.source_id in old:
            quote.source_id = target.id
        if quote.source_ids:
            quote.source_ids = tuple(dict.fromkeys(target.id if s in old else s for s in quote.source_ids))
