"""The Learn screen: browse the playbook by topic, the coaching text beside the list."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.playbooks import (
    Article,
    ChannelTip,
    CustomerSign,
    Decision,
    Entry,
    Playbook,
    RootCause,
    Safety,
    Stage,
)
from coach.text.languages import language
from coach.text.normalise import normalise

KEY_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def _heading(entry: Entry) -> str:
    return entry.label if isinstance(entry, RootCause | CustomerSign) else entry.title


class LearnScreen(QWidget):
    """Every playbook entry grouped by kind; choosing one shows its coaching and sources."""

    entry_shown = Signal(str, str)

    def __init__(self, playbook: Playbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.playbook = playbook
        self._items: dict[tuple[str, str], QTreeWidgetItem] = {}
        self._entries: dict[tuple[str, str], Entry] = {}
        self._groups_shown: list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = []

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter topics"))
        self.filter_edit.setAccessibleName(self.tr("Filter topics"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)

        self.topics = QTreeWidget()
        self.topics.setHeaderHidden(True)
        self.topics.setAccessibleName(self.tr("Playbook topics"))
        self.topics.currentItemChanged.connect(self._show_current)

        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Coaching text"))
        self.text.setOpenLinks(False)

        self.empty_label = QLabel(self.tr("No topic matches the filter."))
        self.empty_label.setVisible(False)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.filter_edit)
        side_layout.addWidget(self.topics)
        side_layout.addWidget(self.empty_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._fill()
        if self._items:
            self.topics.setCurrentItem(next(iter(self._items.values())))

    def _groups(self) -> list[tuple[str, list[Entry]]]:
        pb = self.playbook
        return [
            (self.tr("Stages"), list(pb.stages())),
            (self.tr("Safety"), [pb.safety]),
            (self.tr("Root causes"), list(pb.root_causes())),
            (self.tr("Customer warning signs"), list(pb.signs())),
            (self.tr("Decisions about a customer"), list(pb.decisions())),
            (self.tr("Channels"), list(pb.channels())),
            (self.tr("Library"), list(pb.library())),
        ]

    def _fill(self) -> None:
        for group_title, entries in self._groups():
            group = QTreeWidgetItem([group_title])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            bold = group.font(0)
            bold.setBold(True)
            group.setFont(0, bold)
            self.topics.addTopLevelItem(group)
            children: list[QTreeWidgetItem] = []
            for entry in entries:
                item = QTreeWidgetItem([_heading(entry)])
                item.setToolTip(0, _heading(entry))
                item.setData(0, KEY_ROLE, (entry.kind, entry.key))
                item.setData(0, SEARCH_ROLE, normalise(self._plain_text(entry)))
                group.addChild(item)
                self._items[(entry.kind, entry.key)] = item
                self._entries[(entry.kind, entry.key)] = entry
                children.append(item)
            group.setExpanded(True)
            self._groups_shown.append((group, children))

    def show_entry(self, kind: str, key: str) -> bool:
        """Selects an entry (``"article"``, ``"complaints_are_a_gift"``); False if there is none."""
        item = self._items.get((kind, key))
        if item is None:
            return False
        self.filter_edit.clear()
        self.topics.setCurrentItem(item)
        self.topics.scrollToItem(item)
        return True

    def _entry_for(self, item: QTreeWidgetItem | None) -> Entry | None:
        if item is None or item.data(0, KEY_ROLE) is None:
            return None
        kind, key = item.data(0, KEY_ROLE)
        return self._entries.get((kind, key))

    def _show_current(self, item: QTreeWidgetItem | None) -> None:
        entry = self._entry_for(item)
        if entry is None:
            return
        self.text.setHtml(self._html(entry))
        self.entry_shown.emit(entry.kind, entry.key)

    def _apply_filter(self, text: str) -> None:
        query = normalise(text.strip())
        any_visible = False
        for group, children in self._groups_shown:
            shown = 0
            for child in children:
                match = not query or query in child.data(0, SEARCH_ROLE)
                child.setHidden(not match)
                shown += match
            group.setHidden(shown == 0)
            any_visible = any_visible or shown > 0
        self.empty_label.setVisible(not any_visible)

    def _plain_text(self, entry: Entry) -> str:
        parts = [_heading(entry)]
        for name in ("goal", "summary", "looks_like", "confirm", "what_to_do", "body"):
            value = getattr(entry, name, None)
            if isinstance(value, str):
                parts.append(value)
        for name in ("tips", "say", "steps", "fix"):
            parts.extend(getattr(entry, name, []))
        return "\n".join(parts)

    def _html(self, entry: Entry) -> str:
        direction = language(self.playbook.lang).direction
        body = [f"<h2>{escape(_heading(entry))}</h2>", *self._body(entry)]
        if entry.sources:
            ids = '<span dir="ltr">' + " · ".join(escape(s) for s in entry.sources) + "</span>"
            label = escape(self.tr("Principles taught:"))
            body.append(f'<p style="color:#777777"><small>{label} {ids}</small></p>')
        return f'<div dir="{direction}">{"".join(body)}</div>'

    def _body(self, entry: Entry) -> list[str]:
        if isinstance(entry, Stage):
            return [
                self._para(self.tr("Goal"), entry.goal),
                self._list(self.tr("Checklist"), [i.text for i in entry.checklist]),
                self._list(self.tr("Tips"), entry.tips),
                self._list(self.tr("What to say"), entry.say),
                self._avoid(entry),
            ]
        if isinstance(entry, RootCause):
            return [
                self._para(self.tr("What it looks like"), entry.looks_like),
                self._para(self.tr("How to confirm it"), entry.confirm),
                self._list(self.tr("What to fix"), entry.fix),
            ]
        if isinstance(entry, CustomerSign):
            return [
                self._para(self.tr("What it looks like"), entry.looks_like),
                self._para(self.tr("What to do"), entry.what_to_do),
            ]
        if isinstance(entry, Decision | Safety):
            return [f"<p>{escape(entry.summary)}</p>", self._list(self.tr("Steps"), entry.steps)]
        if isinstance(entry, ChannelTip):
            return [self._list(self.tr("Tips"), entry.tips)]
        if isinstance(entry, Article):
            summary = f"<p><i>{escape(entry.summary)}</i></p>"
            return [summary, *(f"<p>{escape(p)}</p>" for p in entry.paragraphs())]
        return []

    @staticmethod
    def _para(title: str, text: str) -> str:
        return f"<h4>{escape(title)}</h4><p>{escape(text)}</p>"

    @staticmethod
    def _list(title: str, items: list[str]) -> str:
        if not items:
            return ""
        rows = "".join(f"<li>{escape(i)}</li>" for i in items)
        return f"<h4>{escape(title)}</h4><ul>{rows}</ul>"

    def _avoid(self, stage: Stage) -> str:
        if not stage.avoid:
            return ""
        why, better = escape(self.tr("Why:")), escape(self.tr("Better:"))
        rows = "".join(
            f"<li><s>{escape(a.phrase)}</s><br>{why} {escape(a.reason)}<br>"
            f"<b>{better}</b> {escape(a.better)}</li>"
            for a in stage.avoid
        )
        heading = escape(self.tr("What to avoid"))
        return f"<h4>{heading}</h4><ul>{rows}</ul>"
