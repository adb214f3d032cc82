"""The database schema as numbered migrations (sqlite-utils ``Migrations``).

Each migration is frozen text: once released it never changes, and it never reads today's
column lists or labels, so a database of any released version upgrades the same way it did
the day that version shipped. A new column or index is a new migration at the end.
``LATEST_VERSION`` (the number of migrations) is what ``PRAGMA user_version`` holds once every
migration has run; a database with a higher number was written by a newer version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    MIGRATIONS: Migrations

MIGRATION_SET = "complaint_coach"
MIGRATIONS_TABLE = "_sqlite_migrations"
MIGRATION_NAMES: list[str] = []

Step = Callable[["Database"], None]
_STEPS: list[Step] = []


def _migration(step: Step) -> Step:
    """Registers ``step``; its function name is the name recorded in ``_sqlite_migrations``."""
    MIGRATION_NAMES.append(step.__name__)
    _STEPS.append(step)
    return step


def __getattr__(name: str) -> object:
    """``MIGRATIONS``, sqlite-utils' runner of every step, made on first use: a log that needs
    no upgrade opens without loading sqlite-utils (coach.store.opening)."""
    if name != "MIGRATIONS":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for step in _STEPS:
        migrations()(step)
    assert migrations.migrations_table == MIGRATIONS_TABLE
    globals()["MIGRATIONS"] = migrations
    return migrations


def _run(db: Database, statements: tuple[str, ...]) -> None:
    for statement in statements:
        db.execute(statement)


# --- m001 (version 1): exactly the schema the first release wrote ----------------------------

_M001_STATEMENTS = (
    """CREATE TABLE "customers" (
   "id" INTEGER PRIMARY KEY,
   "name" TEXT,
   "phone" TEXT,
   "email" TEXT,
   "signs" TEXT,
   "phone_key" TEXT
)""",
    """CREATE TABLE "root_causes" (
   "key" TEXT PRIMARY KEY,
   "label" TEXT,
   "builtin" INTEGER
)""",
    """CREATE TABLE "complaints" (
   "id" INTEGER PRIMARY KEY,
   "customer_id" INTEGER REFERENCES "customers"("id"),
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT,
   "stage" TEXT NOT NULL,
   "status" TEXT NOT NULL,
   "order_ref" TEXT,
   "channel" TEXT,
   "product" TEXT,
   "description" TEXT NOT NULL DEFAULT '',
   "key_points" TEXT,
   "mood" TEXT,
   "questions" TEXT,
   "what_went_wrong" TEXT,
   "staff_involved" TEXT,
   "root_cause" TEXT,
   "severity" TEXT,
   "handover" TEXT,
   "fault" TEXT,
   "apology" TEXT,
   "wanted_outcome" TEXT,
   "resolution" TEXT,
   "steps" TEXT,
   "cost" TEXT,
   "promised_by" TEXT,
   "thanked" INTEGER,
   "resolved_at" TEXT,
   "follow_up_due" TEXT,
   "followed_up_at" TEXT,
   "follow_up_result" TEXT,
   "csat" INTEGER,
   "ces" INTEGER,
   "nps" INTEGER,
   "lesson" TEXT,
   "notes" TEXT,
   "checklist" TEXT,
   "search_text" TEXT
)""",
    """CREATE TABLE "events" (
   "id" INTEGER PRIMARY KEY,
   "complaint_id" INTEGER REFERENCES "complaints"("id"),
   "kind" TEXT,
   "at" TEXT,
   "stage" TEXT,
   "detail" TEXT
)""",
    """CREATE INDEX "idx_customers_phone_key"
    ON "customers" ("phone_key")""",
    """CREATE INDEX "idx_customers_email"
    ON "customers" ("email")""",
    """CREATE INDEX "idx_complaints_created_at"
    ON "complaints" ("created_at")""",
    """CREATE INDEX "idx_complaints_status"
    ON "complaints" ("status")""",
    """CREATE INDEX "idx_complaints_root_cause"
    ON "complaints" ("root_cause")""",
    """CREATE INDEX "idx_complaints_customer_id"
    ON "complaints" ("customer_id")""",
    """CREATE INDEX "idx_events_complaint_id"
    ON "events" ("complaint_id")""",
    """CREATE VIRTUAL TABLE complaints_fts USING fts5(
        search_text, content='complaints', content_rowid='id', tokenize='trigram'
    )""",
    """CREATE TRIGGER complaints_fts_insert AFTER INSERT ON complaints BEGIN
        INSERT INTO complaints_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
    """CREATE TRIGGER complaints_fts_delete AFTER DELETE ON complaints BEGIN
        INSERT INTO complaints_fts(complaints_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    END""",
    """CREATE TRIGGER complaints_fts_update AFTER UPDATE OF search_text ON complaints BEGIN
        INSERT INTO complaints_fts(complaints_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
        INSERT INTO complaints_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
)

# The built-in root causes and their English labels as the first release stored them.
_M001_ROOT_CAUSES = (
    ("expectation_gap", "Not what was promised"),
    ("not_heard", "Felt unheard or unvalued"),
    ("bad_day_elsewhere", "Upset from elsewhere"),
    ("product_defect", "Faulty product"),
    ("delivery_delay", "Late delivery"),
    ("slow_response", "Slow response"),
    ("staff_behaviour", "Staff behaviour"),
    ("billing_error", "Billing error"),
    ("price_dispute", "Price dispute"),
    ("rigid_policy", "Rigid policy"),
    ("passed_around", "Passed around"),
    ("unclear_requirements", "Unclear or changing requirements"),
    ("unreasonable_demand", "Unreasonable demand"),
    ("other", "Other"),
)


@_migration
def m001_initial(db: Database) -> None:
    """Customers, complaints, their events, root causes and the trigram search index."""
    _run(db, _M001_STATEMENTS[:2])
    db.conn.executemany(
        "INSERT INTO root_causes (key, label, builtin) VALUES (?, ?, 1)", _M001_ROOT_CAUSES
    )
    _run(db, _M001_STATEMENTS[2:])


# --- m002 (version 2) ------------------------------------------------------------------------


@_migration
def m002_customer_email_lookup(db: Database) -> None:
    """Finding a customer by e-mail (``lower(email) = ?``) uses an index, not a full scan."""
    db.execute("CREATE INDEX idx_customers_lower_email ON customers(lower(email))")


# --- m003 (version 3) ------------------------------------------------------------------------


@_migration
def m003_customer_address(db: Database) -> None:
    """The customer's address (personal data, asked for on the Listen stage)."""
    db.execute("ALTER TABLE customers ADD COLUMN address TEXT")


# --- m004 ------------------------------------------------------------------------------------


@_migration
def m004_bin(db: Database) -> None:
    """A deleted complaint waits in the bin (``deleted_at`` set) until it is restored or purged."""
    db.execute("ALTER TABLE complaints ADD COLUMN deleted_at TEXT")
    db.execute("CREATE INDEX idx_complaints_deleted_at ON complaints(deleted_at)")


# --- m005 ------------------------------------------------------------------------------------

_M005_STATEMENTS = (
    "ALTER TABLE customers ADD COLUMN notes TEXT",
    "ALTER TABLE customers ADD COLUMN search_key TEXT",
    """CREATE TABLE "attachments" (
   "id" INTEGER PRIMARY KEY,
   "complaint_id" INTEGER NOT NULL REFERENCES "complaints"("id") ON DELETE CASCADE,
   "added_at" TEXT NOT NULL,
   "name" TEXT NOT NULL,
   "media_type" TEXT NOT NULL,
   "sha256" TEXT NOT NULL,
   "size" INTEGER NOT NULL,
   "width" INTEGER,
   "height" INTEGER,
   "data" BLOB NOT NULL,
   "thumbnail" BLOB,
   "original" BLOB
)""",
    """CREATE INDEX "idx_attachments_complaint_id"
    ON "attachments" ("complaint_id")""",
    """CREATE INDEX "idx_complaints_open_dates"
    ON "complaints" ("status", "resolved_at", "promised_by", "follow_up_due", "updated_at",
                     "created_at")
    WHERE "deleted_at" IS NULL""",
)


@_migration
def m005_customer_page_and_attachments(db: Database) -> None:
    """The owner's notes on a customer and a normalised copy of their name and contacts (filled
    by the store) to offer them while typing; the evidence attached to each complaint; what is
    due today found from one covering index of the open complaints' dates."""
    _run(db, _M005_STATEMENTS)


# --- m006 ------------------------------------------------------------------------------------

_M007_STATEMENTS = (
    "DROP INDEX idx_complaints_deleted_at",
    """CREATE INDEX "idx_complaints_in_bin"
    ON "complaints" ("deleted_at")
    WHERE "deleted_at" IS NOT NULL""",
)


@_migration
def m006_bin_index_partial(db: Database) -> None:
    """The bin's index holds only the complaints in the bin. The full index of ``deleted_at``
    (m004), NULL for every complaint outside the bin, made SQLite answer ``deleted_at IS NULL``
    (every log, search and report query) through it, reading and sorting the whole table; a
    partial index cannot serve that term, so the date, status and search indexes do again,
    while the bin's own queries (``deleted_at IS NOT NULL``) still use it."""
    _run(db, _M007_STATEMENTS)


LATEST_VERSION = len(MIGRATION_NAMES)
