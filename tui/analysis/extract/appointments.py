"""Appointment facts: who takes which post, with what modifier, after whom, how the one leaving goes and
when the change takes effect.

Called by `facts.event_facts` for an article whose event is an appointment; reads the same layout
(`fact_layout._Doc`) and writes into the same `EventFacts`. This module decides the order: the top of the
story, a former holder coming back, the new post and its holder, a successor who takes the post the
text gives only to the one leaving, then the other slots. Each part lives in a module of its own:

- `new_post`: which title is the new post and who holds it (co-holders, the interim holder);
- `successor_post`: the successor and the post when the text titles only the one leaving;
- `returning`: a former holder brought back and the post they return to;
- `predecessor`: who leaves the post; `departure`: how they go;
- `former_title`: the appointee's other title (held before or elsewhere) and its owner;
- `effective_date`: the day the change takes effect;
- `titles`: how a title reads (rank, joined titles, functions, modifiers, a board seat);
- `appointment_sentences`: the clause, subject and time reading every part shares.

The rules are listed in docs/facts.md (item 5); every word list is in lexicons/events.yaml and the
gazetteer's titles. All patterns are linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tui.analysis.extract.appointment_sentences import (
    _DEEP_SENTENCES,
    _candidates,
    _clause_start,
    _earlier,
    _most_named_org,
)
from tui.analysis.extract.deal_parties import _party_value
from tui.analysis.extract.departure import _departing_subject, _departure
from tui.analysis.extract.effective_date import _effective_date, leaving_day
from tui.analysis.extract.fact_layout import _ORGS, _Doc, _fact, _Name, _names_in, _sentence_of
from tui.analysis.extract.fact_tables import _Tables
from tui.analysis.extract.former_title import _former_title
from tui.analysis.extract.gazetteer import tables
from tui.analysis.extract.new_post import (
    _NEW_TITLE_BEFORE,
    _PLURAL_TITLE,
    _co_holders,
    _interim_holder,
    _meanwhile,
    _post_hits,
    alone_post,
    kin_named,
    led_post,
    named_to_top,
    shared_post,
    top_job_post,
)
from tui.analysis.extract.post_org import (
    described_owner,
    its_owner,
    joined_owner,
    label_owners,
    post_org,
    title_owner,
)
from tui.analysis.extract.post_title import equated_post
from tui.analysis.extract.predecessor import _predecessor, leader_up_to_now, sought_posts
from tui.analysis.extract.returning import _returning, _returning_post
from tui.analysis.extract.succession import POST_NOUN, one_person, persons_in, same_person_ids
from tui.analysis.extract.successor_post import _successor_post
from tui.analysis.extract.titles import (
    _board_seat,
    _label_before,
    _lead_title,
    _meanwhile_told,
    _modifier_rule,
    _modifiers,
    _title_at,
)
from tui.analysis.model import Entity, EventFacts

__all__ = ["appointment_facts"]


def _headline_post(doc: _Doc, tab: _Tables, facts: EventFacts, leaving: _Name | None) -> None:
    """The headline's own statement of the post: its first title not held by the one who leaves, and
    the first person it names who is not the one leaving."""
    h0, h1 = doc.headline or (0, 0)
    persons = [n for n in persons_in(doc, h0, h1) if leaving is None or n.entity_id != leaving.entity_id]
    for m in tables().title_re.finditer(doc.text, h0, h1):
        holder = [n for n in persons_in(doc, h0, h1) if n.start >= m.end() and n.start - m.end() <= 2]
        if holder and not _NEW_TITLE_BEFORE.search(doc.low, max(h0, m.start() - 40), m.start()):
            continue  # "Orbitex CEO Vey retires", "CFO Quentin": a title someone holds already
        if holder and _AS_TITLE_AFTER.match(doc.low, holder[0].end, h1):
            continue  # "Orbitex names CFO Vey as next chief executive": the label is the post held before
        title, mods, end = _title_at(doc, m)
        facts.headline["new_title"] = _fact(
            doc, "new_title", title, None, (m.start(), end), "headline.title", "headline"
        )
        break
    appointee = facts.slots.get("person")
    same = [n for n in persons if appointee is not None and n.entity_id == appointee.entity_id]
    if same or persons:
        n = (same or persons)[0]
        facts.headline["person"] = _fact(
            doc,
            "person",
            n.name,
            None,
            (n.start, n.end),
            "headline.person",
            "headline",
            entity_id=n.entity_id,
        )


#: After a labelled name in a headline, the post it is named to: "names CFO Vey as (its) next CEO".
_AS_TITLE_AFTER = re.compile(
    r"\s+as\s+(?:(?:its|the|a|an|their)\s+)?(?:(?:new|next|permanent|interim)\s+)?[a-z]"
)


#: How many body sentences of prose the top of the story holds (after the lead).
_TOP_SENTENCES = 6
_PROSE_WORD = re.compile(r"[a-z]{2,}")


def _top_spans(doc: _Doc) -> list[tuple[int, int]]:
    """The top of the story: the lead, the first body sentences of prose and the headline. A fragment a
    page's byline or credit leaves among them ("," between two writers' names, "Name for Outlet") and a
    sentence told again word for word (an image's alt text above its caption) take no place: they would
    push the story's own sentences out of the window ("Vey resigned." stays: a sentence closes)."""
    seen: set[str] = set()
    top: list[tuple[int, int]] = []
    for s0, s1 in doc.body:
        if len(top) == _TOP_SENTENCES:
            break
        words = doc.text[s0:s1]
        fragment = len(_PROSE_WORD.findall(doc.low, s0, s1)) < 2 and not words.rstrip().endswith(
            (".", "!", "?")
        )
        if fragment or words in seen:
            continue
        seen.add(words)
        top.append((s0, s1))
    return list(dict.fromkeys(doc.lead + top + ([doc.headline] if doc.headline else [])))


#: A departure told as a move to another post: "will leave A for a new role", "quit A to join B",
#: "is leaving to take over at B", "steps down to become", "to pursue new challenges".
_FOR_NEW_POST = re.compile(
    r"\b(?:for\s+(?:a|an)\s+(?:new\s+)?(?:" + POST_NOUN + r"|challenge)"
    r"|to\s+(?:join|lead|run|head|take\s+over|become|pursue)\b)",
    re.IGNORECASE,
)


def appointment_facts(
    doc: _Doc, tab: _Tables, facts: EventFacts, slots: Sequence[str], entities: Sequence[Entity]
) -> None:
    """The appointment: the first title in the lead (then the early body, then the headline) that the
    words before it make a new post ("as", "named", "become", "the role of"...), its holder, the
    modifier, the holder's other title, the predecessor, who holds the post meanwhile, the date."""
    spans = _top_spans(doc)
    # A former holder coming back is the new person and never the one who leaves, whatever an old
    # succession told beside it says ("Y, who succeeded X in 2020, has stepped down").
    found = _returning(doc, tab, spans)
    back, cue_end = found if found is not None else (None, -1)
    leaving = _predecessor(doc, tab, facts, back, spans)
    # the posts the top tells, the one leaving not yet set apart: read once, for the move and its hits
    own = _post_hits(doc, spans, None) if leaving is not None and back is None else None
    moved = leaving is not None and own is not None and _moves_on(doc, own, leaving)
    if moved:
        # one person moving between two posts (stop 46): the one leaving the old post takes the new
        # one; the one before them there is looked for once they are the appointee
        facts.slots.pop("predecessor", None)
        leaving = None
    # The post told further down (after captions, a quote or a section heading) when the top has none.
    hits = own if moved and own is not None else _post_hits(doc, spans, leaving)
    if moved:
        # the mover's old post ("resigned as its chief executive") is the one they leave, not the news
        hits = [h for h in hits if not _post_left(doc, h[0][0], h[1].start())] or hits
    # The top tells a post the company will fill with someone it does not name yet ("will replace its CFO X", "is
    # searching for a new CFO", "until his successor arrives"; stop 62): a post of another title named the same day
    # ("Y will become chief accounting officer") is that officer's own appointment, never the successor's; with no
    # post of the title sought, the page's appointment is the one leaving alone. A holder labelled with the title sought
    # ("<Bank> CFO Y, who will become <Co>'s chief executive") leaves that post: their new one is the news.
    sought = sought_posts(doc, tab, spans) if back is None and not moved else []
    if sought:
        titled = {t for t, _span, _act in sought if t is not None}
        hits = (
            [h for h in hits if _title_at(doc, h[1])[0] in titled or _labelled(doc, h[2], titled)]
            if titled
            else hits
        )
        if not hits:
            if _holder_meanwhile(doc, tab, facts, spans, leaving, entities, back):
                # "Y will take over on an interim basis while the board searches for a new CEO": the holder meanwhile
                _appointment_rest(doc, tab, facts, slots, entities, spans, leaving)
            else:
                _unnamed_successor(doc, tab, facts, slots, leaving, spans)
            return
    if not hits or all(
        _board_seat(doc, h[1]) for h in hits
    ):  # a board seat yields to a post told further down
        deep = _post_hits(doc, doc.body[6:_DEEP_SENTENCES], leaving)
        # a candidate's post told further down is a biography's ("X took over as finance director in
        # early 2023"), never the appointment the page's search has not made
        shortlist = _candidates(doc) if deep else set()
        hits = [h for h in deep if h[2].entity_id not in shortlist] or hits
    holder = hits[0][2] if hits else None
    if (
        back is not None
        and (holder is None or holder.entity_id != back.entity_id)
        and _returning_post(doc, tab, facts, spans, back, cue_end, leaving, entities)
    ):
        _appointment_rest(doc, tab, facts, slots, entities, spans, leaving, back)
        return
    # Only a post held meanwhile (or none): the successor the text names ("X will replace Y", "X tapped
    # to take on the role") takes the post the interim holder keeps warm.
    # a post told only as an earlier one ("X became CEO of Dalvik in 2018") leaves the successor's post
    # to the succession the text tells ("X will take over from Y in July")
    past_only = bool(hits) and all(_earlier(doc, tab, h[1]) for h in hits)
    live = [] if past_only else hits
    top = named_to_top(doc, spans, leaving) if not hits else None
    if top is not None:
        # "the board named his confidant X to the top job": X, the company's top post (stop 58)
        _led_appointment(doc, tab, facts, slots, entities, spans, leaving, top, "appointment.named-to-top")
        return
    meanwhile = not live or all(_meanwhile(doc, tab, h) for h in live)
    if meanwhile and _successor_post(
        doc, tab, facts, spans, leaving, live, entities, back=back, untitled=not live
    ):
        _appointment_rest(doc, tab, facts, slots, entities, spans, leaving)
        return
    if not hits:
        alone = alone_post(doc, spans, leaving)
        if alone is not None:
            # "A retires; B will hold the post alone", "A's exit clears the way for B" (stop 61)
            _alone_appointment(doc, tab, facts, slots, entities, spans, leaving, alone)
            return
        led = led_post(doc, spans, leaving) or led_post(doc, doc.body[:_DEEP_SENTENCES], leaving, tab)
        led_rule = "appointment.to-lead"
        if led is None:
            # "X is stepping down to take the top job at <New>": the company's top post, X the one taking it
            led, led_rule = top_job_post(doc, spans), "appointment.top-job"
        if led is not None:
            # "for <P> to lead <Org>", "taps <P> to run the company": the company's top post (stop 46)
            _led_appointment(doc, tab, facts, slots, entities, spans, leaving, led, led_rule)
            return
        _leaving_only(doc, tab, facts, slots, leaving, spans)
        return
    # "X will replace Y" told before the first post the text names (someone else's: "Z, who will become
    # lead director"): X takes the post Y leaves.
    first = hits[0][0][0]
    earlier = [s for s in spans if s[1] <= first]
    kept = [h for h in hits if _meanwhile(doc, tab, h)]
    if earlier and _successor_post(
        doc, tab, facts, earlier, leaving, kept, entities, naming=False, back=back
    ):
        _appointment_rest(doc, tab, facts, slots, entities, spans, leaving)
        return
    # A permanent post outranks the same post held meanwhile (interim or acting).
    hit = hits[0]
    first_mods = _modifiers(doc, tab, _title_at(doc, hit[1])[1], hit[0], hit[1].start(), hit[1].end())
    if set(first_mods) & {"interim", "acting"}:
        for h in hits[1:]:
            same = _title_at(doc, h[1])[0] == _title_at(doc, hit[1])[0]
            mods = _modifiers(doc, tab, _title_at(doc, h[1])[1], h[0], h[1].start(), h[1].end())
            if same and not set(mods) & {"interim", "acting"} and h[2].entity_id != hit[2].entity_id:
                hit = h
                break
    sent, m, person, rule = hit
    title, mods, end = _title_at(doc, m)
    place = "headline" if sent == doc.headline else "body"
    facts.slots["person"] = _fact(
        doc, "person", person.name, None, (person.start, person.end), rule, place, entity_id=person.entity_id
    )
    # the persons named together with the holder: before the post ("X and Y will serve as interim co-CEOs"), or
    # after it when the holder follows the post ("the CEO role will be split between X and Y")
    together = _co_holders(doc, person, m.start() if person.start < m.start() else sent[1])
    if shared_post(doc, tab, title, (m.start(), end), [person, *together]) and "co" not in mods:
        mods = [*mods, "co"]  # "both X and Y were appointed CEO": each of them holds the one post (stop 56)
    if "co" in mods or _PLURAL_TITLE.search(doc.text, m.start(), end):
        # "X and Y will serve as interim co-CEOs": each of them holds the post.
        co = [
            _fact(doc, "person", n.name, None, (n.start, n.end), rule + "+co-holder", place, entity_id=n.entity_id)
            for n in together
        ]  # fmt: skip
        if co:
            facts.also["person"] = co
    facts.slots["new_title"] = _fact(
        doc, "new_title", title, None, (m.start(), end), "appointment.title", place
    )
    told = _modifiers(doc, tab, mods, sent, m.start(), end)
    # "X comes back to run the firm on an interim basis" told beside the post (stop 58)
    modifiers = _meanwhile_told(doc, tab, told, person, spans, (sent, m.start(), end))
    modifier = " ".join(modifiers)  # "interim co": the post's modifiers, space-separated
    rule = _modifier_rule(doc, "appointment.modifier", modifiers, sent, m.start(), end)
    rule = rule if modifiers == told else "appointment.modifier-held-meanwhile"
    facts.slots["modifier"] = _fact(doc, "modifier", modifier, None, (m.start(), end), rule, place)
    _appointment_rest(doc, tab, facts, slots, entities, spans, leaving, person)


def _alone_appointment(
    doc: _Doc,
    tab: _Tables,
    facts: EventFacts,
    slots: Sequence[str],
    entities: Sequence[Entity],
    spans: list[tuple[int, int]],
    leaving: _Name | None,
    alone: tuple[_Name, tuple[str, tuple[int, int]] | None, str],
) -> None:
    """The one left alone in a co-held post told without a title (`new_post.alone_post`): the person, the post
    (the co-held title without its "co") held for good, or no post when the page only clears the way for them; and
    the rest (stop 61)."""
    person, post, rule = alone
    told = None if post is None else (post[0], post[1], rule, "permanent", post[1])
    _appointee(doc, tab, facts, slots, entities, spans, leaving, person, rule, "body", told)


def _led_appointment(
    doc: _Doc,
    tab: _Tables,
    facts: EventFacts,
    slots: Sequence[str],
    entities: Sequence[Entity],
    spans: list[tuple[int, int]],
    leaving: _Name | None,
    led: tuple[_Name, tuple[int, int], _Name | None],
    led_rule: str,
) -> None:
    """A company's top post told without a title (a verb of leading it, "the top job"): the person, the post
    (its chief executive), its modifier (held meanwhile when the person's own clause says so: "X is coming back
    to run the company temporarily"; stop 58), the company when named, and the rest."""
    person, span, org = led
    if leaving is not None:
        person = kin_named(doc, person, leaving)  # "with his son Y to head both companies": Y and the surname
    place = (
        "headline" if doc.headline is not None and doc.headline[0] <= span[0] < doc.headline[1] else "body"
    )
    left = _left_title(doc, span[0]) if leaving is not None and led_rule == "appointment.to-lead" else None
    held = " ".join(_meanwhile_told(doc, tab, ["permanent"], person, spans, (span, span[0], span[1])))
    # "X is stepping down as chairman, with his son Y to head both companies": the post X leaves (stop 59)
    post = (
        ("ceo", span, led_rule, held, span)
        if left is None
        else (left[0], left[1], led_rule + "+post-left", held, span)
    )
    _appointee(doc, tab, facts, slots, entities, spans, leaving, person, led_rule, place, post)
    if org is not None:
        facts.slots["organization"] = _fact(
            doc, "organization", _party_value(doc, org), None, (org.start, org.end), "appointment.org-led",
            entity_id=org.entity_id,
        )  # fmt: skip


def _appointee(
    doc: _Doc,
    tab: _Tables,
    facts: EventFacts,
    slots: Sequence[str],
    entities: Sequence[Entity],
    spans: list[tuple[int, int]],
    leaving: _Name | None,
    person: _Name,
    rule: str,
    place: str,
    post: tuple[str, tuple[int, int], str, str, tuple[int, int]] | None,
) -> None:
    """The appointee of a post told without a title beside the person (`_alone_appointment`, `_led_appointment`):
    the person by `rule`; the post when told (its title, the title's span and rule, its modifier and the span the
    modifier is read at, by `rule`); and the rest."""
    facts.slots["person"] = _fact(
        doc, "person", person.name, None, (person.start, person.end), rule, place, entity_id=person.entity_id,
    )  # fmt: skip
    if post is not None:
        title, span, title_rule, modifier, held_at = post
        facts.slots["new_title"] = _fact(doc, "new_title", title, None, span, title_rule, place)
        facts.slots["modifier"] = _fact(doc, "modifier", modifier, None, held_at, rule, place)
    _appointment_rest(doc, tab, facts, slots, entities, spans, leaving, person)


#: Between a departure's word and a post: words that make the post a new one ("stepping down to become",
#: "will leave <Old> for a role", "quit and joined"); without them the post is the one left ("will also
#: leave his role as chairman").
_ONWARD = re.compile(r"\b(?:to|for|become|becomes|becoming|join|joins|joining|take|takes|taking|and|then)\b")


#: A verb of leaving a post: "leave", "quits", "stepping down", "resigned", "gives up".
_LEAVE_VERB = re.compile(
    r"\b(?:leave|leaves|leaving|left|quit|quits|quitting|steps?\s+down|stepped\s+down|stepping\s+down|"
    r"resign(?:s|ed|ing)?|retire(?:s|d)?|retiring|exit(?:s|ed|ing)?|relinquish(?:es|ed|ing)?|"
    r"(?:give|gives|gave|giving)\s+up)\b"
)


#: Right before a post left: "as", "as its", "as the" ("stepping down as chairman", "retiring as its chief executive").
_AS_BEFORE = re.compile(r"\bas\s+(?:(?:its|the|their)\s+)?$")


def _left_title(doc: _Doc, at: int) -> tuple[str, tuple[int, int]] | None:
    """The title the one leaving gives up earlier in the sentence of a post told without a title at `at` ("X is
    stepping down as chairman of A, with Y to head both companies": chair), else None (stop 59)."""
    sent = _sentence_of(doc.body, at) or doc.headline
    if sent is None or not sent[0] <= at < sent[1]:
        return None
    left = [
        m
        for m in tables().title_re.finditer(doc.text, sent[0], at)
        if _AS_BEFORE.search(doc.low, max(sent[0], m.start() - 12), m.start())
        and _post_left(doc, sent[0], m.start())
    ]
    if not left:
        return None
    title, _mods, end = _title_at(doc, left[-1])
    return title, (left[-1].start(), end)


def _post_left(doc: _Doc, s0: int, at: int) -> bool:
    """Is the post at `at` one its holder leaves: a departure word before it in its clause, with no word
    that moves on between them?"""
    cut = _clause_start(doc, s0, at)
    cues = list(_LEAVE_VERB.finditer(doc.low, cut, at))
    return bool(cues) and _ONWARD.search(doc.low, cues[-1].end(), at) is None


def _moves_on(
    doc: _Doc, hits: list[tuple[tuple[int, int], re.Match[str], _Name, str]], leaving: _Name
) -> bool:
    """Is the one leaving a post moving on to the new post the top tells (stop 46)? One form, a
    departure told as a move to another post, read by what the text gives:

    - a new post of theirs whose company is named, and is not the one a title ties them to ("<Old>
      CEO <P>") nor, with no such title, one the sentence of their departure names ("<P> is stepping
      down to become chief executive of <New>", "<New> picked <P> as its chief", "<P> will leave <Old>
      to run <New>"); a post at the same company ("will step down as CEO and become chairman") is no
      move;
    - or their own sentence tells the departure as a move (`_FOR_NEW_POST`: "X will leave A in July for
      a new role") and every new post the top tells is theirs ("X is poised to become the new CEO of
      B"): they leave their former post, no one's they take. `hits`: the posts the top tells
    (`_post_hits` with no one set apart)."""
    told = _sentence_of(doc.body, leaving.start)
    owners = {o.entity_id for o in label_owners(doc, leaving)}
    for sent, m, holder, _rule in hits:
        if not one_person(holder, leaving) or _post_left(doc, sent[0], m.start()):
            continue
        _title, _mods, end = _title_at(doc, m)
        new = (
            title_owner(doc, m.start(), end)
            or joined_owner(doc, m.start())
            or its_owner(doc, m.start(), end)
            or described_owner(doc, m.start(), holder)
        )
        if new is None:
            continue
        old = set(owners)
        if not old and told is not None:
            # the companies the sentence of the departure names (before the new post, when it tells both)
            end = m.start() if told[0] <= m.start() < told[1] else told[1]
            old = {n.entity_id for n in _names_in(doc, told[0], end) if n.type in _ORGS and n.end <= end}
        if old and new.entity_id not in old:
            return True
    onward = _FOR_NEW_POST.search(doc.text, leaving.end, told[1]) if told is not None else None
    return (
        onward is not None
        # "X is stepping down, with his son Y to take over": the move is the next person's (stop 59)
        and not persons_in(doc, leaving.end, onward.start())
        and bool(hits)
        and all(h[2].entity_id == leaving.entity_id for h in hits)
        # "X will step down as CEO later this year to become executive chairman": the post X leaves is no new one,
        # and a move needs one (stop 63)
        and any(not _post_left(doc, h[0][0], h[1].start()) for h in hits)
    )


def _equate_post(doc: _Doc, facts: EventFacts, leaving: _Name | None, person: _Name | None) -> None:
    """A new post read as "chair" or "president" that the article equates with the chief executive's
    (the one leaving it is called CEO; a two-tier board's chair whose supervisory chair is someone else's),
    or that a two-tier board leaves open (post_title.py)."""
    title = facts.slots.get("new_title")
    if title is None:
        return
    value, rule = equated_post(doc, str(title.value), leaving, (title.span.start, title.span.end), person)
    if value is None:
        del facts.slots["new_title"]
    elif rule:
        facts.slots["new_title"] = replace(title, value=value, rule=rule)


def _story_org(doc: _Doc, facts: EventFacts, leaving: _Name | None, person: _Name | None) -> None:
    """The organisation slot: the one whose post changes (post_org: the new post's owner, else the
    owner of the post the one leaving holds, else the company named most unless it only labels the
    appointee), or none."""
    title = facts.slots.get("new_title")
    # only the appointee's own post: a post read from what the one leaving held may be an earlier one
    # ("during his tenure as chairman of the <Unit> brand")
    own = title is not None and title.rule == "appointment.title"
    if title is not None and not own and person is not None and title.rule != "appointment.returning-title":
        sent = _sentence_of(doc.body, person.start) or doc.headline
        own = sent is not None and sent[0] <= title.span.start < sent[1]  # told in the successor's sentence
    span = (title.span.start, title.span.end) if title is not None and own else None
    org, rule = post_org(doc, span, leaving, person, _most_named_org(doc))
    if org is not None:
        facts.slots["organization"] = _fact(
            doc, "organization", _party_value(doc, org), None, (org.start, org.end), rule,
            entity_id=org.entity_id,
        )  # fmt: skip


def _leader_replaced(doc: _Doc, facts: EventFacts, person: _Name) -> None:
    """No one told as leaving a chief executive's post: the one the body says has led the company up to now ("<Org>,
    which has been led for two decades by X") is the one the appointee replaces (stop 49)."""
    title, org = facts.slots.get("new_title"), facts.slots.get("organization")
    if title is None or org is None or org.entity_id is None or _lead_title(str(title.value)) != "ceo":
        return
    led = leader_up_to_now(doc, org.entity_id, same_person_ids(doc, person))
    if led is not None:
        facts.slots["predecessor"] = _fact(
            doc, "predecessor", led.name, None, (led.start, led.end), "appointment.led-up-to-now",
            entity_id=led.entity_id,
        )  # fmt: skip


def _leaving_only(
    doc: _Doc,
    tab: _Tables,
    facts: EventFacts,
    slots: Sequence[str],
    leaving: _Name | None,
    top: list[tuple[int, int]],
) -> None:
    """A departure with no successor named ("X is expected to step down", "X is set to quit"): the one
    leaving, the company (the one the article names most) and how they go; no appointee, no new post (nobody is
    invented); the day the one leaving goes when told right after the cue ("will retire effective <day>", stop 62)
    is the effective date; the day the page tells the news by a weekday is its date (stop 59)."""
    if leaving is None:
        return
    _story_org(doc, facts, leaving, None)
    if "departure" in slots:
        _departure(doc, tab, facts, top)
    if "date" in slots:
        leaving_day(doc, facts, leaving, top)


def _holder_meanwhile(
    doc: _Doc,
    tab: _Tables,
    facts: EventFacts,
    spans: list[tuple[int, int]],
    leaving: _Name | None,
    entities: Sequence[Entity],
    back: _Name | None,
) -> bool:
    """While a post is sought (stop 62), the one the page gives it meanwhile without a title (`_successor_post`: "Y will
    take over on an interim basis"): set into `facts` and True when that reading holds the post interim or acting;
    a permanent successor read so is no one the search has found, and nothing is set."""
    trial = replace(facts, slots=dict(facts.slots), also=dict(facts.also), headline=dict(facts.headline))
    if not _successor_post(doc, tab, trial, spans, leaving, [], entities, back=back, untitled=True):
        return False
    held = trial.slots.get("modifier")
    if held is None or not {"interim", "acting"} & set(str(held.value).split()):
        return False
    facts.slots.update(trial.slots)
    facts.also.update(trial.also)
    facts.headline.update(trial.headline)
    return True


def _labelled(doc: _Doc, person: _Name, titles: set[str]) -> bool:
    """Is the mention `person` labelled with one of `titles` ("<Bank> CFO Y", "chief financial officer, Y")?"""
    label = _label_before(doc, person.start)
    return label is not None and _title_at(doc, label)[0] in titles


def _unnamed_successor(
    doc: _Doc,
    tab: _Tables,
    facts: EventFacts,
    slots: Sequence[str],
    leaving: _Name | None,
    top: list[tuple[int, int]],
) -> None:
    """A post the company will fill with someone not named yet (`predecessor.sought_posts`; stop 62): the one leaving
    (also told by a pronoun's successor, "X stays until his successor arrives", as no appointee can be the pronoun's),
    the company and how they go, as for any departure with no successor; no appointee and no new post. With no one
    named leaving ("is searching for a new CFO"), nothing: the company named most may be another's (an auditor's)."""
    if leaving is None:
        leaving = _predecessor(doc, tab, facts, None, top, unnamed=True)
    _leaving_only(doc, tab, facts, slots, leaving, top)


def _appointment_rest(
    doc: _Doc,
    tab: _Tables,
    facts: EventFacts,
    slots: Sequence[str],
    entities: Sequence[Entity],
    spans: list[tuple[int, int]],
    leaving: _Name | None,
    person: _Name | None = None,
) -> None:
    """The appointment's other slots once the post and its holder are known."""
    if person is None:
        p = facts.slots.get("person")
        person = next((n for n in doc.names if p is not None and n.entity_id == p.entity_id), None)
    if person is None:
        return
    if leaving is not None and one_person(leaving, person):
        # one person moving between two posts (stop 46): the one who leaves the old company is the
        # appointee at the new one, never their own predecessor; the one before them is looked for again
        facts.slots.pop("predecessor", None)
        leaving = None
    if leaving is None:
        leaving = _predecessor(doc, tab, facts, person, spans)
    if leaving is None:
        leaving = _predecessor_beside_appointee(doc, tab, facts, person, spans)
    _equate_post(doc, facts, leaving, person)
    _story_org(doc, facts, leaving, person)
    if leaving is None:
        _leader_replaced(doc, facts, person)
    if doc.headline is not None and facts.slots["person"].place != "headline":
        _headline_post(doc, tab, facts, leaving)
    title = facts.slots.get("new_title")
    new_span = (title.span.start, title.span.end) if title is not None else (-1, -1)
    if title is not None and title.rule == "appointment.returning-title":
        new_span = (-1, -1)  # "former CEO X would return": the post he comes back to is the one he held
    org = facts.slots.get("organization")
    former = _former_title(
        doc, person, new_span, entities, org.entity_id if org is not None else None, described=True
    )
    if former is not None:
        facts.slots["former_title"] = _fact(
            doc, "former_title", former[0], None, former[1], "appointment.former-title"
        )
    if "departure" in slots:
        _departure(doc, tab, facts, spans)
        if "predecessor" not in facts.slots:
            _departing_subject(doc, facts, person)
    if "interim" in slots:
        _interim_holder(doc, tab, facts, person, spans)
    if "date" in slots:
        _effective_date(doc, facts, spans)


def _predecessor_beside_appointee(
    doc: _Doc, tab: _Tables, facts: EventFacts, person: _Name, spans: list[tuple[int, int]]
) -> _Name | None:
    """The one who leaves, told in the appointee's own sentence when that sentence lies below the page's top
    (stop 51): on a page whose top is captions or a comparison ("What do X and Y have in common?"), "Later, Orla
    named Dana Ruiz as chief executive, succeeding Alan Moss" names its predecessor there. Only that sentence, only
    when the top named no one leaving; not one named inside a relative clause on the appointee ("Orla named Dana
    Ruiz, who succeeded Alan Moss at Pellan in 2019, as its chief"): that succession is the appointee's past."""
    own = _sentence_of(doc.body, person.start)
    if own is None or own in spans:
        return None
    leaving = _predecessor(doc, tab, facts, person, [own])
    if leaving is not None and _RELATIVE_ON_APPOINTEE.search(
        doc.low, person.end, max(person.end, leaving.start)
    ):
        facts.slots.pop("predecessor", None)
        return None
    return leaving


#: A relative clause opened on the appointee ("Dana Ruiz, who succeeded", ", whose"; lower case).
_RELATIVE_ON_APPOINTEE = re.compile(r",\s*(?:who|whose)\b")
