"""People's titles in a sentence: who is "CEO", "interim CEO", "former chief strategy officer".

Uses `Entity.roles` from the extractor where it gives them. Until every extractor provides roles,
a small rule set here finds them (rule "compare.role.*"): a title from aspects.yaml next to a
person's name ("CEO Mark Zuckerberg", "Chief Strategy Officer, Jason Droege,", "Jason Droege,
previously Scale's chief strategy officer"), or the nearest name before a transition ("... Jason
Droege, into the CEO role", "... has been named interim CEO"). A title before a transition becomes
former; a title followed by "steps down" is former.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from tui.analysis.compare.data import cue_pattern, section
from tui.analysis.model import CorpusAnalysis, EntityType
from tui.corpus.model import Span

_NAME_TOKEN = r"[A-Z][a-zà-ÿ][\w’'-]*"


@dataclass(frozen=True, slots=True)
class RoleHit:
    person: str  # the name as written, longest form known in the article
    key: str  # cross-article key: the surname, lower case
    title: str  # as written: "interim CEO"
    normalized: str  # "ceo"
    modifiers: tuple[str, ...]
    span: Span  # the title's words (modifier included)
    current: bool  # False when the text makes it a former title
    rule: str


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    roles = section("aspects", "roles")
    titles = roles.get("titles") or {}
    title_alts = []
    norm_of: dict[str, str] = {}
    for norm, forms in titles.items():
        for form in forms or []:
            title_alts.append(str(form))
            norm_of[str(form).lower()] = str(norm)
    title_alts.sort(key=len, reverse=True)
    mod_of: dict[str, str] = {}
    mod_alts = []
    for norm, forms in (roles.get("modifiers") or {}).items():
        for form in forms or []:
            mod_of[str(form).lower().rstrip("-")] = str(norm)
            mod_alts.append(str(form))
    mod_alts.sort(key=len, reverse=True)
    mod_re = "|".join(re.escape(m) + ("" if m.endswith("-") else r"\b") for m in mod_alts)
    title_re = "|".join(r"\b" + re.escape(t) + r"\b" for t in title_alts)
    pattern = re.compile(
        rf"(?P<mods>(?:(?:{mod_re})\s*)*)(?P<title>{title_re})",
        re.IGNORECASE,
    )
    return {
        "pattern": pattern,
        "norm_of": norm_of,
        "mod_of": mod_of,
        "mod_re": re.compile(mod_re, re.IGNORECASE),
        "transitions": cue_pattern(roles.get("transitions"), "aspects.yaml: roles.transitions"),
        "departures": cue_pattern(roles.get("departures"), "aspects.yaml: roles.departures"),
        "not_names": {str(w) for w in roles.get("not_names") or []},
    }


def names_in(text: str) -> list[tuple[int, int, str]]:
    """Person-name candidates: 2-3 capitalized words, none of them an organization or heading word."""
    stop = _rules()["not_names"]
    out = []
    for m in re.finditer(rf"\b{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}}", text):
        words = m.group().split()
        start = m.start()
        while words and words[0] in stop:
            start += len(words[0]) + 1
            words = words[1:]
        cut = next((i for i, w in enumerate(words) if w in stop or w.rstrip("’s'") in stop), len(words))
        words = words[:cut]
        if len(words) >= 2:
            name = " ".join(words)
            out.append((start, start + len(name), name))
    return out


def person_key(name: str) -> str:
    last = name.split()[-1]
    return re.sub(r"(’s|'s)$", "", last).lower()


def roles_in(text: str, span: Span, people: dict[str, str]) -> list[RoleHit]:
    """Titles in one sentence, each tied to the person it belongs to (or dropped when none)."""
    rules = _rules()
    names = names_in(text)
    # bare surnames of people already known in the article ("Wang", "Zuckerberg")
    for _key, full in people.items():
        surname = full.split()[-1]
        for m in re.finditer(rf"\b{re.escape(surname)}\b", text):
            if not any(s <= m.start() < e for s, e, _ in names):
                names.append((m.start(), m.end(), full))
    names.sort()
    transition = rules["transitions"].search(text) if rules["transitions"] else None
    hits: list[RoleHit] = []
    for m in rules["pattern"].finditer(text):
        title = m.group("title")
        t_start, t_end = m.start("title"), m.end("title")
        mods_text = m.group("mods") or ""
        modifiers = tuple(
            sorted(
                {
                    rules["mod_of"].get(x.group().lower().rstrip("-"), x.group().lower())
                    for x in rules["mod_re"].finditer(mods_text)
                }
            )
        )
        start = m.start("mods") if mods_text.strip() else t_start
        person = _owner(text, names, t_start, t_end, transition)
        if person is None:
            continue
        name, rule, name_end = person
        current = "former" not in modifiers
        dep = rules["departures"].match(text[name_end:].lstrip()) if rules["departures"] else None
        if dep is not None and name_end > t_end:  # "CEO Alexandr Wang Steps Down"
            current = False
        if rule.endswith("name-comma-title") and re.search(
            r"\b(?:previously|formerly|once)\b", text[name_end:t_start]
        ):
            current = False  # "Jason Droege, previously Scale’s chief strategy officer"
        if not current and "former" not in modifiers:
            rule += "+former-by-context"
        shown = text[start:t_end].strip()
        hits.append(
            RoleHit(
                person=people.get(person_key(name), name),
                key=person_key(name),
                title=shown,
                normalized=rules["norm_of"].get(title.lower(), title.lower()),
                modifiers=modifiers,
                span=Span(
                    span.article_id,
                    span.start + start + (len(text[start:t_end]) - len(text[start:t_end].lstrip())),
                    span.start + t_end,
                ),
                current=current,
                rule=rule,
            )
        )
    if transition is not None:  # "its Chief Strategy Officer, Jason Droege, into the CEO role"
        cut = span.start + transition.start()
        for n, hit in enumerate(hits):
            later = any(h.key == hit.key and h.span.start > cut for h in hits)
            if hit.current and hit.span.start < cut and later:
                hits[n] = replace(hit, current=False, rule=hit.rule + "+former-by-context")
    return hits


def _owner(
    text: str, names: list[tuple[int, int, str]], t_start: int, t_end: int, transition: re.Match[str] | None
) -> tuple[str, str, int] | None:
    """The person a title at t_start:t_end belongs to."""
    gap_after = [(e, n) for s, e, n in names if 0 <= s - t_end <= 3]  # "CEO Mark Zuckerberg"
    if gap_after:
        return gap_after[0][1], "compare.role.title-name", gap_after[0][0]
    comma_after = [(e, n) for s, e, n in names if s > t_end and re.fullmatch(r",\s*", text[t_end:s])]
    if comma_after:  # "Chief Strategy Officer, Jason Droege,"
        return comma_after[0][1], "compare.role.title-comma-name", comma_after[0][0]
    before = [(e, n) for s, e, n in names if e <= t_start]
    if before:
        e, n = before[-1]
        between = text[e:t_start]
        if re.fullmatch(
            r",\s*(?:previously|formerly|now|the|its|a|an)?\s*(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?(?:’s|'s)\s+)?",
            between,
        ):
            return (
                n,
                "compare.role.name-comma-title",
                e,
            )  # "Jason Droege, previously Scale’s chief strategy officer"
        if transition is not None and e <= transition.start() < t_start:
            return n, "compare.role.name-transition-title", e  # "... Jason Droege, into the CEO role"
    return None


def extractor_roles(analysis: CorpusAnalysis, span: Span) -> list[RoleHit]:
    """Roles the extractor attached to entities, inside `span`."""
    hits = []
    for entity in analysis.entities:
        if entity.type != EntityType.PERSON:
            continue
        for role in entity.roles:
            if span.contains(role.span):
                hits.append(
                    RoleHit(
                        person=entity.name,
                        key=person_key(entity.name),
                        title=role.title,
                        normalized=role.normalized,
                        modifiers=tuple(sorted(m for m in role.modifiers if m != "former"))
                        + (("former",) if "former" in role.modifiers else ()),
                        span=role.span,
                        current="former" not in role.modifiers,
                        rule=f"extractor:{role.rule}",
                    )
                )
    return hits
