"""The reply to the customer as templates (reply.toml): its parts and the values each must keep."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

REPLY_KEY = "reply"
REPLY_PARTS: dict[str, tuple[str, ...]] = {
    "subject": (),
    "greeting": ("name",),
    "thanks": (),
    "apology": ("apology",),
    "resolution": ("resolution",),
    "steps": ("steps",),
    "date": ("date",),
    "follow_up": (),
    "closing": ("signature",),
}
"""The parts of the ``[reply]`` table of reply.toml, in the order the message puts them, each
with the ``{placeholders}`` its text must keep (``subject`` is the e-mail's subject line)."""


@dataclass(frozen=True)
class ReplyTemplates:
    """The templates of the message to the customer (reply.toml) and the principles they apply."""

    key: str
    texts: dict[str, str]
    sources: list[str]
    kind: str = field(default="reply", init=False)


def build_reply(key: str, raw: dict[str, Any]) -> ReplyTemplates:
    """The templates of a checked ``[reply]`` table."""
    texts = {name: text for name, text in raw.items() if name in REPLY_PARTS}
    return ReplyTemplates(key, texts, list(raw.get("sources", [])))
