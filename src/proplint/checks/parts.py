"""F, R and C rules: follow-up, risk assessment and consultation."""

from __future__ import annotations

import operator
from collections.abc import Iterator

import attrs

from proplint.checks.context import CheckContext
from proplint.checks.spec import check_spec
from proplint.checks.fields import empty, empty_fields
from proplint.checks.tables import normalise
from proplint.findings import Hit
from proplint.phrases import Choices, Phrase
from proplint.model import Answer, FollowUpGroup, Kind, Proposal
from proplint.model.enums import RiskLevel

FOLLOW_UP_FIELDS = ("goal", "measure", "responsible", "when")
_FOLLOW_UP_VALUES = operator.attrgetter(*FOLLOW_UP_FIELDS)


@check_spec()
def no_follow_up(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """F401: no follow-up rows."""
    if not proposal.follow_up:
        yield context.hit(("follow_up",))


@check_spec(args=("field", "row"))
def follow_up_field(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """F402: one finding per empty goal, measure, responsible or when."""
    for index, row in enumerate(proposal.follow_up or []):
        for value in _FOLLOW_UP_VALUES(row):
            if empty(value):  # most rows fill all four
                yield from empty_fields(context, ("follow_up", index), row, FOLLOW_UP_FIELDS, row=index + 1)
                break


@check_spec()
def no_realisation_goal(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """F403: an investment proposal with follow-up rows but none on realising the savings."""
    rows = proposal.follow_up or []
    if proposal.kind is Kind.INVESTMENT and rows and all(row.group is not FollowUpGroup.REALISATION for row in rows):
        yield context.hit(("follow_up",))


@check_spec()
def no_risk(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """R501: no risk assessment."""
    if proposal.risk is None:
        yield context.hit(("risk",))


@attrs.frozen
class RiskLevels:
    """R502's parameters: the risk levels a proposal may state (any, when empty)."""

    levels: tuple[str, ...] = ()


@check_spec(params=RiskLevels, args=("detail",))
def risk_level(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """R502: no level, or one the ruleset does not allow."""
    risk = proposal.risk
    if risk is None:
        return
    levels = context.typed(RiskLevels).levels
    if risk.level is not None and (not levels or risk.level.value in levels):
        return  # the words of a finding are worked out only for one
    danish = RiskLevel.danish()
    allowed = Choices([(level, danish.get(level, level)) for level in levels])
    if risk.level is None:
        yield context.hit(("risk", "level"), detail=Phrase("the risk assessment states no level (one of {levels})", levels=allowed))
    elif levels and risk.level.value not in levels:
        level = Choices([(risk.level.value, danish.get(risk.level.value, risk.level.value))])
        yield context.hit(
            ("risk", "level"), detail=Phrase("the risk level {level!r} is not one of {levels}", level=level, levels=allowed)
        )


@check_spec(args=("level",))
def risk_text(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """R503: a level with no text explaining it."""
    risk = proposal.risk
    if risk is not None and risk.level is not None and empty(risk.text):
        yield context.hit(("risk", "text"), level=risk.level.value)


@check_spec()
def no_consultation(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """C601: no ``consultation`` key (an empty list is an answer)."""
    if proposal.consultation is None:
        yield context.hit(("consultation",))


@attrs.frozen
class Party:
    """A mandatory party: its name, and other spellings its answer may come under (written as a text: no aliases)."""

    name: str
    aliases: tuple[str, ...] = ()


@attrs.frozen
class MandatoryParties:
    """C604's parameters (and C602's): by proposal kind, the parties that must approve (and give a date)."""

    mandatory: dict[Kind, tuple[Party | str, ...]] = attrs.field(factory=dict)


@check_spec(params=MandatoryParties, args=("party",))
def consultation_date(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """C602: a yes without a date of approval.

    The template's column is "date of approval and any reply": a yes with only
    a free-text ``response`` (a period, a meeting) is one level lighter for a
    party that is not mandatory (``mandatory``, as C604's); a mandatory party
    must give its date.
    """
    for index, row in enumerate(proposal.consultation or []):
        if row.answer is Answer.YES and row.date is None:
            hit = context.hit(("consultation", index, "date"), party=row.party)
            answered = row.response is not None and bool(row.response.strip())
            if answered and not _mandatory(row.party, proposal.kind, context):
                hit = attrs.evolve(hit, step=-1)
            yield hit


def _mandatory(party: str | None, kind: Kind | None, context: CheckContext) -> bool:
    """Whether ``party`` answers for a party the rule makes mandatory for the kind."""
    parties = context.typed(MandatoryParties).mandatory.get(kind, ()) if kind is not None else ()
    return any(party and normalise(party) in _party_spellings(mandatory)[1] for mandatory in parties)


@check_spec(args=("party", "answer", "date"))
def date_without_yes(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """C603: a no or not relevant that carries a date of approval."""
    for index, row in enumerate(proposal.consultation or []):
        if row.answer in (Answer.NO, Answer.NOT_RELEVANT) and row.date is not None:
            yield context.hit(
                ("consultation", index, "date"), party=row.party, answer=Phrase(row.answer.value), date=row.date.isoformat()
            )


@check_spec(params=MandatoryParties, args=("detail",))
def mandatory_party(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """C604: a party the ruleset makes mandatory for the kind is absent or did not answer yes."""
    if proposal.consultation is None or proposal.kind is None:
        return
    required = context.typed(MandatoryParties).mandatory.get(proposal.kind, ())
    for party in required:
        name, spellings = _party_spellings(party)
        rows = [(i, row) for i, row in enumerate(proposal.consultation) if row.party and normalise(row.party) in spellings]
        if not rows:
            yield context.hit(
                ("consultation",), detail=Phrase("the mandatory party {party!r} is not among the consulted parties", party=name)
            )
        elif all(row.answer is not Answer.YES for _, row in rows):
            index, row = rows[0]
            answer = Phrase(row.answer.value if row.answer else "nothing")
            yield context.hit(
                ("consultation", index, "answer"),
                detail=Phrase("the mandatory party {party!r} answered {answer!r}; it must approve the proposal", party=name, answer=answer),
            )


def _party_spellings(party: Party | str) -> tuple[str, frozenset[str]]:
    """A party's name and its spellings compared without case or punctuation, worked out once per party of the rule's parameters."""
    known = _SPELLINGS.get(id(party))
    if known is not None and known[0] is party:
        return known[1]
    name, aliases = (party, ()) if isinstance(party, str) else (party.name, party.aliases)
    spellings = name, frozenset(normalise(spelling) for spelling in (name, *aliases))
    if len(_SPELLINGS) >= 256:
        _SPELLINGS.clear()
    _SPELLINGS[id(party)] = (party, spellings)
    return spellings


_SPELLINGS: dict[int, tuple[Party | str, tuple[str, frozenset[str]]]] = {}


@check_spec(args=("party", "date", "submitted"))
def date_after_submission(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """C605: a consultation date later than the proposal's date."""
    submitted = proposal.submitted
    if submitted is None:
        return
    for index, row in enumerate(proposal.consultation or []):
        if row.date is not None and row.date > submitted:
            yield context.hit(
                ("consultation", index, "date"),
                party=row.party,
                date=row.date.isoformat(),
                submitted=submitted.isoformat(),
            )


@check_spec(args=("party", "first"))
def duplicate_party(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """C606: the same party listed twice."""
    first_seen: dict[str, int] = {}
    for index, row in enumerate(proposal.consultation or []):
        if not row.party:
            continue
        key = normalise(row.party)
        if key in first_seen:
            yield context.hit(("consultation", index, "party"), party=row.party, first=first_seen[key] + 1)
        else:
            first_seen[key] = index
