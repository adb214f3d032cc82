"""The screens name every vocabulary key as the interface language's playbook does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QTableView

from coach.complaints.domain import Complaint, Customer
from coach.complaints.vocabulary import ROOT_CAUSES, STATUSES
from coach.playbooks import load_playbook
from coach.store import Store
from coach.ui.app import create_main_window
from coach.ui.log_model import COLUMNS
from coach.ui.prompts import ScriptedPrompts

OWN_CAUSE = ("milk_ran_out", "شیر تمام شد")


def fill(folder: Path) -> None:
    store = Store.open(folder)
    try:
        store.add_root_cause(*OWN_CAUSE)
        made = datetime.now().replace(microsecond=0)
        rows = [
            Complaint(
                created_at=made,
                customer=Customer(name=f"مشتری {n}"),
                description="دیر رسید",
                root_cause=cause,
                status=status,
            )
            for n, (cause, status) in enumerate(
                [("product_defect", "draft"), ("delivery_delay", "closed"), (OWN_CAUSE[0], "draft")]
            )
        ]
        store.save_many([(row, []) for row in rows])
    finally:
        store.close()


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_persian_log_and_wizard_name_causes_and_statuses_as_the_persian_playbook(
    qtbot, data_dir: Path, ui_language: Callable[[str], None]
) -> None:
    fill(data_dir)
    ui_language("fa")
    book = load_playbook("fa")
    causes = [book.root_cause(key).label for key in ROOT_CAUSES] + [OWN_CAUSE[1]]
    window = create_main_window(data_dir, "fa", ScriptedPrompts())
    qtbot.addWidget(window)

    cause_filter = window.findChild(QComboBox, "cause_filter")
    assert items(cause_filter)[1:] == causes
    status_filter = window.findChild(QComboBox, "status_filter")
    assert items(status_filter)[2:] == [book.label(key, "status") for key in STATUSES]

    model = window.findChild(QTableView, "complaints_view").model()
    shown = {
        model.index(row, COLUMNS.index("root_cause")).data(): model.index(
            row, COLUMNS.index("status")
        ).data()
        for row in range(model.rowCount())
    }
    assert shown == {
        "ایراد کالا": book.label("draft", "status"),
        book.root_cause("delivery_delay").label: "بسته‌شده",
        OWN_CAUSE[1]: "پیش‌نویس",
    }

    wizard = window.new_complaint()
    qtbot.addWidget(wizard)
    root_cause = wizard.findChild(QComboBox, "root_cause")
    assert items(root_cause)[1:] == causes
    channel = wizard.findChild(QComboBox, "channel")
    assert items(channel)[1:] == list(book.labels_by_group["channel"].labels.values())
    wizard.close()
