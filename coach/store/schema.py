"""The database schema as numbered migrations (sqlite-utils ``Migrations``)."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from coach.complaints.vocabulary import ROOT_CAUSES, english_label

MIGRATIONS = Migrations("complaint_coach")

COMPLAINT_COLUMNS: dict[str, type] = {
    "id": int,
    "customer_id": int,
    "created_at": str,
    "updated_at": str,
    "stage": str,
    "status": str,
    "order_ref": str,
    "channel": str,
    "product": str,
    "description": str,
    "key_points": str,
    "mood": str,
    "questions": str,
    "what_went_wrong": str,
    "staff_involved": str,
    "root_cause": str,
    "severity": str,
    "handover": str,
    "fault": str,
    "apology": str,
    "wanted_outcome": str,
    "resolution": str,
    "steps": str,
    "cost": str,
    "promised_by": str,
    "thanked": int,
    "resolved_at": str,
    "follow_up_due": str,
    "followed_up_at": str,
    "follow_up_result": str,
    "csat": int,
    "ces": int,
    "nps": int,
    "lesson": str,
    "notes": str,
    "checklist": str,
    "search_text": str,
}


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    db.table("customers").create(
        {"id": int, "name": str, "phone": str, "email": str, "signs": str, "phone_key": str},
        pk="id",
    )
    db.table("root_causes").create({"key": str, "label": str, "builtin": int}, pk="key")
    db.table("root_causes").insert_all(
        {"key": key, "label": english_label(key), "builtin": 1} for key in ROOT_CAUSES
    )
    db.table("complaints").create(
        COMPLAINT_COLUMNS,
        pk="id",
        foreign_keys=[("customer_id", "customers", "id")],
        not_null={"created_at", "stage", "status", "description"},
        defaults={"description": ""},
    )
    db.table("events").create(
        {"id": int, "complaint_id": int, "kind": str, "at": str, "stage": str, "detail": str},
        pk="id",
        foreign_keys=[("complaint_id", "complaints", "id")],
    )
    db.table("customers").create_index(["phone_key"])
    db.table("customers").create_index(["email"])
    for column in ("created_at", "status", "root_cause", "customer_id"):
        db.table("complaints").create_index([column])
    db.table("events").create_index(["complaint_id"])
    for statement in _FTS_STATEMENTS:
        db.execute(statement)


_FTS_STATEMENTS = (
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


@MIGRATIONS()
def m002_customer_email_lookup(db: Database) -> None:
    """Finding a customer by e-mail (``lower(email) = ?``) uses an index, not a full scan."""
    db.execute("CREATE INDEX idx_customers_lower_email ON customers(lower(email))")
