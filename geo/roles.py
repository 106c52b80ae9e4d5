"""Places vs actors: "Moscow denied", "Kyiv launched", "Washington and Seoul expressed concern" use a capital
for its government. Such mentions get ``role="actor"``; everything else is a literal place.

Only capitals (and places curated as seats of power) can be actors; countries are always drawn as places.
"""

from __future__ import annotations

from geo.lexicon import (ACTOR_AUX, ACTOR_BEFORE, ACTOR_MODALS, ACTOR_NOUNS, ACTOR_VERBS, CITY_BEFORE,
                         RELATION_NOUNS)
from geo.normalize import Token


def is_actor(tokens_after: list[Token], tokens_before: list[Token], possessive: bool,
             coordinated_with_actor: bool = False) -> str | None:
    """Why a capital mention is an actor, or None.

    ``tokens_after``/``tokens_before`` are the tokens after and before the mention in its sentence.
    """
    if tokens_before:
        prev = tokens_before[-1]
        apposed = prev.key in CITY_BEFORE and (not tokens_after or "," in tokens_after[0].gap)
        if apposed or (len(tokens_before) >= 2 and tokens_before[-2].key in CITY_BEFORE and prev.key == "the"):
            # "the capital, Pyongyang, ...": a place; but "... for a Black Sea port, Washington voices concern"
            return None
    if possessive and tokens_after and tokens_after[0].key in ACTOR_NOUNS:
        return f"possessive with '{tokens_after[0].surface}'"
    rest = list(tokens_after)
    if len(rest) > 1 and "," in rest[0].gap and rest[0].key in ("which", "who"):
        # "Washington, which backed the earlier consortium, said ...": past the relative clause to its verb
        rest = next((rest[k:] for k in range(1, len(rest)) if "," in rest[k].gap), [])
    elif rest and "," in rest[0].gap:
        rest = []  # "tested near Pyongyang, said officials": the verb belongs to someone else
    # Skip coordinated capitals: "Moscow and Pyongyang have denied".
    while len(rest) >= 2 and rest[0].key in ("and", "or") and rest[1].is_capitalised:
        rest = rest[2:]
    if rest and rest[0].key in ACTOR_MODALS and not _passive(rest[1:]):
        # "Washington should be clearer", "Seoul must respond": what a government ought to do (not "Kyiv must be
        # defended", a place that is acted on)
        return f"subject of '{rest[0].surface}'"
    while rest and rest[0].key in ACTOR_AUX:
        rest = rest[1:]
    if rest and rest[0].key in ACTOR_VERBS:
        return f"subject of '{rest[0].surface}'"
    before = list(tokens_before)
    # Skip a coordinated capital before: "between Pyongyang and Moscow".
    while len(before) >= 2 and before[-1].key in ("and", "or") and before[-2].is_capitalised:
        before = before[:-2]
    for prefix in (before, tokens_before):
        if prefix and prefix[-1].key in ACTOR_BEFORE and _dealings(prefix):
            return f"after '{prefix[-1].surface}' (relations between governments)"
    if len(tokens_before) >= 2 and tokens_before[-1].key == "and" and tokens_before[-2].key in ACTOR_BEFORE and (
            _dealings(tokens_before[:-1])):
        return "relations between governments"
    if coordinated_with_actor:
        return "coordinated with an actor"
    return None


def _passive(rest: list[Token]) -> bool:
    """``rest`` opens a passive or a place's state after a modal: "be defended", "not be taken", "be rebuilt"."""
    words = [t.key for t in rest[:3] if t.key != "not"]
    return len(words) >= 2 and words[0] == "be" and (words[1].endswith(("ed", "en", "wn")) or words[1] in (
        "hit", "built", "rebuilt", "held", "lost", "cut", "left", "spared", "shut"))


def _dealings(before: list[Token]) -> bool:
    """``before`` ends with "by", or with "between" after a word for dealings between governments."""
    if before[-1].key != "between":
        return True
    return len(before) >= 2 and before[-2].key in RELATION_NOUNS
