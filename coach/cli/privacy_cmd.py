"""``coach delete``, ``coach bin`` and ``coach anonymise``: the bin and the right to be forgotten."""

from __future__ import annotations

import argparse
from typing import Any

from coach.cli.common import open_coach
from coach.errors import EXIT_OK, CoachError
from coach.service.privacy import BIN_DAYS


def register(commands: Any) -> None:
    """Adds ``delete``, ``bin`` and ``anonymise`` to the parser."""
    deleter = commands.add_parser(
        "delete",
        help="move a complaint to the bin",
        description=f"Moves complaints to the bin: the log, exports and reports leave them out; "
        f"'coach bin --restore ID' takes one back, and after {BIN_DAYS} days it is deleted for good.",
    )
    deleter.add_argument("ids", metavar="ID", type=int, nargs="+", help="the complaint's number")
    deleter.set_defaults(run=run_delete)
    binner = commands.add_parser(
        "bin",
        help="list the bin, or take a complaint back from it",
        description=f"Lists the complaints in the bin, most recent first. Those in it for more "
        f"than {BIN_DAYS} days are deleted for good whenever the bin is looked at.",
    )
    binner.add_argument("--restore", metavar="ID", type=int, action="append", default=[])
    binner.set_defaults(run=run_bin)
    anonymiser = commands.add_parser(
        "anonymise",
        help="remove a customer's name, phone, e-mail and address everywhere",
        description="Replaces the customer's name, phone, e-mail and address with a mask in "
        "their record and in the text of every complaint and timeline entry that holds them, "
        "rebuilds the search index and rewrites the file so the old text is gone. Causes, dates, "
        "costs and scores stay, so the statistics do not change. Every backup is rewritten the "
        "same way. The customer is named by --id, --phone or --email.",
    )
    who = anonymiser.add_mutually_exclusive_group(required=True)
    who.add_argument("--id", type=int, metavar="N", help="the customer's number")
    who.add_argument("--phone", metavar="PHONE", help="the customer's phone, any spacing")
    who.add_argument("--email", metavar="EMAIL", help="the customer's e-mail")
    anonymiser.set_defaults(run=run_anonymise)


def run_delete(args: argparse.Namespace) -> int:
    with open_coach(args) as coach:
        for complaint_id in args.ids:
            if not coach.privacy.move_to_bin(complaint_id):
                raise CoachError(f"There is no complaint {complaint_id} outside the bin.")
            print(f"Moved complaint {complaint_id} to the bin.")
    return EXIT_OK


def run_bin(args: argparse.Namespace) -> int:
    with open_coach(args) as coach:
        privacy = coach.privacy
        purged = privacy.purge_bin()
        if purged:
            print(f"Deleted for good {purged} complaint(s) in the bin for over {BIN_DAYS} days.")
        for complaint_id in args.restore:
            if not privacy.restore_from_bin(complaint_id):
                raise CoachError(f"Complaint {complaint_id} is not in the bin.")
            print(f"Took complaint {complaint_id} back from the bin.")
        if args.restore:
            return EXIT_OK
        found = privacy.binned()
        if not found:
            print("The bin is empty.")
        for complaint, when in found:
            text = " ".join(complaint.description.split())[:60]
            print(f"{complaint.id:>6}  deleted {when:%Y-%m-%d %H:%M}  {text}")
    return EXIT_OK


def run_anonymise(args: argparse.Namespace) -> int:
    with open_coach(args) as coach:
        customer_id = args.id
        if customer_id is None:
            customer_id = coach.customer_id_for(args.phone or "", args.email or "")
        if customer_id is None or not any(c.id == customer_id for c in coach.customers()):
            raise CoachError("There is no such customer in the log.")
        done = coach.privacy.anonymise_customer(customer_id)
    print(
        f"Anonymised customer {customer_id}: {done.complaints} complaint(s) rewritten, the search "
        f"index rebuilt, {done.backups} backup(s) rewritten, the notes on them cleared, "
        f"{done.files} file(s) kept with their complaints deleted."
    )
    for path, reason in done.not_rewritten:
        print(f"coach: the backup {path} could not be rewritten: {reason}")
    return EXIT_OK
