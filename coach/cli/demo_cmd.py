"""``coach demo``: fills a data folder with believable sample complaints."""

from __future__ import annotations

import argparse
import random
import time
from datetime import date
from typing import Any

from coach.cli.common import open_coach
from coach.demo import LANGUAGES
from coach.errors import EXIT_OK, CoachError


def _whole_number(text: str, low: int, high: int) -> int:
    try:
        value = int(text)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"give a whole number from {low} to {high}")
    return value


def _count(text: str) -> int:
    return _whole_number(text, 1, 1_000_000)


def _months(text: str) -> int:
    return _whole_number(text, 1, 120)


def register(commands: Any) -> None:
    """Adds ``demo`` to the parser."""
    parser = commands.add_parser(
        "demo",
        help="fill an empty data folder with sample complaints",
        description="Fills an empty data folder with believable sample complaints from small "
        "shops (a café, a bakery, a phone repair shop, a clothes shop, an online store), spread "
        "over root causes, channels, stages, outcomes and scores, dated over the last months. "
        "Use --data-dir to keep them apart from your own log.",
    )
    parser.add_argument("--complaints", type=_count, default=300, metavar="N", help="default 300")
    parser.add_argument("--months", type=_months, default=6, metavar="M", help="default 6")
    parser.add_argument(
        "--lang",
        dest="demo_lang",
        choices=(*LANGUAGES, "mixed"),
        default="mixed",
        help="language of the texts and names (default mixed)",
    )
    parser.add_argument(
        "--seed", type=int, help="the same seed on the same day gives the same data"
    )
    parser.add_argument(
        "--append",
        action="store_true",
        help="add to a data folder that already holds complaints",
    )
    parser.set_defaults(run=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    seed = args.seed if args.seed is not None else random.randrange(1_000_000)
    started = time.perf_counter()
    with open_coach(args) as coach:
        existing = coach.count()
        if existing and not args.append:
            raise CoachError(
                f"The data folder {coach.data_dir} already holds {existing} complaints, and "
                "sample complaints would be mixed in with them. Choose an empty folder with "
                "--data-dir, or add --append if that is what you want."
            )
        added = coach.add_demo(
            args.complaints, args.months, args.demo_lang, seed=seed, today=date.today()
        )
    seconds = time.perf_counter() - started
    print(
        f"Added {added} sample complaints ({args.demo_lang}, last {args.months} months, "
        f"seed {seed}) to {coach.data_dir} in {seconds:.1f} s."
    )
    return EXIT_OK
