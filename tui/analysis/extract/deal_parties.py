"""The parties of a deal: the buyer and the target from the deal verb between them (`_parties`), a name
standing as a descriptor, a unit named or unnamed, the other party of a known one, and a party's
value as a fact.

Read for `facts.event_facts` and the appointment rules; pure functions; every pattern is linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.analysis.extract.auction_sales import AuctionSale, auction_sales, sold_part, sold_parts
from tui.analysis.extract.board_contests import BOARD_CONTEST_RULE, board_contests
from tui.analysis.extract.deal_clauses import (
    anaphor_after,
    clause_start,
    family_name_at,
    goods_object,
    holder_description,
    stock_owner,
    users_act,
)
from tui.analysis.extract.deal_clauses import clause_end as verb_clause_end
from tui.analysis.extract.entities import LISTED_MENTION_RULES, land_of
from tui.analysis.extract.fact_layout import (
    _APPOSITIVE_OF,
    _ORGS,
    MergerClues,
    _addresses,
    _Doc,
    _inside,
    _Name,
    _names_in,
    _orgs_in,
    _party_like,
    _possessor,
    _quoted_at,
    _related,
    top_sentences,
)
from tui.analysis.extract.fact_tables import PARTY_VERB_GROUPS, _Tables, _tables
from tui.analysis.extract.fact_time import _text_year
from tui.analysis.extract.gazetteer import tables as _gazetteer
from tui.analysis.extract.leads import led
from tui.analysis.extract.lexicon import words
from tui.analysis.extract.listing_mergers import listed_shell, listing_merger
from tui.analysis.extract.proposals import approaches, proposals
from tui.analysis.extract.round_lead import listed_at, not_a_lead
from tui.analysis.extract.said_when import WEEKDAYS
from tui.analysis.extract.sale_words import (
    BUSINESS_NOUN,
    CONSORTIUM_NOUN,
    ENDED_DEAL,
    MADE_NOUN,
    MADE_WORD,
    SOLD_TO_RULE,
    TO_BUYER_BEFORE,
    UNIT_NOUN,
)
from tui.analysis.extract.startup_history import founding_raise, raised_to_date
from tui.analysis.extract.status_scope import round_object
from tui.analysis.extract.symmetric_mergers import (
    MERGER_TOP,
    TICKER_AFTER,
    distinct_neighbours,
    merger_between,
    new_company_names,
    one_of_pair,
    rejecter,
    share_issuers,
    symmetric_verb,
    told_as_a_deal,
    told_bigger,
    told_bought_ids,
)
from tui.analysis.extract.team_hires import team_deals
from tui.analysis.model import EntityType

_WORD = re.compile(r"\w+")


def _parties(
    doc: _Doc, tab: _Tables, only: list[tuple[int, int]] | None = None
) -> tuple[_Name | None, _Name | None, str]:
    """(buyer, target, rule): in the first lead, headline or early body sentence with a deal verb next
    to organisations, the earliest verb decides. Active ("Amazon will invest ... in Anthropic"): the
    buyer is the last organisation before the verb, the target the first after it. Passive ("Wiz,
    acquired by Alphabet"): the other way round. Raising ("Anthropic has raised $4 billion from
    Amazon"): the target is the sentence's subject, the buyer the first organisation after the verb.
    The earliest pair stands unless a later pair with none of its parties (another deal) has a
    less-named party that the article names more than the first pair's:
    a lead that first compares the deal with others ("trailing only X's acquisition of Y") does not
    make X and Y the parties."""
    # the lead, the headline, then the first six body sentences: a short first sentence that is no lead
    # ("CITY — X, Inc. is acquiring Y for $Z.", few lower-case words) is still the story's (stop 35)
    spans = only or top_sentences(doc)
    pattern, groups = tab.verbs_re
    # "to form <NewName>", "the merged entity, <NewName>": the company a merger makes is no party (stop 51)
    made = new_company_names(doc)
    partial: tuple[_Name | None, _Name | None, str] | None = None
    found: list[tuple[_Name | None, _Name | None, str]] = []
    # "a judge halted the merger of A and B", "blocked A and B from merging": two parties the page never tells apart
    named_pair: tuple[_Name, _Name] | None = None
    # the partial pair the spans before the first whole pair left (the lead's subject, when a headline pairs)
    before_found: tuple[_Name | None, _Name | None, str] | None = None
    for s0, s1 in spans:
        if not found:
            before_found = partial
        # "in an EV startup", "the chip designer's AI unit": a name that only qualifies a common noun
        # after it (a kind of firm, a market) is a descriptor, never a party (issue 11, stop 27)
        orgs = [
            n for n in _names_in(doc, s0, s1)
            if n.type in _ORGS and _named(doc, n) and not _descriptor_name(doc, n, s0, s1)
            and n.entity_id not in made
            and not _RANK_RIVAL_BEFORE.search(doc.low, max(s0, n.start - _RANK_RIVAL_REACH), n.start)
        ]  # fmt: skip
        if not orgs:
            continue
        addresses = _addresses(doc, s0, s1)
        # "Mubadala Investment Company", "Canada Pension Plan Investment Board": a deal word inside a name is
        # a word of the name (stop 40)
        named_spans = [(n.start, n.end) for n in _names_in(doc, s0, s1)]
        verbs = (
            [
                (m.start(), m.end(), groups[m.lastgroup or ""])
                for m in pattern.finditer(doc.low, s0, s1)
                if not _ROUND_NOUN_AFTER.match(doc.low, m.end())  # "funding round": a noun, no verb
                and not _inside(addresses, m.start())  # "www.investing.com": a web address, no verb
                and not _inside(named_spans, m.start())
                # "the buy now, pay later provider": the name of a trade, no purchase (stop 40)
                and not _BUY_NOW_PAY_LATER.match(doc.low, m.end())
                # "will take over as chief executive", "is taking over from Y": a post or a role, no purchase (stop 49)
                and not (
                    doc.low.endswith("over", m.start(), m.end()) and _TAKE_OVER_A_POST.match(doc.low, m.end())
                )
                # "the state investment fund Y", "investment firm Sequoia": a kind of firm, no deal (stop 40)
                and not _FIRM_AFTER.match(doc.low, m.end())
                # "pledged not to sell", "committed to keep": a promise; a deal verb after "to" may follow
                and not _PROMISE_TO.match(doc.text, m.start(), min(s1, m.end() + 20))
                # "has won $75 million investment" raises; "wins approval", "won the contract" do not
                and not (
                    groups[m.lastgroup or ""] == "raise"
                    and tab.raise_with_object is not None
                    and tab.raise_with_object.fullmatch(doc.low, m.start(), m.end())
                    and not round_object(doc.low, m.end())
                )
                # "..., the report added.", "X added that": a verb of telling with no object, no deal (stop 51)
                and not _ADDED_TELLING.match(doc.low, m.start(), min(s1, m.end() + 8))
                # "the back-catalogue", "an add-on", "a buy-in": the head of a compound noun, no verb (stop 39)
                and not _COMPOUND_AFTER.match(doc.low, m.end())
                # "<Fund> will co-invest alongside <Buyer> to acquire ...": a partner invests beside the one named
                # after it, never in it; the deal's verb follows (stop 60)
                and not _CO_BEFORE.match(doc.low, max(s0, m.start() - 3), m.start())
                # "approved a deal for <B> to acquire a stake in <T>": the name after the noun is the subject of the
                # deal verb that follows, read there (its buyer), never the noun's object (stop 60)
                and not (
                    groups[m.lastgroup or ""] == "noun"
                    and _for_subject_of_verb(doc, pattern, groups, m.end(), s1)
                )
                # "the board backed a deal for <B> to acquire ...": a verb whose object is a deal noun pairs no one; the noun
                # and the verb after it name the parties (stop 60)
                and not (
                    groups[m.lastgroup or ""] in _ACTIVE_OR_BUY
                    and _DEAL_OBJECT_AFTER.match(doc.low, m.end(), s1)
                )
                # "plans to use the funding to", "its backing": an -ing form after a determiner is a noun (stop 40)
                and not (
                    doc.low.endswith("ing", m.start(), m.end())
                    and _DETERMINER_BEFORE.search(doc.low, max(s0, m.start() - 12), m.start())
                )
                # "will be taken private next month": the target's side with no agent, never its subject's purchase of
                # the name after it (stop 60; "taken private by Y" is a passive verb of the lexicon)
                and not (
                    groups[m.lastgroup or ""] == "take_private"
                    and _BE_BEFORE.search(doc.low, max(s0, m.start() - 12), m.start()) is not None
                )
                # "falls into private hands", "changed hands", "in the hands of": the noun, no handing over (stop 49)
                and not (
                    doc.low.startswith("hands", m.start())
                    and m.end() - m.start() == 5
                    and _HANDS_NOUN_BEFORE.search(doc.low, max(s0, m.start() - 30), m.start())
                )
                # "rivals pull back", "cut back", "years back": a particle, no backing
                and not (
                    doc.low.startswith("back", m.start())
                    and m.end() - m.start() == 4
                    and _PARTICLE_BACK.search(doc.low, max(s0, m.start() - 12), m.start())
                )
            ]
            if pattern
            else []
        )
        # a licence-and-hire deal told by its hire, its joining or its cheque (extract/team_hires.py, stop 41)
        teams = {d.start: d for d in team_deals(doc, s0, s1)}
        if teams:
            verbs = sorted(verbs + [(d.start, d.end, "team") for d in teams.values()])
        # "A has agreed to pay B $N": the payer and the one paid (stop 45)
        payees = {start: pair for start, pair in _payer_payee(doc, s0, s1)}
        if payees:
            verbs = sorted(verbs + [(start, start + 3, "payee") for start in payees])
        # "A and B have agreed to terminate their merger", "A and B ... after scrapping a $N deal": both sides end the
        # deal, in the order the sentence names them (stop 62)
        ends = dict(_ended_pair(doc, s0, s1))
        if ends:
            verbs = sorted(verbs + [(start, start + 3, "ended") for start in ends])
        # a takeover told as a proposal turned down, walked away from or received (extract/proposals.py, stop 45):
        # the one that turns it down or receives it is the target, the bidder the buyer
        # a proposal made, told by its bidder ("<B> proposed a merger with <T>", "<B> made an approach to <T>"; stop 57)
        props = {p.start: p for p in proposals(doc, s0, s1) + approaches(doc, s0, s1)}
        if props:
            verbs = sorted(verbs + [(p.start, p.end, "proposal") for p in props.values()])
        # a sale run as an auction (extract/auction_sales.py, stop 50): the winner, or the maker of the bid the auction
        # drew, buys the company whose assets are auctioned
        auctions = {a.start: a for a in auction_sales(doc, s0, s1)}
        # a contest for seats on a company's board (extract/board_contests.py, stop 61): the challenger is the buyer, the
        # company whose board it is the target
        contests = board_contests(doc, s0, s1)
        for c in contests:
            auctions.setdefault(
                c.start, AuctionSale(c.start, c.end, c.challenger, c.company, BOARD_CONTEST_RULE)
            )
        if contests:
            # "<F> won two board seats": the seats won are no money raised ("won" is a raise verb with an object)
            verbs = [v for v in verbs if not any(c.start <= v[0] < c.end for c in contests)]
        if auctions:
            verbs = sorted(verbs + [(a.start, a.end, "auction") for a in auctions.values()])
        # "a proposed merger between X and the Y has been rejected by the Y board": a merger noun between two names
        # (stop 51); the one that turns it down is the target, else the page's clues (merger_order)
        betweens = {b0: (x, y) for b0, x, y in merger_between(doc, s0, s1, (*_ORGS, EntityType.PERSON))}
        if betweens:
            verbs = sorted(verbs + [(b0, b0 + 1, "between") for b0 in betweens])
        # "Alphabet, the parent company of Google, announced ...": the appositive's name is no subject
        orgs = [
            n for k, n in enumerate(orgs)
            if k == 0 or not _APPOSITIVE_OF.search(doc.text, orgs[k - 1].end, n.start) or n.start - orgs[k - 1].end > 45
        ]  # fmt: skip
        span_with: tuple[_Name | None, _Name | None, str] | None = None
        paired = len(found)
        # "The largest holder of A and B has bought ...": where names only describe the subject (stop 54)
        described = holder_description(doc.low, s0)
        # "A Y-led consortium, with A and B, agreed to buy T", "Y leads a consortium that includes A and B": the lead of
        # a consortium is no deal with its members, and a member is neither side of the deal (stop 59)
        members = _consortium_members(doc, s0, s1, [v[0] for v in verbs])
        earlier_objects: list[tuple[int, int]] = []
        for start, end, verb in verbs:
            kind = ACTIVE_KINDS.get(verb, verb)  # a verb of a group read apart is an active verb too
            if _LEAD_VERB.fullmatch(doc.low, start, end) and _LEADS_CONSORTIUM.match(doc.low, end):
                lead = [n for n in orgs if n.end <= start and not _possessor(doc, n)]
                if lead and partial is None:
                    # its deal is told next ("The group will buy")
                    partial = (lead[-1], None, _CONSORTIUM_LEAD)
                continue
            if _earlier_deal(doc, s0, s1, start, end):
                # "bought <X> for $4 billion in 2015 and last July agreed to buy <Y>": the earlier deal's object is no
                # subject of the later verb (stop 63, "deals2")
                told = _OBJECT_PRICE_YEAR_AND.match(doc.text, end, min(s1, end + 90)) or (
                    _OBJECT_THEN_LATER_ACT.match(doc.low, end, min(s1, end + 120))
                    if _PAST_BUY.fullmatch(doc.low, start, end)
                    else None
                )
                if told is not None:
                    earlier_objects.append((end, told.end()))
                continue  # "its largest since its $6 billion acquisition of Y in 2009": an earlier deal
            if kind == "active" and goods_object(doc.low, end, doc.text):
                continue  # "Y will purchase $30 billion of cloud capacity from X": a customer's order, no party (stop 48)
            if kind == "active" and users_act(doc.low, start):
                continue  # "X, an app that lets customers buy shares, ...": what a product lets people do (stop 54)
            if kind == "between":
                x, y = betweens[start]
                no = rejecter(doc, s0, s1, x, y)
                ordered = ((y, x) if no is x else (x, y)) if no is not None else merger_order(doc, x, y)
                if ordered is not None:
                    found.append((*ordered, "party.merger-between"))
                    break
                if named_pair is None and told_as_a_deal(doc, s0, start, x):
                    named_pair = (x, y)  # the page's order, only if nothing else names the parties (stop 52)
                continue
            if kind == "team":
                team = teams[start]
                found.append((team.buyer, team.target, team.rule))
                break
            if kind == "payee":
                payer, payee = payees[start]
                found.append((payer, payee, "party.payer"))
                break
            if kind == "ended":
                found.append((*ends[start], ENDED_PAIR_RULE))
                break
            if kind in ("proposal", "auction"):
                # a proposal's or an auction's pair is the deal's; one with a side unnamed is kept as a partial
                act = props[start] if kind == "proposal" else auctions[start]
                if act.buyer is not None and act.target is not None:
                    found.append((act.buyer, act.target, act.rule))
                    break
                if (
                    kind == "auction"
                    and partial is not None
                    and partial[2] == act.rule
                    and (act.buyer is None) != (partial[0] is None)
                    and (act.target is None) != (partial[1] is None)
                ):
                    # "<T> accepts $13bn takeover bid" over "The conglomerate ..., after accepting a takeover bid from
                    # <B>": a bid accepted told twice, once by its maker and once by its accepter, names both sides
                    # (stop 60)
                    buyer, target = act.buyer or partial[0], act.target or partial[1]
                    if buyer is not None and target is not None and buyer.entity_id != target.entity_id:
                        found.append((buyer, target, act.rule + "+twice"))
                        break
                if (act.buyer is not None or act.target is not None) and (
                    partial is None or partial[2] == "party.noun-buyer"
                ):
                    partial = (act.buyer, act.target, act.rule)  # one with neither side named pairs nothing
                continue
            if kind == "sale":
                # "blocked the sale of Y's games unit to X": Y's, sold to X (stop 44); a sale with no buyer
                # after "to" pairs nothing here
                sale_stop = verb_clause_end(doc.low, end, s1)
                sold = next((n for n in orgs if end <= n.start < sale_stop), None)
                buyer = next(
                    (
                        n for n in orgs
                        if sold is not None and sold.end < n.start < sale_stop
                        and _SOLD_TO.fullmatch(doc.low, sold.end, n.start) is not None
                    ),
                    None,
                )  # fmt: skip
                if sold is not None and buyer is None:
                    # "<Parent> agreed to sell <Co> to the Norwegian state": a state named by a phrase buys (stop 57)
                    buyer = next(
                        (
                            st for m in _STATE_PHRASE.finditer(doc.text, sold.end, sale_stop)
                            if _SOLD_TO.fullmatch(doc.low, sold.end, m.start()) is not None
                            and (st := _state_named(doc, m)) is not None
                        ),
                        None,
                    )  # fmt: skip
                if sold is not None and buyer is not None and buyer.entity_id != sold.entity_id:
                    # "<Parent> agreed to sell <Co> to <Buyer>": the verb's subject is the seller, a side the slots do
                    # not name (stop 57)
                    sold_verb = not doc.low.startswith("sale", start) and "sale of" not in doc.low[start:end]
                    found.append((buyer, sold, SOLD_TO_RULE if sold_verb else "party.sale-to"))
                    break
                continue
            if kind == "passive" and _LENT_AGENT.match(doc.low, end):
                # "Y, backed by loans arranged by A, agreed to buy Z", "funded by debt from A": the passive's agent is
                # money lent for a deal, its lender no backer of anyone and Y bought by no one (stop 61)
                continue
            # a deal noun's possessor is its buyer: "Amazon's $8 billion investment in Anthropic"
            before = [
                n
                for n in orgs
                if n.end <= start
                and (
                    not _possessor(doc, n)
                    or (
                        kind in ("noun", "buyer_noun", "with")
                        and _POSSESSED_NOUN.fullmatch(doc.text, n.end, start)
                    )
                    # "X's private equity unit agreed to buy Y": an arm with no name of its own buys for its owner
                    # (stop 59)
                    or (kind == "active" and _OWN_ARM_SUBJECT.fullmatch(doc.low, n.end, start) is not None)
                )
                and not stock_owner(doc.low, n.start, n.end)  # "Shares of X rose": X owns the stock
                # "X launched a probe into Y's agreement with Z": the prober is no party (stop 41)
                and not _PROBE_OF.search(doc.low, n.end, start)
                # "has lined up $N in loans from A and B to take Y private": a lender buys nothing (stop 60b)
                and not _LENT_BY.search(doc.text, max(s0, n.start - 120), n.start)
                # "The largest holder of A and B has bought ...": names inside a subject that only describes the
                # holder buy nothing (stop 54)
                and n.start not in described
                # "X's merger of Y": only the possessor buys; "the FTC sued to block the merger of A and B" (stop 55)
                and not (kind == "noun" and _MERGER_OF.match(doc.low, start) and not _possessor(doc, n))
                # "first reported by <Outlet>", "according to <Outlet>", "a <Outlet> source said": the teller of the
                # news, never the buyer (stop 63)
                and not _REPORTED_BY_BEFORE.search(doc.low, max(s0, n.start - 45), n.start)
                and not _SOURCE_AFTER.match(doc.low, n.end)
            ]
            before = [
                n
                for n in before
                if n.start not in members and not any(a <= n.start < b for a, b in earlier_objects)
            ]
            before, crossed = _own_clause(doc, s0, start, before)
            # "Germany has nationalised Y", "Berlin will inject ... into Y", "<Founder> will take Y private": a state
            # (a country or its capital) or a person as the verb's own subject (stop 55)
            subject = subject_buyer(doc, s0, start, verb, kind, before)
            if subject is not None:
                before = [*before, subject]
            stop = verb_clause_end(doc.low, end, s1)  # the object stands in the verb's own clause
            # "X will take Y private": the object inside the verb's words (stop 55)
            object_from = start if verb == "take_private" else end
            # the object, or the owner of the round the money goes into ("invests $1bn in Y's Series C",
            # "leads Y's €1.7bn funding round")
            after = [
                n for n in orgs
                if object_from <= n.start < stop and (
                    not _possessor(doc, n)
                    or _ROUND_POSSESSED.match(doc.low, n.end)
                    # "backed by <X>'s investment": the money's owner is the buyer (stop 39)
                    or (kind == "passive" and _MONEY_POSSESSED.match(doc.low, n.end))
                    # "to buy nearly all of X's assets", "X's A, B and C business lines": the company whose assets
                    # are sold is the target (stop 50)
                    or (kind in ("active", "noun") and sold_parts(doc.text, n.end))
                )
                # "..., the Information reported, citing people": the teller of the news is no party (stop 43)
                and not _TELLS_AFTER.match(doc.low, n.end)
                # "X's A, B and C business lines", "its assets, including A and B": a part of what is sold, no target
                and not (kind in ("active", "noun") and sold_part(doc.text, end, n))
            ]  # fmt: skip
            after = [n for n in after if n.start not in members]
            if len(after) >= 3 and _SHORT_FORM.fullmatch(doc.text, after[0].end, after[1].start):
                after = [after[0], *after[2:]]  # "Machine Learning (ML)": the short form in brackets
            if len(after) >= 2 and _DESCRIPTOR_GAP.fullmatch(doc.low, after[0].end, after[1].start):
                # "to buy Machine Learning (ML) and robotics firm Y": the capitalised
                # words open a descriptor of Y, the name after the descriptor noun is the object
                after = after[1:]
            # "a stake in its digital unit", "in Y's technology venture": the object is a unit that
            # this clause does not name; the unit the article names is the target, or none
            unnamed = kind in ("active", "noun") and _unnamed_unit(doc, end, stop, after)
            if unnamed:
                unit = _named_unit(doc)
                after = [unit] if unit is not None else []
                if unit is None and before and partial is None:
                    partial = (before[-1], None, "party.verb-unit")
            # (a clause with no subject of its own and organisations before it: "X has struck a deal
            # with Y that will see the group buying the start-up" -- which one is meant is not told)
            if kind == "active" and not after and not (crossed and before) and anaphor_after(doc.low, end):
                # "... is in talks to acquire the company": an organisation of the sentence named before
                target = _anaphor_target(doc, orgs, before, s0, start)
                if target is not None and before:
                    found.append((before[-1], target, "party.verb-anaphor"))
                    break
                if target is not None and partial is None:
                    partial = (None, target, "party.verb-anaphor")
                    continue
            # "<X> announced <Y> has invested ... for a stake in a newly created subsidiary": a new unit with
            # no name is the teller's (stop 39)
            if (
                kind == "active"
                and before
                and not after
                and NEW_UNIT_OBJECT.search(doc.low, end, min(stop, end + _UNIT_REACH))
            ):
                teller = next(
                    (
                        n for n in orgs
                        if n.end <= before[-1].start and n.entity_id != before[-1].entity_id
                        and _TELLER_OF_BUYER.fullmatch(doc.low, n.end, before[-1].start)
                    ),
                    None,
                )  # fmt: skip
                if teller is not None:
                    found.append((before[-1], teller, "party.verb-new-unit-teller"))
                    break
            if kind == "private" and before:
                # "Y to go private in a $N deal", "Y has agreed to go private in a buyout led by X": the subject is bought,
                # the one named after "by" or "with" buys (stop 55)
                # the agent may stand past a comma of the sentence ("in a buyout led by its founder, <Founder>, and the
                # firm <Firm>"): the first person or organisation after "by" or "with", no clause of its own between
                buyer = next(
                    (
                        n for n in _names_in(doc, end, s1)
                        if n.type in (*_ORGS, EntityType.PERSON) and n.entity_id != before[-1].entity_id
                        and _AGENT_WORD.search(doc.low, end, n.start)
                        and not _AGENT_BREAK.search(doc.low, end, n.start)
                    ),
                    None,
                )  # fmt: skip
                if buyer is not None:
                    found.append((buyer, before[-1], "party.go-private"))
                    break
                if partial is None or partial[2] == "party.noun-buyer":
                    partial = (None, before[-1], "party.go-private")
                continue
            if kind == "passive" and before and after and not _quoted_at(doc, start):
                # "X announced a unit “built on its A, B and C brands” and that it will be backed by ...
                # from Y": a name inside a quotation that closes before the verb is no subject (stop 39)
                outside = [n for n in before if not _quoted_at(doc, n.start)] or before
                found.append((after[0], outside[-1], "party.passive"))
                break
            if kind == "passive" and before and after:
                found.append((after[0], before[-1], "party.passive"))
                break
            if kind == "passive" and after and not before and _TARGET_SIDE.match(doc.low, start, end):
                # "Shares of X rose after a report that the grocer is preparing to sell itself to Y", "... that it
                # could be acquired by Y": the company whose shares move is the one told as bought (stop 46)
                owner = _shares_owner(doc, orgs, start, after[0])
                if owner is not None:
                    found.append((after[0], owner, "party.passive-shares"))
                    break
            if (
                kind == "passive"
                and after
                and not before
                and partial is None
                and _PURCHASE_PASSIVE.fullmatch(doc.low, start, end)
                # "of 300 stores acquired by C", "the outlets set to be bought by C" on a page that tells a merger of two
                # others: the buyer of a remedy (stores sold off to win approval), never the deal's (stop 52)
                and not (
                    named_pair is not None
                    and _ASSETS_BEFORE.search(doc.low, max(s0, start - _ASSETS_REACH), start) is not None
                )
            ):
                # "A tequila company founded by <person> has been bought by X": the buyer; the subject, a
                # description, names no company (the lead's most-named one is the target; stop 40)
                partial = (after[0], None, "party.passive-buyer")
            if (
                kind == "noun"
                and len(after) >= 2
                and after[0].entity_id != after[1].entity_id
                and _BY_AGENT.fullmatch(doc.low, after[0].end, after[1].start)
            ):
                # "the acquisition of Y by London-based distiller X": the noun's object, then its agent
                found.append((after[1], after[0], "party.noun-by"))
                break
            if kind == "active" and before and after and _joint_backers(doc, s0, before[-1], start, end):
                # "A, B to back T", "A and B are investing in T": several backers, none named the lead -- the
                # target only (stop 48)
                found.append((None, after[0], "party.verb-joint-backers"))
                break
            if (
                kind in ("active", "noun")
                and after
                and partial is not None
                and partial[0] is None
                and partial[1] is not None
                and after[0].entity_id != partial[1].entity_id
                and other_holding(doc, s0, start)
            ):
                # "X has bought a 5% stake in Y. The fund, the consortium that bought Z last year, ...", "Earlier this
                # year the fund had invested in Z": a side clause on the buyer's other holdings, never the deal's
                # target (stop 52)
                continue
            if kind in ("active", "noun") and before and after and before[-1].entity_id != after[0].entity_id:
                rule = "party.verb" if kind == "active" else "party.noun"
                # "X has signed a deal to merge with Y": two parties, no buyer told (stop 51; facts.merger_order)
                found.append(
                    (before[-1], after[0], rule + ("-merge" if symmetric_verb(doc.low, start, end) else ""))
                )
                break
            if kind == "with" and before and after and before[-1].entity_id != after[0].entity_id:
                if _target_side_with(doc, before[-1], after[0], stop):
                    # "X reached a deal with Y to go private", "X agreed to be taken private in a deal with Y", "X
                    # is near a deal with buyout firm Y": the subject is the one bought (stop 46)
                    span_with = span_with or (after[0], before[-1], "party.with-target")
                    continue
                merge = symmetric_verb(doc.low, start, end)  # "a tie-up with Y": no buyer told (stop 51)
                span_with = span_with or (before[-1], after[0], "party.with-merge" if merge else "party.with")
                continue
            if kind == "with" and not before and after:
                # "Shares of X fell after the announcement of a deal with Y": the company whose shares move
                # is the one Y strikes its deal with, the target (stop 41)
                owner = _shares_owner(doc, orgs, start, after[0])
                if owner is not None:
                    span_with = span_with or (after[0], owner, "party.with-shares")
                    continue
            subjects = [
                n for n in before if not _OBJECT_BEFORE.search(doc.low, max(s0, n.start - 12), n.start)
            ]
            if (
                partial is None
                and kind == "buyer_noun"
                and subjects
                # "X was valued at $9 billion before the investment": the company valued, the one invested in, never
                # the investor (stop 63)
                and not _VALUED_AFTER.match(doc.low, subjects[-1].end, start)
            ):
                # "X ... its partnership with Y through a multibillion investment": Y is an object, X the buyer
                partial = (subjects[-1], None, "party.noun-buyer")
            if (
                kind == "raise"
                and doc.low.endswith("ed", start, end)
                and _BE_BEFORE.search(doc.low, max(s0, start - 12), start)
            ):
                continue  # "for which commitments have been secured": a passive, no raise by the subject (stop 35)
            if kind == "raise" and _PURCHASE_OBJECT.match(doc.low, end):
                continue  # "X closed its $4.2 billion purchase of Y": a purchase completed, no money raised (stop 47)
            if kind == "raise" and (founding_raise(doc.low, s0, start) or raised_to_date(doc.low, start, s1)):
                continue  # "created X, a chatbot startup, and raised $200 million": its history (stop 41)
            if kind == "raise" and before:
                # "the founder of X is shaking up the industry with his startup, Y, which just secured $A": the
                # name a relative clause of the raise verb opens on is the raiser, not the sentence's first (stop 43)
                raiser = before[-1] if _WHICH_BEFORE.fullmatch(doc.low, before[-1].end, start) else before[0]
                # an organisation named for comparison or among participants is no lead investor
                buyer = next(
                    (
                        n
                        for n in after
                        if n.entity_id != raiser.entity_id and not not_a_lead(doc.low, end, n.start)
                    ),
                    None,
                )
                found.append((buyer, raiser, "party.raise"))
                break
            # a verb's own subject or object beats a bare deal noun's neighbour found earlier (a headline's
            # "<X> stake ... investment" names no buyer by its verb)
            weak = partial is None or partial[2] == "party.noun-buyer"
            if weak and kind == "active" and before and not after:
                partial = (before[-1], None, "party.verb-buyer")
            elif weak and kind == "active" and after and not before:
                partial = (None, after[0], "party.verb-target")
            elif (
                partial is not None
                and partial[2] in ("party.verb-buyer", _CONSORTIUM_LEAD)
                and partial[0] is not None
                and kind == "active"
                and after
                and not before
                and after[0].entity_id != partial[0].entity_id
            ):
                # "X is investing in an EV startup. The carmaker said it would invest $Y into <Z>": the
                # subject of the first deal verb, the object of the next one with no subject named
                partial = (partial[0], after[0], "party.verb-buyer+target")
            elif (
                partial is not None
                and partial[0] is None
                and partial[1] is not None
                and kind == "active"
                and before
                and not after
                and verb == "share_price"
                and before[-1].entity_id != partial[1].entity_id
            ):
                # "X is going private in a $12 billion deal. Y will pay $41 a share": the payer of the price a share
                # buys the company the top named alone (stop 55)
                partial = (before[-1], partial[1], "party.target+payer")
        if span_with is not None and len(found) == paired:
            found.append(span_with)  # "X has struck a deal with Y": no verb of the sentence pairs others
    if found and before_found is not None:
        owned = _owner_family_replaced(doc, found[0], before_found)
        if owned is not None:
            return owned
    if len(found) > 1:
        counts: dict[str, int] = {}
        # a state the lead names as the buyer is a place, named as often as the page names the country (stop 55)
        for n in (*doc.names, *doc.places):
            counts[n.entity_id] = counts.get(n.entity_id, 0) + 1

        def named(pair: tuple[_Name | None, _Name | None, str]) -> int:
            # the less named of its parties: a pair is as central as its more marginal side
            return min(counts.get(n.entity_id, 0) for n in pair[:2] if n is not None)

        first = found[0]
        ids = {n.entity_id for n in first[:2] if n is not None}
        # one company named in full and short ("Zhejiang Leapmotor", "Leapmotor"): a later pair that names it
        # shares a party with the first (stop 43)
        short = {n.entity_id for p in found[1:] for n in p[:2] if n is not None and any(
            f is not None and f.entity_id != n.entity_id and _same_company(f.name, n.name) for f in first[:2]
        )}  # fmt: skip
        ids |= short
        # another deal (no party shared with the first pair) that the article is more about; a pair
        # that names one side only ("X has raised ... in three months": the owner's raise from every
        # investor) never displaces a pair that names both
        whole = first[0] is not None and first[1] is not None
        others = [
            p for p in found[1:]
            if not ids & {n.entity_id for n in p[:2] if n is not None}
            and (not whole or (p[0] is not None and p[1] is not None))
        ]  # fmt: skip
        best = max(others, key=named, default=None)  # max keeps the earliest of equals
        if best is not None and named(best) > named(first):
            return best
        return first
    if not found and named_pair is not None:
        completed = _merger_named(named_pair, partial)
        if completed is not None:
            return completed
    if not found and partial is None and only is None:
        # a licence-and-hire deal told further down, after a story's opening on a person ("... his old
        # employer swooped in. Y wrote X a check for $2.7 billion"): its hire, joining or cheque (stop 41)
        for s0, s1 in doc.body[6:_TEAM_REACH]:
            team_found = team_deals(doc, s0, s1)
            if team_found:
                return team_found[0].buyer, team_found[0].target, team_found[0].rule
        # a portrait or a scene at the top ("In his new palace, X was stewing. ... Y is in talks to invest
        # $A in Z"): the deal told further down names the parties the top does not (stop 43)
        below = doc.body[6:_TEAM_REACH]
        if below:
            buyer, target, rule = _parties(doc, tab, below)
            if buyer is not None or target is not None:
                return buyer, target, rule + "+below"
    return found[0] if found else (partial or (None, None, ""))


def _owner_family_replaced(
    doc: _Doc, pair: tuple[_Name | None, _Name | None, str], lead: tuple[_Name | None, _Name | None, str]
) -> tuple[_Name | None, _Name | None, str] | None:
    """A family paired as the buyer ("<X> family snaps up a stake in Y") when an earlier sentence, the lead, already made
    a company the deal verb's subject ("The investment firm Z has bought 9% of Y's shares"): the company buys, the
    family owns it (stop 54). None when the pair's buyer is no family, or the lead names no company or another
    target."""
    buyer, target, _ = pair
    company = lead[0]
    if buyer is None or company is None or company.entity_id == buyer.entity_id:
        return None
    if not family_name_at(doc.low, buyer.end) or family_name_at(doc.low, company.end):
        return None
    if lead[1] is not None and (target is None or lead[1].entity_id != target.entity_id):
        return None
    return company, target, "party.family-owner"


#: A sentence opened by a time before the story's deal (lower case; stop 52): "earlier this year, ", "last month ",
#: "previously, ", "in 2021, ", "two years ago, ".
_EARLIER_OPENING = re.compile(
    r"\W{0,3}(?:earlier\s+this\s+(?:year|month)|earlier|previously|last\s+(?:year|month|week)|in\s+(?:19|20)\d\d|"
    r"(?:a|one|two|three|four|five|\d{1,2})\s+(?:years?|months?)\s+ago)\b"
)
#: Right before a deal verb, a relative clause on a holder or an adverb of other holdings (lower case; stop 52): "the
#: consortium that ", "which also ", "has already ", "had been used to ", "had previously ".
_HOLDING_ASIDE_BEFORE = re.compile(
    r"(?:\b(?:that|which|who)\s+(?:also\s+|previously\s+|already\s+|once\s+|earlier\s+)?(?:(?:has|had|have)\s+)?|"
    r"\b(?:also|already|previously|earlier|once)\s+(?:(?:has|had|have)\s+)?(?:been\s+used\s+to\s+)?|"
    r"\bhad\s+(?:also\s+|already\s+|previously\s+)?(?:been\s+used\s+to\s+)?)$"
)
#: How far before a deal verb its aside's words are looked for.
_ASIDE_REACH = 40


def other_holding(doc: _Doc, s0: int, verb: int) -> bool:
    """Is the deal verb at `verb` told as one of the buyer's other holdings, a side clause of a stake story whose lead
    already named the target: in a relative clause or after an adverb of other holdings ("the consortium that bought
    Z", "has already put money into Z", "had been used to invest in Z"), or in a sentence opened by an earlier time
    ("Earlier this year, the fund invested in Z")? (stop 52)"""
    return (
        _EARLIER_OPENING.match(doc.low, s0) is not None
        or _HOLDING_ASIDE_BEFORE.search(doc.low, max(s0, verb - _ASIDE_REACH), verb) is not None
    )


def _merger_named(
    pair: tuple[_Name, _Name], partial: tuple[_Name | None, _Name | None, str] | None
) -> tuple[_Name | None, _Name | None, str] | None:
    """The parties of a merger the page names only as a noun between two or as two stopped from merging ("the merger
    of A and B", "the deal between A and B", "blocked A and B from merging") with no clue of who buys whom
    (`merger_order` found none) and no other deal verb naming a pair: the page's order, the way the coverage tables
    read it (stop 52; rule `party.merger-named`). An earlier reading whose buyer (else target) is one of the two keeps
    that side and takes the other of the two as its counterpart, in place of any third company it named; one whose
    buyer (else target) is neither gives way to no pair here (None: it keeps its own reading)."""
    a, b = pair
    if partial is None:
        return a, b, MERGER_NAMED
    buyer, target, rule = partial
    known = buyer or target
    if known is None or known.entity_id not in (a.entity_id, b.entity_id):
        return None
    other = b if known.entity_id == a.entity_id else a
    return (
        (buyer, other, rule + "+merger-named")
        if buyer is not None
        else (other, target, rule + "+merger-named")
    )


#: The rule of a merger's parties read in the page's order (`_merger_named`).
MERGER_NAMED = "party.merger-named"


#: A verb of paying with the one paid right after it (lower case; stop 45): "pay ", "has paid ", "is paying ", then up
#: to three lower-case words of a descriptor ("pay the robotics startup Y $N").
_PAY = re.compile(r"\b(?:pay|pays|paid|paying)\s+(?:(?:the|its|their)\s+)?(?:[a-z][\w-]*\s+){0,3}?")
#: After the one paid: its holders (then still its money: "pay Y shareholders $41 a share"), a hedge, then the money.
_PAYEE_MONEY = re.compile(
    r"(?:['’]s)?\s+(?:(?:shareholders|stockholders|holders|investors|owners)\s+)?(?:(?:about|around|roughly|some|"
    r"nearly|almost|up\s+to|more\s+than|over|an\s+additional|a\s+further|another)\s+)?(?:us\$|usd\s|[$€£¥]|\d)"
)
#: Between the payer and its verb: up to five words that open no clause ("A has agreed to ", "A will ", "A is ").
_PAYER_GAP = re.compile(
    r"(?:\s+(?!(?:which|who|that|and|but|it|they|after|when|since|while)\b)[\w.’'-]+){0,5}?\s+"
)


def _payer_payee(doc: _Doc, s0: int, s1: int) -> list[tuple[int, tuple[_Name, _Name]]]:
    """The payments the sentence [s0, s1) tells with the one paid named before the money ("A has agreed to pay B $N",
    "A is paying the startup B about $N"): the verb's start, and (the payer, the one paid). The payer is the buyer
    or the licensee, the one paid the target or the licensor."""
    out: list[tuple[int, tuple[_Name, _Name]]] = []
    if "pa" not in doc.low[s0:s1]:
        return out
    orgs = _orgs_in(doc, s0, s1)
    for m in _PAY.finditer(doc.low, s0, s1):
        payee = next((n for n in orgs if n.start >= m.start() + 3), None)
        if (
            payee is None
            or payee.start > m.end() + 40
            or not _PAYEE_WORDS.fullmatch(doc.text, m.start(), payee.start)
        ):
            continue
        if not _PAYEE_MONEY.match(doc.low, payee.end):
            continue
        before = [n for n in orgs if n.end <= m.start() and not _possessor(doc, n)]
        if not before or not _PAYER_GAP.fullmatch(doc.low, before[-1].end, m.start()):
            continue
        if before[-1].entity_id != payee.entity_id:
            out.append((m.start(), (before[-1], payee)))
    return out


#: The rule of the two sides that end their deal together (stop 62).
ENDED_PAIR_RULE = "party.ended-pair"
#: A side's legal form right after its name, if any (lower case): " Inc.", " plc", " SE".
_FORM_AFTER = r"(?:\s+(?:inc|corp|plc|ltd|co|llc|ag|sa|nv|se)\b\.?)?"
#: Between the two sides (lower case): a legal form, "and" or "&", then up to three words of a descriptor ("A and
#: Irish rival B", "A Inc. and B").
_PAIR_JOINT = re.compile(_FORM_AFTER + r",?\s+(?:and|&)\s+(?:[\w.’'-]+\s+){0,3}?")
#: Between the second side and the verb that ends the deal (lower case): a legal form, then up to eight words that open
#: no clause of their own ("B on Wednesday ", "B are charting independent futures after ", "B have ").
_PAIR_TO_END = re.compile(
    _FORM_AFTER + r"(?:\s+(?!(?:which|who|that|but|it|they|when|while|whose|said|says)\b)[\w.’'-]+){0,8}?\s+"
)


#: The teller and "it" as the first of two sides (lower case; stop 62): "said it and ", "said that it and its rival ".
_SAID_IT_AND = re.compile(
    r"\b(?:said|says|announced|announces|confirmed|confirms)\s+(?:that\s+)?it\s+and\s+(?:[\w.’'-]+\s+){0,3}?$"
)
#: Between the teller and its verb (lower case): a legal form, a day ("on Wednesday", "late on Monday"), nothing else.
_TELLER_GAP = re.compile(
    _FORM_AFTER + r"(?:,)?(?:\s+(?:late\s+|early\s+)?on\s+[a-z]+day|"
    r"\s+on\s+[a-z]+\.?\s+\d{1,2})?\s+"
)


def _ended_pair(doc: _Doc, s0: int, s1: int) -> list[tuple[int, tuple[_Name, _Name]]]:
    """The deals the sentence [s0, s1) tells ended by two companies named together as its subject ("A and B have agreed
    to terminate their merger", "A and Irish rival B are charting their own courses after scrapping a $N deal"): the
    verb's start, and (the first named, the second named) -- the buyer and the target in the sentence's own order,
    whichever the page names more often (stop 62)."""
    out: list[tuple[int, tuple[_Name, _Name]]] = []
    if not any(w in doc.low[s0:s1] for w in ("termin", "end", "scrap", "call", "abandon", "walk")):
        return out
    orgs = [n for n in _orgs_in(doc, s0, s1) if not _possessor(doc, n)]
    for m in ENDED_DEAL.finditer(doc.low, s0, s1):
        before = [n for n in orgs if n.end <= m.start()]
        if len(before) < 2:
            continue
        a, b = before[-2], before[-1]
        if a.entity_id == b.entity_id or not _PAIR_TO_END.fullmatch(doc.low, b.end, m.start()):
            continue
        if _PAIR_JOINT.fullmatch(doc.low, a.end, b.start):
            out.append((m.start(), (a, b)))
            continue
        # "<A> said it and <B> have agreed to end their merger": the teller's "it" is the first side
        told = _SAID_IT_AND.search(doc.low, max(a.end, b.start - 60), b.start)
        if told is not None and _TELLER_GAP.fullmatch(doc.low, a.end, told.start()):
            out.append((m.start(), (a, b)))
    return out


#: From the verb of paying to the one paid, on the text as written: the verb, then lower-case words only.
_PAYEE_WORDS = re.compile(r"(?:pay|pays|paid|paying)\s+(?:(?:the|its|their)\s+)?(?:[a-z][\w-]*\s+){0,3}")


def _same_company(a: str, b: str) -> bool:
    """Are two names one company named in full and short: one the other's last words ("Zhejiang Leapmotor" and
    "Leapmotor") or its first words ("Leapmotor Technology" and "Leapmotor"), whole words only?"""
    x, y = a.split(), b.split()
    if len(x) == len(y) or not x or not y:
        return False
    long, short = (x, y) if len(x) > len(y) else (y, x)
    return long[-len(short) :] == short or long[: len(short)] == short


#: A purchase as the object of a raise verb (lower case; stop 47): " its $4.2 billion purchase", " the acquisition",
#: " its previously announced merger" -- "X closed its purchase of Y" completes a purchase, no round.
_PURCHASE_OBJECT = re.compile(
    r"\s+(?:(?:its|the|their|his|her|a|an|this|that)\s+)?(?:[\w$€£.,'’-]+\s+){0,4}?"
    r"(?:acquisitions?|purchases?|takeovers?|buyouts?|mergers?|combination|deal\s+to\s+(?:buy|acquire|purchase))\b"
)

#: A verb of backing with money, with what may stand before it (lower case): "to back", "will invest", "are funding".
_BACKING_VERB = re.compile(
    r"(?:to\s+)?(?:back|backs|backed|backing|invest|invests|invested|investing|fund|funds|funded|funding)\b"
)
#: Between two names of a joint subject: a comma, "and", "&" (lower case).
_JOINT_GAP = re.compile(r"\s{0,3},\s{0,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3}|\s{0,3}&\s{0,3}")
#: Between a joint subject and its verb: up to three words of an auxiliary (lower case): " to ", " will ", " are set to ".
_AUX_GAP = re.compile(
    r"\s{1,3}(?:(?:will|would|are|is|have|has|set|to|also|now|jointly|together)\s{1,3}){0,3}"
)
#: What may stand before the first name of a joint subject, from the sentence's start: nothing, quotation marks, a page
#: stamp (lower case).
_SUBJECT_OPENING = re.compile(r"[\s\"“‘']{0,8}(?:date\s{1,3}[\d-]{1,12}\s{1,3})?$")


def _joint_backers(doc: _Doc, s0: int, subject: _Name, start: int, end: int) -> bool:
    """Is the backing verb at [start, end) told of a joint subject that opens the sentence ("Ana Ruiz, Orbitex to back
    Y", "Orbitex and Tarn Capital are investing in Y"): the subject right before the verb, another name (a person or
    an organisation) joined to it before, and nothing before that name but the sentence's opening?"""
    if not _BACKING_VERB.fullmatch(doc.low, start, end) or not _AUX_GAP.fullmatch(
        doc.low, subject.end, start
    ):
        return False
    names = [n for n in _names_in(doc, s0, subject.start) if n.type in (*_ORGS, EntityType.PERSON)]
    if not names or not _JOINT_GAP.fullmatch(doc.low, names[-1].end, subject.start):
        return False
    first = names[-1]
    for prev in reversed(names[:-1]):
        if not _JOINT_GAP.fullmatch(doc.low, prev.end, first.start):
            break
        first = prev
    return _SUBJECT_OPENING.fullmatch(doc.low, s0, first.start) is not None


#: Between a raiser and its raise verb in a relative clause (lower case): ", which just ", ", which has ", " that
#: recently ".
_WHICH_BEFORE = re.compile(
    r",?\s+(?:which|that)\s+(?:(?:just|has|have|had|recently|also|now|today|reportedly)\s+){0,3}"
)
#: A verb of telling right after a name (lower case): " reported", " said on Monday", " added", " wrote", " reports".
_TELLS_AFTER = re.compile(
    r",?\s+(?:(?:first|earlier|also|exclusively|previously)\s+)?(?:reported|reports|said|says|added|adds|wrote|writes|"
    r"told|noted|confirmed)\b"
)
#: The words that make the name right after them the teller of a report (lower case; stop 63): "first reported by ",
#: "as reported by the ", "according to ", "according to a report by " -- an outlet or a source reporting, never the
#: deal's buyer ("a breach, first reported by <Outlet> in 2020, which held up the carrier's purchase of Y"); with an
#: unnamed source of the outlet after the name (`_SOURCE_AFTER`: "a <Outlet> source said") likewise.
_REPORTED_BY_BEFORE = re.compile(
    r"\b(?:(?:reported|revealed|disclosed|broken)\s+by|according\s+to(?:\s+(?:a|an)\s+(?:\w+\s+)?(?:report|story)"
    r"\s+(?:by|from|in))?)\s+(?:the\s+)?$"
)
_SOURCE_AFTER = re.compile(r"\s+(?:source|sources|insider|insiders)\s+(?:said|says|told|added)\b")

#: How many body sentences a licence-and-hire deal is looked for in when the top names no party (stop 41).
_TEAM_REACH = 12
#: Between a deal noun's object and its agent (lower case): " by ", " by london-based distiller " (up to
#: three words of a descriptor; stop 40).
#: A merger noun with "of" where a deal noun starts (lower case): its buyer is told only by a possessive (stop 55).
_MERGER_OF = re.compile(r"merger\s+of\b")
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?(?:[\w.'’&-]+\s+){0,3}")
#: Before a passive purchase, its subject a set of the parties' assets, not a company (lower case; stop 52): "300
#: stores ", "the outlets set to be ", "branches that would have been ", "of 334 grocery stores ".
_ASSETS_BEFORE = re.compile(
    r"\b(?:stores|shops|outlets|branches|locations|sites|supermarkets|pharmacies|restaurants|stations|depots|hotels|"
    r"hospitals|clinics)"
    r"(?:\s+(?:that|which|would|will|could|should|may|had|have|has|were|was|are|is|set|due|to|be|been|being|later|"
    r"since|then|eventually|previously|already|also|not)){0,5}\s+$"
)
#: How far before a passive purchase its assets' noun is looked for.
_ASSETS_REACH = 70
#: A passive verb of a purchase (lower case): "bought by", "acquired by", "purchased by" -- its agent is the
#: buyer even when the subject is a description of the target ("a tequila company founded by ..."). Not
#: "led by", "backed by": a round's lead or backer may be another round's. Also a purchase noun with its agent
#: ("the takeover deal by X", "the purchase by X" in a clause with no subject of its own; stop 49).
_PURCHASE_PASSIVE = re.compile(
    r"(?:(?:be|been|being)\s+)?(?:acquired|bought|purchased|snapped\s+up|taken\s+over|taken\s+private)"
    r"(?:\s+[\w$€£%.'’-]+){0,4}?\s+by|(?:buyout|takeover|acquisition|purchase)(?:\s+(?:deal|agreement))?\s+by"
)
#: A firm's noun right after a deal word (lower case): " fund", " firm", " group", " bank": the word names a kind
#: of firm ("investment fund", "buyout firm"), no deal.
_FIRM_AFTER = re.compile(
    r"\s+(?:funds?|firms?|group|groups|compan(?:y|ies)|banks?|bankers?|arms?|vehicles?|house|managers?|"
    r"trusts?|board|office|advis[eo]rs?|platforms?|manager)\b"
)
#: After "buy" in the name of a trade (lower case): " now, pay later", "now pay later", "-now-pay-later".
_BUY_NOW_PAY_LATER = re.compile(r"[\s-]+now,?[\s-]+pay[\s-]+later\b")
#: After "take over" (lower case): " as", " from", " the helm", " the role", " responsibility": the verb tells a post
#: or a role taken on, never a company bought (read after a verb ending "over" only).
_TAKE_OVER_A_POST = re.compile(r"\s+(?:as|from|the\s+(?:helm|role|reins|job|post)|responsibility|duties)\b")
#: A determiner right before a word (lower case): "the funding", "its backing", "new funding".
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:the|its|their|his|her|this|that|new|fresh|more|further)\s+$")
#: A passive's auxiliary right before a participle: "have been secured", "was landed".
_BE_BEFORE = re.compile(r"\b(?:been|be|being|is|are|was|were)\s+$")
#: A deal told from the target's side (lower case; stop 46): a purchase participle after a form of "be" ("to be
#: acquired", "is being bought"), the target selling itself ("sell itself to"), or a purchase word with its agent
#: ("acquired by", "the X buyout by Y").
_TARGET_SIDE = re.compile(
    r"(?:be|been|being|is|are|was|were)\s+(?:acquired|bought|purchased|taken|sold)\b|"
    r"(?:sell|sells|selling|sold)\s+(?:itself|themselves)\b|"
    r"(?:acquired|bought|purchased|snapped\s+up|taken\s+over|taken\s+private|buyout|takeover|acquisition|purchase)"
    r"\s+by\b"
)
#: In the clause of a two-sided deal word ("a deal with Y"), the subject told as the one bought (lower case; stop 46):
#: it goes private, is to be bought or taken private, or sells itself. "to take it private" is the buyer's act: not
#: here.
_TARGET_CLAUSE = re.compile(
    r"\b(?:go|goes|going|went|gone)\s+private\b|\btaken\s+private\b|"
    r"\b(?:be|been|being)\s+(?:acquired|bought|purchased|taken\s+over|sold)\b|"
    r"\b(?:sell|sells|selling|sold)\s+(?:itself|themselves)\b"
)
#: A firm whose trade is buying companies, right before its name (lower case; stop 46): "private-equity firm ",
#: "buyout group ", "the private equity giant ".
_BUYER_KIND = re.compile(
    r"\b(?:private[- ]equity|buyout|takeover)\s+(?:firm|group|fund|house|giant|investor|company|owner|shop|"
    r"specialist|manager)\s+$"
)


def _shares_owner(doc: _Doc, orgs: list[_Name], start: int, other: _Name) -> _Name | None:
    """The last company before `start`, other than `other`, named as the owner of shares that move
    ("Shares of X rose ..."): the one a deal told with no subject is about (stop 41, stop 46)."""
    return next(
        (
            n for n in reversed(orgs)
            if n.end <= start and n.entity_id != other.entity_id and stock_owner(doc.low, n.start, n.end)
        ),
        None,
    )  # fmt: skip


def _target_side_with(doc: _Doc, subject: _Name, partner: _Name, stop: int) -> bool:
    """Is the subject of "<subject> ... a deal with <partner>" the one bought: the clause tells it going private,
    to be bought or selling itself, or the partner alone is named as a buyout firm?"""
    if _TARGET_CLAUSE.search(doc.low, subject.end, max(subject.end, stop)):
        return True
    return bool(
        _BUYER_KIND.search(doc.low, max(0, partner.start - 40), partner.start)
        and not _BUYER_KIND.search(doc.low, max(0, subject.start - 40), subject.start)
    )


def _earlier_deal(doc: _Doc, s0: int, s1: int, start: int, end: int) -> bool:
    """Is the deal word at start..end an earlier deal the article measures this one against: "since"
    opens its noun phrase ("the largest since its $6 billion acquisition of Y"), or a year before the
    article's follows its object ("the acquisition of Y in 2009", "bought Y in 2009")?"""
    if _SINCE_NOUN.search(doc.low, max(s0, start - 50), start):
        return True
    if _SINCE_CLAUSE.search(doc.low, max(s0, start - 100), start):
        return True  # "the largest buyout since X bought Y": the earlier deal the page measures its own against (stop 55)
    if _COMES_AFTER_RIGHT.match(doc.low, end):
        return True  # "The purchase came just days after X agreed to buy Y": the page's deal, its subject (stop 52)
    came = max((m.end() for m in _COMES_AFTER.finditer(doc.low, max(s0, start - 100), start)), default=None)
    if came is not None and _CLAUSE_MARK.search(doc.low, came, start) is None:
        return True  # "The deal comes weeks after rival X made an offer for Y": the deal it is measured against (stop 52)
    year = _text_year(doc)
    if year is None:
        return False
    # "the $45.6 billion value secured in a 2021 cash injection led by Y": the year opens the deal's noun
    # phrase before its verb (stop 40)
    before = _YEAR_NOUN_BEFORE.search(doc.low, max(s0, start - 60), start)
    if before is not None and int(before.group(1)) < year:
        return True
    # "A year earlier, Corvo was valued at $12 billion after a round led by Y", "... led by Y last year": a
    # sentence opened by a past time, or a past time right after the verb's agent
    for past in (_PAST_OPENING.match(doc.low, s0), _AGENT_PAST_AFTER.match(doc.low, end, min(s1, end + 60))):
        if past is not None and (past.group(1) is None or int(past.group(1)) < year):
            return True
    if _PAST_BUY.fullmatch(doc.low, start, end) and _OBJECT_THEN_LATER_ACT.match(
        doc.low, end, min(s1, end + 120)
    ):
        return True  # "<A> acquired <X> and last July agreed to buy <Y>": the act dated after it is the later one
    m = _OBJECT_YEAR.match(doc.text, end, min(s1, end + 60)) or _OBJECT_PRICE_YEAR_AND.match(
        doc.text, end, min(s1, end + 90)
    )
    return m is not None and int(m.group(1)) < year


#: Right after a company's name, the words that value it (lower case; stop 63): " was valued at", " is now worth".
_VALUED_AFTER = re.compile(
    r"\s+(?:(?:is|was|has\s+been|had\s+been)\s+)(?:(?:now|then|already)\s+)?(?:valued|worth)\b"
)
#: The page's deal told as coming after another (lower case; stop 52): "comes weeks after", "came just days after",
#: "follows shortly after", "comes after"; the deal word after it in the same clause is that other deal's.
_COMES_AFTER_WORDS = (
    r"\b(?:comes?|came|coming|follows?|followed|following|arrives?|arrived)\s+(?:(?:just|only|barely)\s+)?"
    r"(?:(?:shortly|soon|(?:(?:a\s+few|a|one|two|three|four|five|six|several|\d{1,2})\s+)?(?:days?|weeks?|months?))\s+)?"
    r"after\b"
)
_COMES_AFTER = re.compile(_COMES_AFTER_WORDS)
#: The same words right after a deal noun, its subject ("The purchase came just days after X agreed to buy Y"): the
#: names after them are the other deal's, no object of that noun.
_COMES_AFTER_RIGHT = re.compile(r"\s+" + _COMES_AFTER_WORDS)
#: A mark that ends a clause between such words and the deal word: "Two weeks after the talks began, X agreed to buy".
_CLAUSE_MARK = re.compile(r"[,;:–—]|\.\s")


#: "since" opening the noun phrase of a deal noun, up to four words before it: "since its $6 billion ".
_SINCE_NOUN = led(r"\bsince\s+(?:its|their|the|his|her|a|an)\s+(?:[^\s,;:()]+\s+){0,4}$")
#: A clause of its own after a superlative and "since", its subject right before a deal verb (lower case; stop 55): "the
#: largest since x ", "its biggest buyout since rival x ". The superlatives are the lexicon's (figure_roles
#: `since_superlatives`), the list the past figures' cues are built from too.
_SINCE_CLAUSE = re.compile(
    r"\b(?:"
    + "|".join(map(re.escape, words("figure_roles", "since_superlatives")))
    + r")\b[^.;:]{0,40}?\bsince\s+(?:[^\s,;:()]+\s+){1,5}$"
)
#: A year opening the noun phrase right before a deal word (lower case): "in a 2021 cash injection ", "its
#: 2019 round was " (up to four words after the year).
_YEAR_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|its|the|their)\s+((?:19|20)\d\d)\s+(?:[a-z$€£][\w$€£.,-]*\s+){0,4}$"
)
#: A sentence opened by a past time (lower case): "just a year ago, ", "last year, ", "in 2021, ".
_PAST_OPENING = re.compile(
    r"\W{0,3}(?:just\s+|only\s+)?(?:a\s+year\s+ago|last\s+year|(?:two|three|four|five|\d+)\s+years\s+ago|"
    r"in\s+((?:19|20)\d\d))\s*,"
)
#: A past time right after a deal verb's agent (lower case): " japan's softbank last year", " y in 2021"; a span of
#: years or decades without a number too (stop 52): " y a decade ago", " y years ago", " y several decades ago".
_AGENT_PAST_AFTER = re.compile(
    r"\s+(?:[\w.'’&-]+\s+){1,4}?(?:last\s+year|(?:(?:a|two|three|four|five|several|many|some|\d+)\s+)?"
    r"(?:years?|decades?)\s+ago|in\s+((?:19|20)\d\d))\b"
)
#: A deal noun's object and the year right after it: " Dalvik Labs in 2009".
_OBJECT_YEAR = re.compile(r"\s+(?:[A-Z][\w&.’'-]*\s+){1,4}in\s+((?:19|20)\d\d)\b")
#: A verb of buying in the past (lower case): "acquired", "bought", "purchased", "took over".
_PAST_BUY = re.compile(r"(?:acquired|bought|purchased|took\s+over)")
#: After a past purchase, its object, then the sentence going on to a deal act told with a later time of its own
#: (lower case; stop 63, "deals2"): " onetime rival x and last july agreed to buy ", " x, and in march struck a deal":
#: the purchase before it is an earlier one.
_OBJECT_THEN_LATER_ACT = re.compile(
    r"\s+[^,;.]{1,60}?,?\s+and\s+(?:(?:then|later)\s+)?(?:last|this|in|earlier\s+this|late\s+last|early\s+this)\s+"
    r"(?:year|month|week|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|(?:19|20)\d\d)\s+(?:it\s+)?(?:agreed|struck|signed|reached|announced|"
    r"offered|made)\b"
)
#: The same told with its price between, then the sentence going on to another act (stop 63, "deals2"): " Corbel
#: Networks for $4 billion in 2029 and last July agreed to buy ...": the earlier purchase, the later one the page's.
_OBJECT_PRICE_YEAR_AND = re.compile(
    r"\s+(?:[A-Z][\w&.’'-]*\s+){1,4}for\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?"
    r"(?:US)?[$€£][\d.,]+(?:\s*(?:billion|million|bn|mn|m|b)\b)?\s+in\s+((?:19|20)\d\d)\s*,?\s+and\s"
)


#: Between a name and its short form in brackets: "Machine Learning (".
_SHORT_FORM = re.compile(r"\s*\(")
#: Between a capitalised field name and the company it describes: " (ml) and robotics firm ",
#: " and cloud software maker " (lower case; no clause break; ends on a company noun).
_DESCRIPTOR_GAP = re.compile(
    r"(?:\s*\([\w&.-]{1,12}\))?\s+(?:(?:and|&)\s+)?(?:[a-z][\w-]*\s+){0,4}?"
    r"(?:firm|company|startup|start-up|[a-z]*maker|provider|developer|specialist|group|business|"
    r"giant|vendor|platform|operator|supplier|manufacturer|producer|designer|lab)\s+"
)
#: After a name that qualifies the common noun next to it: "an EV startup", "the (EV) maker", "a Chinese
#: AI chip designer", "the EV market" -- a kind of firm (group 1) or a market, a segment or a brand
#: (group 2), lower case, at most one word between (case-sensitive: "Larch Motors" is a name). (stop 50: "firm",
#: "company", and a name that opens with digits after: "DNA testing firm 42Loop")
_QUALIFIES_NOUN = re.compile(
    r"\)?(?:\s+|-)(?:[a-z][a-z-]*\s+)?(?:(startup|start-up|[a-z]*maker|provider|developer|specialist|manufacturer|"
    r"producer|designer|supplier|vendor|operator|lab|owner|firm|company)|(market|sector|segment|industry|sales|space|"
    r"brand))s?(?![\w-])(\s+[A-Z\d])?"
)
#: After a name that qualifies a person's calling, then the person's name: "Hollywood actor George Clooney",
#: "Silicon Valley investor Ann Lee", "Bollywood star R. Kapoor" -- a place or a trade told of the person
#: (stop 40), never a party of the deal (case-sensitive: the person's name is capitalised).
_QUALIFIES_PERSON = re.compile(
    r"\s+(?:[a-z][a-z-]*\s+)?(?:actor|actress|star|singer|rapper|musician|comedian|filmmaker|director|"
    r"producer|mogul|tycoon|billionaire|entrepreneur|investor|veteran|legend|icon|banker|model|designer|"
    r"athlete|player|writer|author|personality|celebrity|chef)s?\s+(?:[A-Z][\w.'’-]*\s+)*?[A-Z][\w'’-]+"
)
#: An article (and at most one word) before a name that qualifies a kind of firm: "an EV startup", "the
#: EV maker said", "the Chinese AI lab" -- a descriptor, told of the party named elsewhere.
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:an?|the|An?|The)\s+(?:[\w-]+\s+)?$")
#: A relative clause's own verb before a name: "the carmaker who makes <A> and <B> brands said", "<X>,
#: which owns <A>, said", "<X>, whose shops carry <A>, will buy": the name is the relative's object, never
#: the main verb's subject.
_RELATIVE_OPENS = (
    r"(?<![\w-])(?:who|which|whose\s{1,3}[a-z][\w-]{0,30})\s{1,3}(?:also\s{1,3})?[a-z][\w-]{0,30}"
)
_RELATIVE_VERB = led(_RELATIVE_OPENS + r"[^,;:()!?]{0,80}$")
#: The same clause holding a list of names ("<X>, whose shops carry <A>, <B> and <C>, will buy"): a comma is
#: read inside it only before a capitalised word, or right before the name (`_relative_object` asks whether the
#: name stands in a list): "<X>, which makes chips, agreed to buy <A>, <B>" is no such clause.
_RELATIVE_LIST = led(_RELATIVE_OPENS + r"(?:[^,;:()!?]|,\s(?=[A-Z])){0,80}(?:,\s)?$")
#: A name standing in a list: a capitalised item and its separator right before it ("<A>, ", "<A> and "), or a
#: separator and a capitalised item right after it (", <B>", " and <B>").
_LIST_ITEM_BEFORE = re.compile(r"[A-Z][\w&'’.-]{0,40}(?:,|,?\s{1,3}(?:and|&))\s{1,3}$")
_LIST_ITEM_AFTER = re.compile(r"(?:,|,?\s{1,3}(?:and|&))\s{1,3}[A-Z]")


#: A relative clause telling its antecedent's sale still to come, right before its agent (lower case; stop 63): ",
#: which is being sold to ", ", which will be acquired for $2bn by ", " that agreed to be bought by ".
_RELATIVE_SALE_AGENT = re.compile(
    r"(?<![\w-])(?:which|that)\s[^,;:()!?]{0,40}?(?<![\w-])(?:being|be)\s+(?:sold|acquired|bought|purchased|"
    r"taken\s+over)(?:\s[^,;:()!?]{0,40}?)?\s+(?:to|by)\s+$"
)


def _relative_object(doc: _Doc, n: _Name, s0: int) -> bool:
    """Does the name stand inside a relative clause after the relative's own verb ("the carmaker who makes
    <A> said", "<X>, whose brands include <A>, <B> and <C>, will buy <Y>": <A>, <B> and <C> are the clause's
    objects, never the main verb's subject)? A list's commas are read only around an item of a list."""
    lo = max(s0, n.start - 80)
    if _RELATIVE_VERB.search(doc.text, lo, n.start) is not None:
        # "<B>, which is being sold to <A> for $N", "<B>, which agreed to be bought by <A>": the agent of a sale still
        # to come that the clause tells of its antecedent is the deal's buyer, no mere object (stop 63, "deals2"); a
        # sale in the past ("which was bought by <A> in 2015") stays an earlier deal's
        return _RELATIVE_SALE_AGENT.search(doc.low, lo, n.start) is None
    in_list = (
        _LIST_ITEM_BEFORE.search(doc.text, max(s0, n.start - 40), n.start) is not None
        or _LIST_ITEM_AFTER.match(doc.text, n.end, n.end + 40) is not None
    )
    return in_list and _RELATIVE_LIST.search(doc.text, lo, n.start) is not None


def _descriptor_name(doc: _Doc, n: _Name, s0: int, s1: int) -> bool:
    """A name that is no party of the deal but a word of a descriptor (issue 11, stop 27): it qualifies a
    market, segment or brand ("the EV market", "Dodge brands"), or a kind of firm after an article ("an
    EV startup", "the EV maker said"; "Musk's xAI startup" is xAI), bracketed ("the electric vehicle (EV) maker") or followed by the firm's
    own name ("Chinese EV startup Leapmotor"); or it stands inside a relative clause after the
    relative's own verb ("the carmaker who makes Jeep ... said it would invest")."""
    m = _QUALIFIES_NOUN.match(doc.text, n.end, min(s1, n.end + 40))
    if m is not None:
        if m.group(2) or m.group(3) or doc.text.startswith(")", n.end):
            return True
        if _ARTICLE_BEFORE.search(doc.text, max(s0, n.start - 30), n.start):
            return True
    if _relative_object(doc, n, s0):
        return True
    if n.type != EntityType.PERSON and _QUALIFIES_PERSON.match(doc.text, n.end, min(s1, n.end + 60)):
        return True
    return _made_by_party(n)


#: The rule of a consortium's lead told before its deal ("Y leads a consortium ... The group will buy T"; stop 59).
_CONSORTIUM_LEAD = "party.consortium-lead"
#: A verb of leading (lower case): "lead", "leads", "led", "leading".
_LEAD_VERB = re.compile(r"(?:lead|leads|led|leading)")
#: Right after a verb of leading, a consortium as its object (lower case): " consortium", " a consortium", " an investor
#: group", " the buyout group" (the "-led consortium" of "a Y-led consortium" too); "leads a group of investors in Y's
#: round" leads a round, no consortium.
_LEADS_CONSORTIUM = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?" + CONSORTIUM_NOUN + r"\b(?!\s+of\b)"
)
#: After a consortium's noun, the words that open its members (lower case): ", with ", " that includes ", " including ",
#: " (with ", " comprising ", " made up of ".
_MEMBERS_OPEN = re.compile(
    r"\b"
    + CONSORTIUM_NOUN
    + r"(?:\s+of\s+investors)?,?\s+\(?(?:(?:that|which)\s+(?:also\s+)?includes?|including|"
    r"with|comprising|made\s+up\s+of)\s+"
)


#: Right before a consortium's noun, the words that tell its lead (lower case): "-led ", "leads a ", "leading an investor ".
_LEAD_BEFORE = re.compile(r"(?:-led\s+|\blead(?:s|ing)?\s+(?:a|an|the)\s+)(?:[\w-]+\s+){0,2}?$")
#: A consortium led by its lead, up to the lead's name (lower case): "consortium led by ", "group led by the ".
_LED_BY = re.compile(r"\b" + CONSORTIUM_NOUN + r"\s+led\s+by\s+(?:the\s+)?")
#: Right after the lead's name of "a consortium led by Y", the words that open the other members (lower case): " and
#: including ", ", with ", " and comprising ".
_MEMBERS_AFTER_LEAD = re.compile(
    r",?\s+(?:and\s+)?\(?(?:(?:that|which)\s+(?:also\s+)?includes?|including|with|comprising|alongside)\s+"
)
#: Between two members of a consortium (lower case), an aside left out: a comma or "and", then up to four words of a
#: descriptor (", ", " and ", ", and singaporean sovereign wealth fund ", " and the ").
_MEMBER_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:[\w’'-]+\s+){0,4}?")
#: Before a consortium's first member (lower case): up to four words of a descriptor ("the ", "pension fund ").
_FIRST_MEMBER_GAP = re.compile(r"(?:the\s+)?(?:[\w’'-]+\s+){0,4}?")
#: An aside between two members (lower case): a bracket ("(abc)") or words between dashes ("– a long-time investor in
#: y funds –").
_MEMBER_ASIDE = re.compile(r"\s*(?:\([^()]{0,40}\)|[–—]\s[^–—]{0,80}\s[–—])")


def _consortium_members(doc: _Doc, s0: int, s1: int, verb_starts: list[int]) -> set[int]:
    """The starts of the mentions a sentence names as a consortium's members ("a Y-led consortium, with A and B,
    agreed to buy T", "Y leads a consortium that includes A (AB) – an investor in Y funds – and C"): the names after
    the words that open the members, each joined to the one before by a comma or "and" (an aside in brackets or dashes
    left out) with no deal verb between; a name the sentence names before the consortium (its lead) is none (stop
    59)."""
    opens = [
        (m.start(), m.end())
        for m in _MEMBERS_OPEN.finditer(doc.low, s0, s1)
        # a consortium with its lead named: "the group that includes Y" with no lead names its buyers, no members
        if _LEAD_BEFORE.search(doc.low, max(s0, m.start() - 40), m.start()) is not None
    ]
    for m in _LED_BY.finditer(doc.low, s0, s1):
        # "a consortium led by Y and including A and B": the members open after the lead's name
        lead = next((n for n in _names_in(doc, m.end(), s1) if n.type in _ORGS), None)
        after_lead = _MEMBERS_AFTER_LEAD.match(doc.low, lead.end) if lead is not None else None
        if lead is not None and lead.start == m.end() and after_lead is not None:
            opens.append((lead.end, after_lead.end()))
    out: set[int] = set()
    for o0, o1 in opens:
        named_before = {n.entity_id for n in _names_in(doc, s0, o0)}
        prev = o1
        joined: set[str] = set()
        for n in _names_in(doc, o1, s1):
            if n.type not in _ORGS or n.entity_id in named_before or n.entity_id in joined:
                continue  # (a member's short form, "(AB)", is an aside)
            asides = [(a.start(), a.end()) for a in _MEMBER_ASIDE.finditer(doc.low, prev, n.start)]
            gap = _MEMBER_ASIDE.sub("", doc.low[prev : n.start])
            told = (_FIRST_MEMBER_GAP if prev == o1 else _MEMBER_JOINT).fullmatch(gap)
            verb_between = any(
                prev <= v < n.start and not any(a <= v < b for a, b in asides) for v in verb_starts
            )
            if told is None or verb_between:
                break
            out.add(n.start)
            joined.add(n.entity_id)
            prev = n.end
    return out


def _made_by_party(n: _Name) -> bool:
    """A name in a list of what a party makes or owns (stop 35; one rule since stop 36): the entity
    finder marks each such mention (entities.listed_goods: "A, B and C maker Y", "Y, whose brands
    include A, B and C, said", "Y, makers of A, B and C, will", "the parent company of several brands,
    including A, B and C"), and a name it typed a brand or a product is no party at all. A list names
    its brands, never the party."""
    return n.rule in LISTED_MENTION_RULES


#: A company's unit as a noun phrase: "its digital unit", "Y's technology venture", "the group's
#: telecom and digital arm" (the owner's possessive, up to three words, the unit noun).
_UNIT_OBJECT = led(r"(?:\b(?:its|their|his|her)|['’]s?)\s+(?:[\w&-]+\s+){0,3}?" + UNIT_NOUN + r"\b(?!-)")
#: A new unit with no name as the deal's object: "in a newly created subsidiary", "in a new electric-vehicle
#: unit", "a newly formed catalogue venture", "a newly hived off P&L business", "a newly separated freight unit" (lower
#: case; group "kind": the words before the noun, unit_sales' label of a unit with no owner before it; stop 59).
NEW_UNIT_OBJECT = re.compile(
    r"\b(?:a|an)\s+(?:newly[- ](?:created|formed|established|set[- ]up|separated|split|(?:hived|spun|carved)"
    r"(?:[- ](?:off|out))?)|new)\s+(?P<kind>(?:[\w&-]+\s+){0,2}?)(?:"
    + UNIT_NOUN
    + "|"
    + BUSINESS_NOUN
    + r")\b(?!-)"
)
#: How far after the deal verb the unit phrase may end to be its object ("to buy a $4 billion stake in
#: <owner>'s technology venture").
_UNIT_REACH = 100
#: A unit named by apposition: "digital unit Y", "digital subsidiary, Y", "freight operations, Y" (before the name, on its
#: line: a headline's last word is no apposition; the one reading of a unit's name, unit_sales' too) ...
_UNIT_BEFORE_NAME = re.compile(r"\b(?:" + UNIT_NOUN + "|" + BUSINESS_NOUN + r"),?[ \t]+(?:the[ \t]+)?$")
#: ... or "Y, the digital arm of", "Y, a subsidiary of" (after it).
_UNIT_AFTER_NAME = re.compile(r",\s+(?:the|a|an|its)\s+(?:[\w&-]+\s+){0,3}?" + UNIT_NOUN + r"\s+of\b")
#: How far after a unit's noun its name may start (a comma, blanks, "the").
_UNIT_NAME_REACH = 8


def _unnamed_unit(doc: _Doc, end: int, stop: int, after: list[_Name]) -> bool:
    """Is the deal verb's object (ending at `end`) a unit of a company that the clause leaves unnamed
    ("will buy a stake in its digital unit for $X", "a stake in Y's technology venture, people said")?
    Not when the unit's name follows it ("Y's digital unit Z", "Y's digital unit, Z,")."""
    hi = min(stop, end + _UNIT_REACH)
    m = _UNIT_OBJECT.search(doc.low, end, hi)
    if m is None or any(c in doc.low[end : m.start()] for c in ";:") or ", " in doc.low[end : m.start()]:
        return False
    if any(n.start < m.start() for n in after if not _possessor(doc, n)):
        return False  # an organisation is named before the unit phrase: the object is that one
    return not unit_named_after(doc, m.end(), after)


def _named_unit(doc: _Doc) -> _Name | None:
    """The one organisation the article names as a unit ("digital unit Y", "Y, the digital arm of
    X"); None when it names none or several (no guess)."""
    found: dict[str, _Name] = {}
    for n in doc.names:
        if n.type not in _ORGS or n.entity_id in found:
            continue
        if named_as_unit(doc, n):
            found[n.entity_id] = n
    return next(iter(found.values())) if len(found) == 1 else None


def unit_named_after(doc: _Doc, end: int, names: list[_Name]) -> bool:
    """Does an organisation of `names` named as a unit (`named_as_unit`) follow the unit's noun ending at `end`
    ("its digital unit Y", "'s smelting operations, Y Ltd,")? Then the unit has a name of its own: deal_parties'
    unnamed unit and unit_sales' carve-out are none."""
    return any(end <= n.start <= end + _UNIT_NAME_REACH and named_as_unit(doc, n) for n in names)


def named_as_unit(doc: _Doc, n: _Name) -> bool:
    """Is the mention `n` named as a company's unit, by apposition ("digital unit Y", "its investment arm Y",
    "the group's software unit, Y") or after it ("Y, the digital arm of X")?"""
    return bool(
        _UNIT_BEFORE_NAME.search(doc.low, max(0, n.start - 30), n.start)
        or _UNIT_AFTER_NAME.match(doc.low, n.end, min(len(doc.low), n.end + 50))
    )


def _own_clause(doc: _Doc, s0: int, verb: int, before: list[_Name]) -> tuple[list[_Name], bool]:
    """The buyer candidates of a deal verb, kept to the verb's reported clause ("after the Journal
    reported that Y is in talks to acquire ...": Y, not a name before "reported that") when the clause
    names someone before the verb; "X said that it will acquire Y" keeps X (the clause names no one).
    The flag: the candidates were taken from before the clause."""
    lo = clause_start(doc.low, s0, verb)
    if lo <= s0:
        return before, False
    inner = [n for n in before if n.start >= lo]
    # the clause's own subject: a name in it that is no object of a preposition ("it is expanding its
    # partnership with Y through an investment": Y is an object, the reporter stays the buyer)
    if any(
        not _OBJECT_BEFORE.search(doc.low, max(lo, n.start - 12), n.start) for n in _names_in(doc, lo, verb)
    ):
        return inner, False
    return before, True


def _anaphor_target(doc: _Doc, orgs: list[_Name], before: list[_Name], s0: int, verb: int) -> _Name | None:
    """The organisation "the company" after a deal verb stands for: the first one of the sentence
    before the verb that is not the buyer (the shares' owner of "Shares of X rose after ... Y is in
    talks to acquire the company"), else the first of the sentence before; none when no such one."""
    buyers = {n.entity_id for n in before[-1:]}
    # the nearest one before the buyer ("... after the Fed cut rates, while chipmaker X rose after Y
    # decided to build a stake in the company": X, not the Fed; stop 41)
    limit = before[-1].start if before else verb
    own = next(
        (
            n for n in reversed(orgs)
            if n.end <= limit and n.entity_id not in buyers and not _possessor(doc, n)
        ),
        None,
    )  # fmt: skip
    if own is not None:
        return own
    k = bisect_left(doc.body, s0, key=lambda s: s[0])
    if k == 0 or k >= len(doc.body) or doc.body[k][0] != s0:
        return None  # the headline, or the first sentence: nothing named before
    p0, p1 = doc.body[k - 1]
    described = holder_description(doc.low, p0)
    return next(
        (
            n
            for n in _names_in(doc, p0, p1)
            if n.type in _ORGS
            and _named(doc, n)
            and n.entity_id not in buyers
            # "The largest holder of A and B has bought a stake in Y. ... to raise its stake in the group": Y, never a
            # name that only describes the holder (stop 54)
            and n.start not in described
        ),
        None,
    )


def _other_party(doc: _Doc, known: _Name | None, raising: bool = False) -> _Name | None:
    """The party a lead leaves implicit: the organisation the article names most (at least
    `party_most_named_min` times), other than the found party and its owners or units, named in the
    headline or the lead ("X has said it will extend that partnership with a multi-billion investment":
    the partner X works with). `raising`: the known party raises a round, and a mention among its
    participants ("returning investors including Y") names no investor the lead leaves implicit."""
    tab = _tables()
    related = _related(doc, {known.entity_id: known.name}) if known is not None else {}
    top = [doc.headline] if doc.headline else []
    counts: dict[str, int] = {}
    first: dict[str, _Name] = {}
    for n in doc.names:
        if (
            n.type not in _ORGS
            or not _named(doc, n)
            or n.entity_id in related
            or _party_like(doc, n, related)
            or _descriptor_name(doc, n, max(0, n.start - 80), min(len(doc.text), n.end + 40))
        ):
            continue  # ("an EV startup" names no company: never the most-named party)
        counts[n.entity_id] = counts.get(n.entity_id, 0) + 1
        if raising and listed_at(doc.low, n.start):
            continue  # one of a round's participants or a comparison, not its investor
        if n.entity_id not in first and any(a <= n.start < b for a, b in top + doc.lead):
            first[n.entity_id] = n
    ranked = sorted(first, key=lambda k: (-counts[k], first[k].start))
    if not ranked or counts[ranked[0]] < tab.most_named_min:
        return None
    if len(ranked) > 1 and counts[ranked[1]] == counts[ranked[0]]:
        return None  # two organisations as often named: no guess
    return first[ranked[0]]


#: A possessor whose noun phrase is a funding round: "Y's Series C", "Y's 1.7 billion euro (~$2 billion)
#: fundraise", "Y's latest funding round" (up to six words between).
_ROUND_POSSESSED = re.compile(
    r"(?:'s|’s|'|’)\s+(?:[\w$€£.,~()-]+\s+){0,6}?(?:series\s+[a-h]\b|rounds?\b|fundrais(?:e|ing)\b|raise\b)"
)
#: Between the company that tells of a stake in its unnamed unit and the buyer: "<X> announced <Y>",
#: "<X> said on Wednesday that <Y>", "<X> confirmed <Y>" (lower case).
_TELLER_OF_BUYER = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:announced|announces|said|says|confirmed|confirms|disclosed|discloses)"
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+[a-z]+)?(?:\s+that)?\s+"
)
#: A name's possessive before the money of the deal ("<X>'s investment", "<X>'s cash injection").
_MONEY_POSSESSED = re.compile(
    r"(?:'s|’s|'|’)\s+(?:[a-z][\w-]*\s+){0,2}?(?:investments?|money|cash|capital|funding|financing|backing|"
    r"injection)\b"
)
#: "add" as a verb of telling (lower case; stop 51): its form, then the clause's end or "that" ("the report added.",
#: "he adds, ", "added that"), no object to add.
_ADDED_TELLING = re.compile(r"(?:added|adds|adding)(?=\s{0,2}(?:[.,;:!?\"”’]|$)|\s+that\b)")
#: A hyphen and a letter right after a deal verb: the verb heads a compound noun ("back-catalogue").
_COMPOUND_AFTER = re.compile(r"-[a-z]")
#: After a deal noun's "for": a capitalised name of up to six words, then "to " (the text's own case; stop 60): "deal for
#: Harbor Capital LP to ".
_NAME_THEN_TO = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,6}to\s+")


#: A deal noun as a verb's object, right after it (lower case; stop 60): " a deal for", " the proposed takeover of".
_DEAL_OBJECT_AFTER = re.compile(
    r"\s+(?:a|an|the)\s+(?:proposed\s+|planned\s+)?(?:deal|bid|offer|takeover|transaction)\s+(?:for|of)\b"
)


def _for_subject_of_verb(
    doc: _Doc, pattern: re.Pattern[str], groups: dict[str, str], end: int, s1: int
) -> bool:
    """Does a deal noun ending in "for" at `end` name the subject of a deal verb that follows ("a deal for <B> to
    acquire")? A verb of buying after "to" makes the name its buyer (stop 60)."""
    if not doc.low.endswith("for", 0, end):
        return False
    m = _NAME_THEN_TO.match(doc.text, end, s1)
    if m is None:
        return False
    v = pattern.match(doc.low, m.end(), s1)
    return v is not None and groups[v.lastgroup or ""] in _ACTIVE_OR_BUY


#: "co-" right before a deal verb: a partner's verb ("co-invest alongside <Buyer>", "co-acquire"; stop 60).
_CO_BEFORE = re.compile(r"(?<![a-z])co-")
#: A deal word right before a round noun is a noun itself ("its latest funding round", "backing round").
_ROUND_NOUN_AFTER = re.compile(r"\s+rounds?\b")
#: Between the sold company (or its possessed part) and the buyer: up to four words, then "to" and the buyer's
#: descriptor (`sale_words.TO_BUYER_BEFORE`; lower case): "'s games unit to ", " to ", " to the dutch group ".
_SOLD_TO = re.compile(r"(?:(?:'s|’s)?\s+(?:[\w-]+\s+){0,4}?)?" + TO_BUYER_BEFORE.pattern)
#: A verb of promising followed by an infinitive ("pledged not to transfer", "commits to keeping"): no
#: deal verb itself (the verb after "to" is read on its own: "pledged to invest $2 billion in Y").
_PROMISE_TO = re.compile(
    r"(?i:pledg|commit)\w*\s+(?:not\s+to\s|to\s+(?!(?:the|a|an|its|their|his|her|this|that|it)\b)[a-z])"
)
#: A verb (or a time) before "back" that makes it a particle, not the deal verb "to back": "pull back",
#: "scaled back", "buy back", "years back".
_PARTICLE_BACK = led(
    r"\b(?:pull|scal|cut|hold|held|com|came|step|roll|push|bring|brought|go|went|get|got|fight|fought|look|"
    r"buy|bought|sell|sold|pay|paid|bounc|fell|fall|set|way|year|month|week|day)[a-z]*\s+$"
)
#: Before "hands" as a noun (lower case; stop 49): a preposition or a determiner and at most one word ("into private
#: ", "in the ", "changed ", "out of state ").
_HANDS_NOUN_BEFORE = re.compile(
    r"\b(?:into|in|from|of|change[ds]?|changing|the|its|their|his|her|our|safe|private|public|state|foreign)\s+"
    r"(?:[a-z-]+\s+)?$"
)
#: Before an organisation that is the object of a preposition, not a subject ("partnership with Y").
#: Before a company a rank is measured against (lower case; stop 56): "ahead of ", "overtaking ", "surpassing its rival
#: ", "bigger than ", "larger than the ", "dethroning ". "It will put them ahead of X", "overtaking X as the largest":
#: X is the rival the merged company is ranked against, never a party of the deal.
_RANK_RIVAL_BEFORE = re.compile(
    r"\b(?:ahead\s+of|overtak(?:e|es|ing)|overtook|surpass(?:es|ed|ing)?|outstrip(?:s|ped|ping)?|dethron(?:e|es|ed|ing)|"
    r"(?:bigger|larger)\s+than)\s+(?:(?:the|its|their|rival|rivals|competitor)\s+){0,2}$"
)
#: How far before a name the rank's words are looked for.
_RANK_RIVAL_REACH = 40
_OBJECT_BEFORE = re.compile(r"\b(?:with|in|into|to|from|for|of|by|at|and)\s+(?:the\s+|its\s+)?$")
#: Between a possessor and its deal noun: up to five words of the noun phrase ("'s cumulative $8 billion"); a
#: currency sign may be glued to the possessive (a spinner's "’s$ 24 billion merger", stop 52).
_POSSESSED_NOUN = re.compile(r"(?:'s|’s|'|’)(?:\s+|(?=[$€£]))(?:\([^()]{1,30}\)\s+)?(?:[\w$€£.-]+\s+){0,5}")
#: Between a name and a deal word: a probe of the deal the name opens (lower case; stop 41): "launched an
#: antitrust investigation into", "is probing whether", "opened an inquiry into", "is examining".
_PROBE_OF = re.compile(
    r"\b(?:investigation|investigating|investigates|probe|probes|probing|inquiry|enquiry|review\s+of|"
    r"scrutiny\s+of|lawsuit|sued|sues|suing)\b"
)
#: The nouns of money lent (lower case): "loan(s)", "financing", "debt", "credit line(s)", "line(s) of credit",
#: "credit facility", "borrowings" -- one list for the lender named after them (`_LENT_BY`) and for a passive's agent
#: (`_LENT_AGENT`).
_LENT_NOUN = (
    r"(?:loans?|financing|debt|credit\s+(?:lines?|facilit(?:y|ies))|lines?\s+of\s+credit|borrowings?)"
)
#: Right before a lender's name (text case; stop 60b): "in loans from ", "financing from ", "loans arranged by ",
#: "debt provided by <A> and ", "credit lines from <A>, <B> and " -- the money lent for the deal, its lenders named
#: after the noun (a list of names between), never the buyer.
_LENT_BY = re.compile(
    r"(?i:\b" + _LENT_NOUN + r"\s+"
    r"(?:(?:arranged|provided|underwritten|extended|committed|pledged)\s+)?(?:from|by)\s+)"
    r"(?:(?:the\s+)?[A-Z][\w.&'’-]*\s+|(?:and|,)\s+|,\s*)*$"
)


#: Right after a passive verb of backing or funding, its agent told as money lent (lower case; stop 61): "backed by
#: loans arranged by A", "funded by debt from A", "backed by $4 billion in bank loans", "backed by a credit line from
#: A", "backed by a $2bn loan" -- the lenders of a deal's or a company's money, never a backer nor an investor.
_LENT_AGENT = re.compile(
    r"\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:about|some|roughly|nearly|up\s+to)\s+)?"
    r"(?:[$€£¥][\d.,]+\s*(?:billion|million|bn|m)?(?:\s+(?:in|of))?\s+)?"
    r"(?:(?:new|fresh|bank|bridge|committed|senior|term|syndicated|revolving)\s+){0,2}"
    r"(?:" + _LENT_NOUN + r")\b"
)


def _named(doc: _Doc, n: _Name) -> bool:
    """`_names_a_company` of the name, read once per name (`_Doc.named`, by the name's span: the parties' readers
    ask of the same names again and again)."""
    told = doc.named.get((n.start, n.end))
    if told is None:
        told = doc.named[(n.start, n.end)] = _names_a_company(doc, n)
    return told


def _names_a_company(doc: _Doc, n: _Name) -> bool:
    """Not a bare corporate suffix ("Inc.") standing as a name, nor a ruler's title word before a person's name or
    another title ("Crown" of "Crown Prince <Name>", "Sheikh <Name>", "Emir <Name>": stop 52), nor a nickname
    (`_nickname`)."""
    suffixes = _tables().suffixes
    return (
        any(w not in suffixes for w in _WORD.findall(doc.low, n.start, n.end))
        and not title_word(doc, n)
        and not _nickname(doc, n)
    )


#: A company's nickname (case-sensitive; stop 60): "the Big Australian", "the Big Blue", "the Big Three's": "the Big"
#: and one capitalised word, the whole name.
_NICKNAME = re.compile(r"Big\s+[A-Z][\w-]*(?:['’]s)?")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _nickname(doc: _Doc, n: _Name) -> bool:
    """Is the name a nickname, "the Big <Word>" ("as the Big Australian's bid ...")? It names one of the page's
    companies, a party itself or not, never another party; which one the page leaves to its reader, so it is no party
    at all (stop 60). "X will buy Big Lots" (no "the") keeps its company."""
    return (
        _NICKNAME.fullmatch(doc.text, n.start, n.end) is not None
        and _THE_BEFORE.search(doc.text, max(0, n.start - 5), n.start) is not None
    )


#: A ruler's or a noble's title word standing alone as a name (lower case; stop 52): "crown", "sheikh", "emir", "king".
_TITLE_WORD = re.compile(r"(?:crown|sheikh|sheikha|shaikh|emir|amir|king|queen|prince|princess|sultan)")
#: After such a word, a person's name or another title (case-sensitive): " Prince", " Mohammed", " Tamim".
_PERSON_OR_TITLE_AFTER = re.compile(r"\s{1,3}(?:[Pp]rince|[Pp]rincess|[A-Z][a-z])")
#: A name that opens with a ruler's title, then a person's name (lower case): "sheikh tahnoun", "emir tamim al thani",
#: "crown prince salman" -- a person typed an organisation. ("King", "Crown", "Prince" open company names too: "Crown
#: Holdings"; they count only as "Crown Prince".)
_RULER_NAMED = re.compile(
    r"(?:sheikh|sheikha|shaikh|emir|amir|sultan|crown\s+prince|crown\s+princess)\s+[a-z]"
)


def title_word(doc: _Doc, n: _Name) -> bool:
    """Is the name a ruler's title word before a person's name or another title ("the Crown Prince <Name>": "Crown";
    "Sheikh" of "Sheikh <Name>"), or a ruler named with the title ("Emir <Name>", "Sheikh <Name> Al <Name>")? Such a
    name is no company, so never a party (stop 52); "X will buy King for $5.9 billion" and "Crown Holdings agreed to
    buy Y" keep their company."""
    if _RULER_NAMED.match(doc.low, n.start, n.end):
        return True
    return _TITLE_WORD.fullmatch(doc.low, n.start, n.end) is not None and (
        _PERSON_OR_TITLE_AFTER.match(doc.text, n.end) is not None
    )


#: The kinds of deal verbs read apart (events.yaml groups, fact_tables.PARTY_VERB_GROUPS; stop 55), each an active
#: verb: `take_private` ("take y private": its object stands inside its words), `share_price` ("pay $41 a share": the
#: price a share paid) and `buy` (a verb a person buys with in their own name).
ACTIVE_KINDS = {kind: "active" for kind in PARTY_VERB_GROUPS.values()}
#: The kinds of a verb with its buyer before and its target after (the groups above and the list's own; stop 60).
_ACTIVE_OR_BUY = frozenset({"active", *ACTIVE_KINDS})
#: The word that names a going-private deal's buyer after it (lower case; stop 55): "in a buyout led by X", "with X".
_AGENT_WORD = re.compile(r"\b(?:by|with)\b")
#: What ends the reach of a going-private deal's agent (lower case; stop 55): another clause or a comparison ("; ", "the
#: largest since", "which", "than", "after").
_AGENT_BREAK = re.compile(r"[;:]|\b(?:since|which|than|after|before|when|while|following)\b")
#: Between a state or a person named as the subject and the deal verb (lower case; stop 55): auxiliaries, a verb of
#: agreeing or telling, a day, a date in brackets, an article, a telling's own "that it": " has ", " has agreed to ", "
#: confirmed on wednesday (21 september) the ", " announced on monday to ", " said that it would ", " will ".
_SUBJECT_GAP = re.compile(
    r"\s+(?:(?:has|have|had|will|would|is|was|to|be|now|also|finally|formally|officially|agreed|agrees|confirmed|"
    r"confirms|announced|announces|decided|decides|on|this|last|today|yesterday|" + WEEKDAYS + r"|"
    r"week|the|a|set|moved|moves|plans|planned|said|says|that|it|intends|wants|\([^()\n]{1,24}\))\s+){0,6}"
)
#: What may end the words before a subject in its sentence (stop 55): a comma closing a clause, a dateline's dash.
_OPENING_ENDS = (",", "–", "—", " -", "--")
#: The kinds of verbs a person is told as buying with, in their own name (stop 55): a purchase, a buyout, a company
#: taken private -- never a verb of leading or backing ("X led Y for a decade").
_PERSON_BUYS = frozenset({"buy", "take_private"})


#: Between an owner and the deal verb its unnamed arm is the subject of (lower case; stop 59): "'s private equity unit
#: ", "’s investment arm has ", "'s venture division will".
_OWN_ARM_SUBJECT = re.compile(
    r"(?:'s|’s|(?<=s)['’])\s+(?:[\w-]+\s+){0,3}?" + UNIT_NOUN + _SUBJECT_GAP.pattern
)


def subject_buyer(doc: _Doc, s0: int, start: int, verb: str, kind: str, before: list[_Name]) -> _Name | None:
    """A state or a person told as the buyer by standing as the deal verb's subject (stop 55), when no organisation
    stands between it and the verb: a country or its capital ("Germany has nationalised Y", "Berlin will inject ...
    into Y", "In a crisis, Norway announced on Monday to nationalize Y": the state, named by the country) before any
    deal verb or noun; a person ("<Founder> will take Y private", "<Founder> agreed to buy Y") before a verb of buying
    only. The subject opens its sentence or follows a comma; between it and the verb only auxiliaries, a verb of
    agreeing or telling and a day."""
    if kind not in ("active", "noun"):
        return None
    floor = before[-1].end if before else s0
    places = [p for p in doc.places if floor <= p.start < start]
    people = [
        n for n in _names_in(doc, floor, start) if n.type == EntityType.PERSON
    ] if verb in _PERSON_BUYS else []  # fmt: skip
    # "the state will acquire", "the Norwegian government will take over": a state named by a phrase (stop 57)
    phrased = [
        st for m in _STATE_PHRASE.finditer(doc.text, floor, start) if (st := _state_named(doc, m)) is not None
    ]
    # the one nearest the verb (the first of them on a tie)
    n = max([*places, *people, *phrased], key=lambda x: x.start, default=None)
    if n is None or not _SUBJECT_GAP.fullmatch(doc.low, n.end, start):
        return None
    # nothing before it in its sentence but its opening, a clause closed by a comma ("In a crisis, X ...") or a
    # dateline's dash ("CITY (Wire) – X ...")
    opening = doc.low[s0 : n.start].rstrip()
    if not _SUBJECT_OPENING.fullmatch(doc.low, s0, n.start) and not opening.endswith(_OPENING_ENDS):
        return None
    if n.type == EntityType.PERSON or n.entity_id.startswith(_STATE_ID):
        return n
    state = _gazetteer().state_of.get(n.name)
    return _Name(n.start, n.end, n.entity_id, state, EntityType.PLACE) if state else None


#: A state named by a phrase that names no entity (stop 57): "the Norwegian state", "The German government", "the
#: state", "the government"; with its nationality, also without "the", as a headline drops it ("<Parent> to sell <Co>
#: to Danish state", "Danish government to take over <Co>"; stop 58); never "state-owned", "the state's", "the state
#: of".
_STATE_PHRASE = re.compile(
    r"(?:\b[Tt]he\s+|\b(?=[A-Z][a-z]+\s+(?:state|government)\b))(?:(?P<dem>[A-Z][a-z]+)\s+)?(?:state|government)"
    r"(?![\w-])(?!['’]s)(?!\s+of\b)"
)
#: An organisation named "<Nationality> government" or "<Nationality> state" (stop 57): the state of that land, one the
#: page names (`_page_land`).
_STATE_NAME = re.compile(r"(?:[Tt]he\s+)?(?P<dem>[A-Z][a-z]+)\s+(?:[Ss]tate|[Gg]overnment)")
#: The entity id a state named by a phrase is given (its land's name after it).
_STATE_ID = "state-"


def _page_land(doc: _Doc) -> str | None:
    """The one land whose state the page names: its countries and the capitals standing for them (`state_of`), and the
    nationalities of the governments it names ("the Norwegian government"); None when it names none or several."""
    lands = {_gazetteer().state_of.get(p.name) for p in doc.places}
    lands |= {land_of(m.group("dem")) for n in doc.names if (m := _STATE_NAME.fullmatch(n.name)) is not None}
    lands.discard(None)
    return lands.pop() if len(lands) == 1 else None


def _state_named(doc: _Doc, m: re.Match[str]) -> _Name | None:
    """The state a `_STATE_PHRASE` match names, as a place named as the page names it (stop 57; the tables' reading of
    a state that buys): with its nationality, as written ("the Norwegian state": Norwegian state), and a bare "the
    state" or "the government" by the page's one land (Norway), none when the page names no land or several."""
    if m.group("dem"):
        land = land_of(m.group("dem"))
        name = " ".join(doc.text[m.start("dem") : m.end()].split())
    else:
        land = _page_land(doc)
        name = land or ""
    if land is None:
        return None
    return _Name(m.start(), m.end(), _STATE_ID + land.lower(), name, EntityType.PLACE)


#: The end of the id of a unit labelled by its owner and kind (unit_sales: "<owner id>-unit").
UNIT_LABEL_ID = "-unit"


#: A telecom company's trade word and its legal form after its name (stop 63): "<Co> Communications Inc.",
#: "<Co> Communications", "<Co> Telecommunications Corp." -- the party is the company its first words name, as a page
#: writes it everywhere else ("<Co> Communications (TICK)" then "<Co>").
_TRADE_TAIL = re.compile(
    r"(?<=\S)\s+(?:Communications|Telecommunications)(?:,?\s+(?:Inc|Corp|Corporation|Co|Ltd|LLC|PLC|plc)\.?)?$"
)


def _party_value(doc: _Doc, n: _Name) -> str:
    """The party's name (`_said_value`) without a telecom's trade word and legal form ("<Co> Communications Inc." ->
    "<Co>", `_TRADE_TAIL`; stop 63)."""
    value = _said_value(doc, n)
    if n.type == EntityType.ORG and not n.entity_id.endswith(UNIT_LABEL_ID):
        value = _TRADE_TAIL.sub("", value)
    return value


def _said_value(doc: _Doc, n: _Name) -> str:
    """The party as the article names it: the entity's name, unless the text uses another name that
    shares no word with it (a parent company the gazetteer files under its best-known brand). A state a place stands
    for is named by its country, also where the page names its capital ("Berlin will inject ...": Germany; stop 55);
    a state named by a phrase with its nationality keeps the page's words ("the Norwegian state": Norwegian state,
    `_state_named`; stop 57)."""
    if n.type == EntityType.PLACE or n.entity_id.endswith(UNIT_LABEL_ID):
        # (a unit's label, unit_sales', is its name wherever the page tells it: "the unit"; stop 59)
        return n.name
    said = re.sub(r"(?:'s|’s)$", "", doc.text[n.start : n.end]).strip()
    name_words = set(_WORD.findall(n.name.lower()))
    said_words = set(_WORD.findall(said.lower()))
    if said_words - _tables().suffixes and not (said_words & name_words):
        return said
    # "Broadcom" where the merged entity is "Broadcom Software Group": the name the text uses; so too a
    # later run of the entity's words ("Y" where a sentence's first word was merged into "Adding Y")
    name_list, said_list = _WORD.findall(n.name.lower()), _WORD.findall(said.lower())
    k = len(said_list)
    if (
        k
        and k < len(name_list)
        and any(name_list[i : i + k] == said_list for i in range(len(name_list) - k + 1))
    ):
        return said
    return n.name


#: Two companies joined as one subject ("A and B"), between their names.
#: A bracketed ticker after a name ("(TLS)", "[LON-TLS]", "(TLS.B-TSX, TLS-NYSE)") and a descriptor of up to three words
#: before the second ("and Canada's ", "and rival ", "and South African giant "; stop 51).
_JOINT_AND = re.compile(TICKER_AFTER + r",?\s+and\s+(?:[\w-]+(?:['’]s)?\s+){0,3}?")
#: After the joint subject, the merger they tell in their own clause (lower case; stop 47): " plan to merge",
#: " have agreed to combine", " said they would merge", " announced that they plan to combine", " completed their
#: merger", " closed their all-stock combination" (up to eight words before the merger).
_JOINT_MERGER = re.compile(
    TICKER_AFTER + r"\s+(?:[\w$€£.,'’-]+\s+){0,8}?"
    r"(?:(?:to|will|would)\s+(?:merge|combine)|merged|merging|(?:their|the|a|an)\s+(?:[\w$€£.,'’-]+\s+){0,3}?"
    r"(?:merger|combination))\b"
)
#: One company's holders' part of the company the merger makes, after the company's name (lower case; stop 47):
#: "'s shareholders will own about 60% of the combined company", " holders now own roughly 42.5 percent in the merged
#: group"; "could own", "may own" (a guess) do not match.
_HOLDERS_PART = re.compile(
    r"(?:['’]s?)?\s+(?:share|stock)?holders\s+(?:will\s+|would\s+|now\s+|are\s+expected\s+to\s+)?"
    r"(?:own|owns|owning|hold|holds|holding|control)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+|some\s+)?"
    r"(\d{1,2}(?:\.\d{1,2})?)\s*(?:%|percent\b|per\s+cent\b)\s+(?:of|in)\s+the\s+" + MADE_WORD + r"\b"
)
#: Before the name the company a merger makes keeps (lower case; stop 47): "the combined company will keep the ",
#: "the merged group will be called ", "the new company will operate under the ".
_KEEPS_NAME = re.compile(
    r"\b" + MADE_WORD + r"\s+" + MADE_NOUN + r"\s+(?:will\s+|would\s+)?"
    r"(?:(?:keep|retain|take|carry|adopt|use|operate\s+under)\s+the\s+(?=[\w&.’'-]+(?:\s+[\w&.’'-]+)?\s+name\b)"
    r"|be\s+(?:called|named|known\s+as)\s+)"
)


def merger_sides(doc: _Doc) -> tuple[_Name, _Name] | None:
    """(buyer, target) of a merger told by its two companies as one subject ("A and B plan to merge", "A and B
    completed their merger"), no buyer word: the buyer is the one whose holders own the larger part of the company
    the merger makes ("A's shareholders will own about 60% of the combined company") or whose name it keeps ("the
    combined company will keep the B name"); None with no such clue -- a joint subject names no buyer (stop 47)."""
    pair = _joint_merger_pair(doc)
    if pair is None:
        return None
    return merger_order(doc, *pair)


#: The merger rules of `_parties` whose verb names two parties and no buyer (stop 51): "X agreed to merge with Y",
#: "X agreed to a tie-up with Y".
SYMMETRIC_RULES = ("party.verb-merge", "party.with-merge")


def merger_order(doc: _Doc, a: _Name, b: _Name) -> tuple[_Name, _Name] | None:
    """(buyer, target) of two merging companies as the page tells them apart: the one that issues its shares to the
    other's holders (stop 51: "X will issue 1.3 shares to Y's holders", "Y holders will receive 0.8 X shares for each
    share"), else the one whose holders own the larger part of the company the merger makes, else the one whose name
    it keeps (stop 47), else the other of the one told as bought ("any buyer for Y"), else the one told worth a
    multiple of the other ("X is worth more than double Y"); None when the page tells none of these. First of all
    (stop 53), on a page whose lead deal lists a company through a shell (extract/listing_mergers.py), the one listed
    shell of the two: it issues the shares, whatever part the other's holders keep -- the one place a symmetric
    pair with a shell is ordered (shell_mergers.shell_first leaves an ordered pair alone and turns the shell buyer
    only in readings that are not symmetric). The clues are read once per body
    (`merger_clues`), however many sentences name a merger of two."""
    shell = _the_listed_shell(doc, a, b)
    if shell is not None:
        return shell, (b if shell is a else a)
    clues = merger_clues(doc)
    issuer = one_of_pair(clues.issuers, a, b)
    if issuer is not None:
        return issuer, (b if issuer is a else a)
    pair = (a, b)
    for share, window in clues.told:
        if share is not None:
            owner = _one_of(window, pair, ending=True)
            if owner is not None and share != 50:
                other = b if owner is a else a
                return (owner, other) if share > 50 else (other, owner)
            continue
        kept = _one_of(window, pair, ending=False)
        if kept is not None:
            return kept, (b if kept is a else a)
    # "any buyer for Y would have to ...": the one the page tells as bought is the target (stop 51)
    bought = one_of_pair(clues.bought, a, b)
    if bought is not None:
        return (b if bought is a else a), bought
    # "even though X is worth more than double Y": the bigger one (stop 51)
    bigger = told_bigger(doc, clues.sentence_names, a, b)
    if bigger is not None:
        return bigger, (b if bigger is a else a)
    return None


def merger_clues(doc: _Doc) -> MergerClues:
    """The page's clues for `merger_order`, read from its body the first time they are asked for and kept on `doc`:
    the share issuers, the top sentences' holders' parts and names kept (in text order: each sentence's parts, then
    its names kept), the companies told as bought, and each body sentence's names."""
    if doc.merger_clues is None:
        told: list[tuple[float | None, str]] = []
        for s0, s1 in doc.body[:MERGER_TOP]:
            for m in _HOLDERS_PART.finditer(doc.low, s0, s1):
                told.append((float(m.group(1)), doc.low[max(s0, m.start() - 60) : m.start()]))
            for m in _KEEPS_NAME.finditer(doc.low, s0, s1):
                told.append((None, doc.low[m.end() : min(s1, m.end() + 60)]))
        doc.merger_clues = MergerClues(
            issuers=share_issuers(doc),
            told=tuple(told),
            bought=told_bought_ids(doc),
            sentence_names=tuple(tuple(_names_in(doc, s0, s1)) for s0, s1 in doc.body),
        )
    return doc.merger_clues


def _the_listed_shell(doc: _Doc, a: _Name, b: _Name) -> _Name | None:
    """The one listed shell of two merging companies on a page whose lead deal lists a company through a shell; None
    when neither or both are shells, or the page tells no such merger."""
    if not listing_merger(doc):
        return None
    shells = [n for n in (a, b) if listed_shell(doc, n)]
    return shells[0] if len(shells) == 1 else None


def _one_of(window: str, pair: tuple[_Name, _Name], ending: bool) -> _Name | None:
    """The one company of `pair` the window ends with (`ending`) or starts with, by its name or the name's first
    words ("Orbitex" for "Orbitex Semiconductor Inc."); None when neither or both. A name kept starts the window and
    ends there or before "name" ("will be called Rennick Power.", "will keep the Rennick name"): "will be called
    Tallis Rennick" keeps both names, no one's."""

    def told(n: _Name) -> bool:
        words = n.name.lower().split()
        forms = {" ".join(words[:k]) for k in range(1, len(words) + 1)} - _ARTICLES
        if ending:
            return any(window.endswith(f) and not window[: -len(f)][-1:].isalnum() for f in forms)
        return any(window.startswith(f) and _NAME_ENDS.match(window, len(f)) is not None for f in forms)

    hits = [n for n in pair if told(n)]
    return hits[0] if len(hits) == 1 else None


_ARTICLES = frozenset({"the", "a", "an"})
#: Where a kept name ends: the window's end, a stop, or " name" (" brand name").
_NAME_ENDS = re.compile(r"$|[.,;:)]|\s+(?:brand\s+)?name\b")


def _joint_merger_pair(doc: _Doc) -> tuple[_Name, _Name] | None:
    """The two companies of the first top sentence that tells a merger with "A and B" as its subject."""
    for s0, s1 in list(dict.fromkeys(doc.lead + doc.body[:MERGER_TOP])):
        # "X (XTK) and Y": a ticker that names the company again is no name of the pair (stop 51)
        orgs = distinct_neighbours(
            [n for n in _names_in(doc, s0, s1) if n.type in _ORGS and not _possessor(doc, n)]
        )
        for a, b in zip(orgs, orgs[1:], strict=False):
            if not _JOINT_AND.fullmatch(doc.low, a.end, b.start):
                continue
            if _JOINT_MERGER.match(doc.low, b.end, s1):
                return a, b
    return None
