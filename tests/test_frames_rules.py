"""The frame rules (tui/analysis/compare/frames.py and frames.yaml), one sentence at a time: invented
sentences, each with the items a reader would say it answers (SV2000's questions)."""

from __future__ import annotations

from tests.factories import cpu_to_scan_a_long_line
from tui.analysis.compare.data import load
from tui.analysis.compare.frames import profile
from tui.analysis.compare.model import Statement
from tui.analysis.model import Figure, FigureKind
from tui.corpus.model import Span


def _st(
    text: str,
    n: int = 0,
    place: str = "body",
    actors: int = 0,
    persons: int = 0,
    figures: tuple[tuple[str, str], ...] = (),
    furniture: bool = False,
) -> Statement:
    """A statement of article "a": `actors` named entities (the first `persons` of them persons) and
    figures given as (kind, the words as written)."""
    ids = frozenset(f"e{i}" for i in range(actors))
    figs = []
    for kind, words in figures:
        at = text.index(words)
        figs.append(Figure(FigureKind(kind), words, Span("a", at, at + len(words)), 1.0))
    return Statement(
        f"a:s{n}",
        "a",
        n,
        Span("a", 0, len(text)),
        text,
        n,
        place,
        figures=figs,
        entity_ids=ids,
        person_ids=frozenset(f"e{i}" for i in range(persons)),
        furniture=furniture,
    )


def _fired(*statements: Statement) -> list[set[str]]:
    """The items each statement is evidence for, in order."""
    scores, _ = profile(list(statements))
    out: list[set[str]] = [set() for _ in statements]
    for frame in scores:
        for item in frame.items:
            for ev in item.evidence:
                for n, st in enumerate(statements):
                    if ev.text == st.text:
                        out[n].add(item.id)
    return out


def _items(text: str, **kw: object) -> set[str]:
    return _fired(_st(text, **kw))[0]  # type: ignore[arg-type]


# --- structure -------------------------------------------------------------------------------------------


def test_page_furniture_carries_no_frame() -> None:
    caption = "Shares of Acme fell 5% on Monday (Photo: A. Writer / Wire)"
    assert "E1" in _items(caption, figures=(("percent", "5%"),))
    assert _items(caption, figures=(("percent", "5%"),), furniture=True) == set()


def test_the_cue_must_be_in_the_evidence_sentence_the_window_only_adds_actors() -> None:
    first = _st("Acme and Bolt announced the plan on Monday.", 0, actors=2)
    second = _st("It sharpens a rivalry that began in 2019.", 1)
    third = _st("Acme and Bolt declined to comment.", 2, actors=2)
    got = _fired(first, second, third)
    assert "C1" not in got[0]  # no conflict word of its own
    assert "C1" in got[1]  # its cue, with the actors of the next sentence


def test_a_lower_case_cue_inside_a_name_does_not_count() -> None:
    assert "C4" not in _items("Holthaus also runs the Network and Edge Group.", actors=1)
    assert "C4" in _items("Acme hopes the deal gives it an edge over Bolt.", actors=2)
    # a title-case headline capitalises every word: its cues still count
    assert "C4" in _items("Acme Wins the Race for Bolt", place="headline", actors=2)


def test_names_written_with_capitals_match_as_names() -> None:
    assert "R1" in _items("The FTC is expected to review the deal closely.")
    assert "R1" not in _items("Her pay was disclosed in a regulatory filing.")


def test_the_primary_frame_has_the_largest_weighted_share() -> None:
    headline = _st("Acme names Jane Roe chief executive", 0, place="headline", actors=2, persons=1)
    body = [
        _st("Acme paid $2 billion for Bolt last year.", 1, figures=(("money", "$2 billion"),)),
        _st("Bolt's revenue rose 10% in the quarter.", 2, figures=(("percent", "10%"),)),
    ]
    scores, primary = profile([headline, *body])
    share = {f.frame: f.salience for f in scores}
    # headline 3 of 5 for responsibility; two body sentences, 2 of 5, for the economic frame
    assert (share["responsibility"], share["economic"]) == (0.6, 0.4)
    assert primary == "responsibility"


# --- conflict ------------------------------------------------------------------------------------------


def test_critical_is_a_reproach_only_as_critical_of() -> None:
    assert "C1" not in _items("It came at a critical time for Acme and Bolt.", actors=2)
    assert "C1" in _items("Jones has been critical of Acme and Bolt.", actors=3)


def test_a_competition_authority_is_no_contest() -> None:
    assert "C1" not in _items("The competition watchdog cleared Acme's stake in Bolt.", actors=2)
    assert "C1" in _items("The deal intensifies the competition between Acme and Bolt.", actors=2)


def test_behind_counts_as_losing_only_when_someone_falls_behind() -> None:
    assert "C4" not in _items("Acme is the company behind the popular Bolt app.", actors=2)
    assert "C4" not in _items("Acme sells cutting-edge chips.", actors=1)
    assert "C4" in _items("Acme has fallen behind its rivals in chips.", actors=1)


# --- responsibility ------------------------------------------------------------------------------------


def test_a_change_at_the_top_is_who_is_held_to_account() -> None:
    assert "R4" in _items("Acme named Jane Roe as its new chief executive on Tuesday.", actors=2, persons=1)
    assert "R4" in _items("Roe will serve as interim CEO until a successor is found.", actors=1, persons=1)
    assert "R4" in _items("The board told Roe to step down or be removed.", actors=1, persons=1)
    assert "R4" in _items("Two insiders will share the CEO job for now.")
    # a name given to a product, a leader merely described: no change at the top
    assert "R4" not in _items("The chatbot was named Grok by its makers.", actors=1)
    assert "R4" not in _items("Roe is the chief financial officer of Acme.", actors=2, persons=1)


def test_responsibly_is_no_responsibility() -> None:
    assert "R4" not in _items("Acme wants to advance research responsibly with Bolt.", actors=2)
    assert "R4" in _items("Acme holds Bolt responsible for the outage.", actors=2)


def test_a_turnaround_is_a_remedy() -> None:
    assert "R3" in _items("Roe turned around two brands before joining Acme.", actors=2, persons=1)


# --- human interest, economic --------------------------------------------------------------------------


def test_a_career_gives_a_person_a_face() -> None:
    assert "H1" in _items("Roe began her career at Acme in 1998.", actors=2, persons=1)
    assert "H1" in _items("Roe joined Acme in 1979 as an engineer.", actors=2, persons=1)
    assert "H1" not in _items("Acme joined the index in 1979.", actors=1)  # no person


def test_personal_feelings_and_family_but_not_a_family_of_products() -> None:
    assert "H4" in _items('"Today is bittersweet," Roe said of leaving Acme.', actors=2, persons=1)
    assert "H4" in _items("Roe plans to spend more time with his family.", actors=1, persons=1)
    assert "H4" not in _items("Acme makes the Bolt family of chatbots.", actors=2)


def test_kin_a_death_and_an_age_are_private_lives() -> None:
    # the form: a change at the top told through the people's private lives (a successor named after
    # a relative's death, the family's posts, an age), stop 37; invented sentences of other trades
    assert "H4" in _items(
        "Lind, whose half-brother ran the foundation for two decades, takes the chair.", actors=1, persons=1
    )
    assert "H4" in _items(
        "Her daughters, Mira and Tova, already sit on the board of the shipping line.", actors=3, persons=2
    )
    assert "H4" in _items("The vote came a week after the brewery's founder died at 91.", actors=1)
    assert "H4" in _items("Osei, aged 58, has spent his working life at the insurer.", actors=1, persons=1)
    assert "H4" in _items("Thousands attended the funeral in Porto on Thursday.", actors=1)
    # near-misses: a sister company, a parent company and a family of products are no private life
    assert "H4" not in _items("Its sister company in Ohio will run the plant from May.", actors=1)
    assert "H4" not in _items(
        "The parent company owns 60% of the chain.", actors=1, figures=(("percent", "60%"),)
    )
    assert "H4" not in _items("The late-stage trial ended in March.", actors=0)


def test_the_death_of_a_deal_is_no_private_life() -> None:
    # the form (stop 38): a deal, talks, a bid or a plan said to die ("the death of the merger", "the
    # talks died"): a figure of speech about an event, no one's private life; invented sentences of
    # other trades and outlets' styles
    assert "H4" not in _items("Analysts blamed the regulator for the death of the merger.", actors=1)
    assert "H4" not in _items("The talks died in March when the two sides could not agree on a price.")
    assert "H4" not in _items("Brokers saw the tariff ruling as the death knell for the takeover.", actors=0)
    assert "H4" not in _items("The hostile bid died quietly once the board of the grocer said no.", actors=0)
    assert "H4" not in _items("Its shareholders' vote meant the death of the proposed tie-up.", actors=0)
    # near-misses: a person's death and a person who died stay private lives
    assert "H4" in _items("The death of its founder in May left the bakery chain without a chair.", actors=1)
    assert "H4" in _items("Okafor died in March, and his deputy took over the airline.", actors=1, persons=1)
    assert "H4" in _items("The deal was signed days after the chairman died.", actors=0)


def test_the_death_cues_are_linear() -> None:
    import re

    cues = load("frames")["frames"]["human_interest"]["items"]["H4"]["cues"]
    for cue in (c for c in cues if "died" in c or "death" in c):
        pattern = re.compile(cue[3:], re.IGNORECASE)
        for unit in ("death of the ", "death of the proposed big ", "talks died ", "deathdeath ", "died "):
            assert cpu_to_scan_a_long_line(pattern, unit) < 20


def test_share_moves_are_gains_and_losses() -> None:
    assert "E1" in _items("Shares of Acme jumped 24% on the news.", actors=1, figures=(("percent", "24%"),))
    assert "E1" not in _items("Shares of Acme were little changed.", actors=1)  # no figure


def test_the_degree_of_expense_in_words_is_a_cost() -> None:
    assert "E2" in _items("Acme announced a multibillion-dollar investment in Bolt.", actors=2)
    assert "E2" not in _items("Acme announced an investment in Bolt.", actors=2)


# --- after the hold-out (tests/frames): lawsuits, authorities, layoffs -------------------------------------


def test_a_lawsuit_between_named_parties_is_a_conflict() -> None:
    assert "C1" in _items("Roe sued Acme and its chief executive on Thursday.", actors=2, persons=1)
    assert "C1" in _items("Bolt filed a suit against Acme in a state court.", actors=2)
    assert "C2" in _items("Roe claims Acme betrayed its founding mission.", actors=2, persons=1)
    assert "C2" in _items("The complaint says Acme misled its investors.", actors=1)


def test_harm_to_competition_is_an_antitrust_term_not_a_contest() -> None:
    assert "C1" not in _items("The FTC says the deal would harm competition between Acme and Bolt.", actors=3)


def test_ahead_and_keeping_pace_count_only_against_someone() -> None:
    assert "C4" not in _items(
        "Great opportunities lie ahead of us, Roe told Acme staff.", actors=2, persons=1
    )
    assert "C4" not in _items("To keep pace with that growth, Acme hired widely.", actors=1)
    assert "C4" in _items("Acme has pulled ahead of its rivals in chips.", actors=1)
    assert "C4" in _items("Bolt struggles to keep pace with its rivals.", actors=1)


def test_an_authority_named_in_full_acting_against_a_deal() -> None:
    assert "R1" in _items("The Federal Trade Commission sued to block the deal on Thursday.", actors=1)
    assert "R1" in _items("The Justice Department is seeking an injunction to stop the merger.", actors=1)
    assert "R1" not in _items("Acme's Federal Way office will close.", actors=1)


def test_a_leader_to_retire_or_a_surprise_departure_is_a_change_at_the_top() -> None:
    # the post about to open and a successor to find: who will lead, the board's task
    assert "R4" in _items(
        "Acme said its chief executive Jane Roe will retire next spring.", actors=2, persons=1
    )
    assert "R4" in _items("Bolt's CEO announces surprise retirement")
    assert "R4" in _items("The chairman is to retire after the annual meeting, the bank said.", actors=1)
    assert "R4" in _items("Roe's surprise departure left the board without a CEO.", actors=1, persons=1)
    # a leader's retirement told as done is the change at the top too (the lead's convention, stop
    # 43: responsibility unless the page is mostly a portrait of the career, which H1 and H4 weigh)
    assert "R4" in _items("Acme CEO Jane Roe retires after four decades at the company", actors=2, persons=1)
    assert "R4" in _items("Roe announced her retirement as chief executive on Monday.", actors=1, persons=1)
    # no leader near it: a retirement is no change at the top
    assert "R4" not in _items("Roe retired as a pilot after a 30-year career.", actors=1, persons=1)
    assert "R4" not in _items("The fund will retire the old bonds early, the CEO said.", actors=1)
    assert "R4" not in _items("Most of Acme's workers plan to retire at 60.", actors=1)


def test_a_former_leader_brought_back_is_a_change_at_the_top() -> None:
    assert "R4" in _items("Lumo says ex-CEO Jane Roe to return for two years")
    assert "R4" in _items(
        "Former chief executive Jane Roe will return to head the company.", actors=1, persons=1
    )
    assert "R4" in _items("Roe, its former CEO, returns as chief executive on Monday.", actors=1, persons=1)
    # a return of growth, cash or money is no leader's
    assert "R4" not in _items("The CEO said sales would return to growth next year.", actors=1)
    assert "R4" not in _items("The CEO plans to return cash to shareholders.", actors=1)


def test_a_leader_pushed_out_is_a_change_at_the_top() -> None:
    assert "R4" in _items("Staff learned of his exit as chief executive on Friday.", actors=1)
    assert "R4" in _items("The board fired Jane Roe as CEO after a review.", actors=1, persons=1)
    assert "R4" in _items("Roe was removed as chairwoman by the board.", actors=1, persons=1)
    # "the exit of <leader>" (stop 43): the noun of a leader's going, near the title
    assert "R4" in _items(
        "The abrupt exit of chief executive Jane Roe stunned investors.", actors=1, persons=1
    )
    assert "R4" in _items("Staff were told of the exit of Jane Roe, the CEO, on Friday.", actors=1, persons=1)
    assert "R4" not in _items("The exit of Lumo from the van market was announced on Friday.", actors=1)
    # an exit from a market, workers fired: no leader's
    assert "R4" not in _items("Lumo will exit the van market, its CEO said.", actors=1)
    assert "R4" not in _items("Hundreds of drivers were fired last spring.", actors=1)


def test_a_title_must_be_near_the_change_at_the_top() -> None:
    far = (
        "In a letter signed by Acme's chief executive, Jane Roe, the company said that in the boom years "
        "of the pandemic, when demand for its chips seemed endless, it had taken on staff for a different economic reality."
    )
    assert "R4" not in _items(far, actors=2, persons=1)
    assert "R4" in _items("Acme hired Jane Roe as chief executive in 2019.", actors=2, persons=1)
    assert "R4" in _items("Roe became chief executive of Acme in 2019.", actors=2, persons=1)
    assert "R4" not in _items("Bolt says Acme and its CEO have become a closed shop.", actors=2)


def test_people_laid_off_are_people_affected() -> None:
    assert "H3" in _items("Employees who are being laid off will get 16 weeks of pay.")
    assert "H3" in _items("It means saying goodbye to talented people we loved working with.")
    assert "H3" not in _items("People familiar with the matter said the talks continue.")


def test_a_share_price_moving_is_a_gain_or_loss_even_without_its_figure() -> None:
    """A market story's lead tells a share price's move and why, often without the figure (stop 43)."""
    assert "E1" in _items(
        "Shares of Harbour Tools were rising Wednesday after a report on the review.", actors=1
    )
    assert "E1" in _items("Harbour's stock fell after the regulator delayed its decision.", actors=2)
    assert "E1" not in _items("Harbour will issue new shares to fund the purchase.", actors=1)
    assert "E1" not in _items("The stock market was closed on Monday for the holiday.", actors=1)


def test_a_price_paid_for_a_company_is_its_cost() -> None:
    """A purchase told with its price is the cost of the deal (E2, stop 43): "to close its
    acquisition of X at $40 a share", "agreed to buy X for $2 billion"; without a money figure the
    purchase is no cost told."""
    money = (("money", "$40"),)
    assert "E2" in _items("Harbour expected to close acquisition of Lumen at $40 per share.", figures=money)
    assert "E2" in _items("Harbour agreed to buy Lumen for $2 billion.", figures=(("money", "$2 billion"),))
    assert "E2" not in _items("Harbour expected to close its acquisition of Lumen this week.", actors=2)


def test_cutting_jobs_and_costs_is_an_economic_consequence() -> None:
    assert "E3" in _items("Acme will cut 12,000 jobs to reduce costs.", actors=1)
    assert "E3" in _items("We hired for a different economic reality than the one we face today.")
    assert "E3" not in _items("Acme will hire 200 engineers next year.", actors=1)


def test_groups_hit_by_a_disruption_are_groups_affected() -> None:
    assert "H3" in _items("The outage disrupted hospitals and airlines across Europe.")
    assert "H3" in _items("Acme is working with customers impacted by the defect.", actors=1)
    assert "H3" not in _items("Hospitals in the region reported higher revenue.")  # no effect on them


# --- after the unseen layoff story (stop 21): roles and jobs cut are people losing their work ------------


def test_roles_and_jobs_eliminated_or_cut_are_people_affected() -> None:
    assert "H3" in _items("Acme will eliminate just over 3,000 roles, its chief told staff.", actors=1)
    assert "H3" in _items("Acme will axe 2,000 jobs in its stores.", actors=1)
    assert "H3" in _items("The cuts amount to about 2% of the workforce.", actors=0)
    assert "H3" not in _items("Acme will cut prices on its phones next month.", actors=1)


def test_a_resignation_at_the_top_is_a_change_at_the_top() -> None:
    # stop 40: "has resigned as chief executive" named no change at the top (step down did)
    assert "R4" in _items(
        "Jane Roe has resigned as chief executive of Acme, the company said.", actors=2, persons=1
    )
    assert "R4" in _items("Roe's resignation as CEO takes effect on Friday.", actors=1, persons=1)
    assert "R4" not in _items("Two engineers resigned from the project team last year.", actors=0)


def test_a_crisis_named_by_its_year_or_era_is_background_not_urgency() -> None:
    # stop 40: "the COVID-19 crisis", "since the 2008 financial crisis" date the story; they ask for
    # no urgent action in it. The story's own crisis does.
    assert "R5" not in _items("The carrier went into the COVID-19 crisis stronger than its rivals.", actors=1)
    assert "R5" not in _items("It would be the largest deal since the 2008 financial crisis.")
    assert "R5" not in _items("Its shares never recovered from the global financial crisis.")
    assert "R5" in _items("The new chief must lead the maker out of its safety crisis.", actors=1)
    assert "R5" in _items("The bank faces a deepening crisis over its lending.", actors=1)
