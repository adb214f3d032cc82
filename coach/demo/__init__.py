"""Believable sample complaints in each language, for trying the app (``coach demo``)."""

from coach.demo.generator import LANGUAGES, demo_complaints

__all__ = ["LANGUAGES", "demo_complaints"]
