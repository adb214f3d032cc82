"""The reply composer: the message to the customer, built from the complaint with the coach and
checked as it is edited, then copied or opened as an e-mail or a WhatsApp message."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coach.complaints.domain import Complaint
from coach.service import Coach
from coach.service.reply import (
    VALUES,
    Reply,
    ReplyValues,
    compose,
    mailto_url,
    needs_country_code,
    whatsapp_url,
)
from coach.text.languages import LANGUAGES, language
from coach.tone.checker import Finding
from coach.ui.buttons import named_button
from coach.ui.direction import follow_content_direction, isolate
from coach.ui.read_only import reason as read_only_reason
from coach.ui.wizard.date_field import DateField
from coach.ui.wizard.fields import LineField, TextField
from coach.ui.wizard.texts import field_label
from coach.ui.wizard.tone_watch import ToneWatcher

Editor = LineField | TextField | DateField
FIELD_OF_VALUE = {
    "name": "customer_name",
    "apology": "apology",
    "resolution": "resolution",
    "steps": "steps",
    "date": "promised_by",
}
MISSING_STYLE = "background: #fdecea; border: 1px solid #d93025; border-radius: 4px;"


class ValueRow(QFrame):
    """One value of the message with its label above it; highlighted while it is missing."""

    def __init__(self, name: str, caption: str, editor: Editor, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.editor = editor
        self.setObjectName(f"reply_row_{name}")
        control = editor.control()
        control.setObjectName(f"reply_{name}")
        control.setAccessibleName(caption)
        label = QLabel(caption, self)
        label.setBuddy(control)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(2)
        layout.addWidget(label)
        layout.addWidget(editor)
        self.set_missing(False)

    def set_missing(self, missing: bool) -> None:
        self.setProperty("missing", missing)
        style = f"QFrame#{self.objectName()} {{ {MISSING_STYLE} }}" if missing else ""
        self.setStyleSheet(style)


class ReplyDialog(QDialog):
    """Composes the reply to the complaint's customer in any of the languages.

    The message is rebuilt from the values on the left until the owner edits it by hand; a value
    the templates need but the complaint lacks is highlighted and asked for. ``stored`` returns
    the complaint as stored (writing it first when it is new); ``noted(id)`` fires once the sent
    text is in the complaint's timeline.
    """

    noted = Signal(int)

    def __init__(
        self,
        context: Coach,
        complaint: Complaint,
        stored: Callable[[], Complaint],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.stored = stored
        self.lang = context.language
        self.reply = Reply("", "", ())
        self._generated = ""
        self._noted: set[str] = set()
        self.setObjectName("reply_dialog")
        self.setWindowTitle(self.tr("Reply to the customer"))
        self._build(ReplyValues.of(complaint, context.settings.business_name), complaint)
        self.watcher = ToneWatcher(self.text, "reply", self.lang, self)
        self.watcher.checked.connect(self._show_findings)
        self.text.textChanged.connect(self._update_buttons)
        self.rebuild(force=True)
        self.watcher.check_now()
        self.resize(1000, 680)

    # --- building --------------------------------------------------------------------------

    def _build(self, values: ReplyValues, complaint: Complaint) -> None:
        self.language = QComboBox(self)
        self.language.setObjectName("reply_language")
        for code in LANGUAGES:
            self.language.addItem(language(code).name, code)
        self.language.setCurrentIndex(self.language.findData(self.lang))
        self.language.setAccessibleName(self.tr("Language of the message"))
        self.language.currentIndexChanged.connect(self._language_changed)
        context = self.context
        editors: dict[str, tuple[str, Editor]] = {
            "name": (field_label("customer_name"), LineField()),
            "apology": (field_label("apology"), TextField(3)),
            "resolution": (field_label("resolution"), TextField(3)),
            "steps": (field_label("steps"), TextField(3)),
            "date": (
                field_label("promised_by"),
                DateField(context.calendar, context.digits, field_label("promised_by")),
            ),
            "signature": (self.tr("Signed"), LineField()),
            "email": (field_label("customer_email"), LineField()),
            "phone": (field_label("customer_phone"), LineField()),
        }
        self.rows = {name: ValueRow(name, *pair) for name, pair in editors.items()}
        for name, row in self.rows.items():
            row.editor.write(self._initial(name, values, complaint))
            row.editor.changed.connect(lambda: self.rebuild())
        self.rows["phone"].editor.changed.connect(self._update_phone_hint)
        for name in ("email", "phone"):
            self.rows[name].editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.phone_hint = _note_label("reply_phone_hint", self)
        self.phone_hint.setText(
            self.tr("Add the country code (like +971 or +98) so that WhatsApp finds this number.")
        )
        form = QVBoxLayout()
        caption = QLabel(self.tr("Language of the message"), self)
        caption.setBuddy(self.language)
        form.addWidget(caption)
        form.addWidget(self.language)
        for row in self.rows.values():
            form.addWidget(row)
        form.addWidget(self.phone_hint)
        form.addStretch(1)
        self.missing = _note_label("reply_missing", self)
        self.missing.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("reply_text")
        self.text.setAccessibleName(self.tr("Message to the customer"))
        follow_content_direction(self.text)
        self.findings = QListWidget(self)
        self.findings.setObjectName("reply_findings")
        self.findings.setAccessibleName(self.tr("Wording check"))
        self.findings.setWordWrap(True)
        self.findings.setMaximumHeight(150)
        self.findings.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        follow_content_direction(self.findings)
        self.status = _note_label("reply_status", self)
        actions = QHBoxLayout()
        self.copy_button = named_button(self, "reply_copy", self.tr("Copy"), self.copy)
        self.email_button = named_button(
            self, "reply_email_button", self.tr("Open as e-mail"), self.email
        )
        self.whatsapp_button = named_button(
            self, "reply_whatsapp", self.tr("Open in WhatsApp"), self.whatsapp
        )
        self.rebuild_button = named_button(
            self, "reply_rebuild", self.tr("Rebuild the message"), lambda: self.rebuild(force=True)
        )
        self.rebuild_button.setToolTip(
            self.tr("Write the message again from the fields beside it (your own edits are lost).")
        )
        for button in (self.copy_button, self.email_button, self.whatsapp_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.rebuild_button)
        message = QVBoxLayout()
        message.addWidget(self.missing)
        message.addWidget(self.text, 1)
        message.addWidget(QLabel(self.tr("Wording check"), self))
        message.addWidget(self.findings)
        message.addLayout(actions)
        message.addWidget(self.status)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        grid = QGridLayout(self)
        grid.addLayout(form, 0, 0)
        grid.addLayout(message, 0, 1)
        grid.addWidget(close, 1, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self._update_phone_hint()

    @staticmethod
    def _initial(name: str, values: ReplyValues, complaint: Complaint) -> str | date | None:
        if name == "email":
            return complaint.customer.email
        if name == "phone":
            return complaint.customer.phone
        if name == "date":
            return values.promised_by
        return str(getattr(values, name))

    # --- the message -----------------------------------------------------------------------

    def values(self) -> ReplyValues:
        """The values as the fields on the left give them now."""
        values = ReplyValues()
        for name in VALUES:
            values = values.with_value(name, self.rows[name].editor.read())
        return values

    def edited(self) -> bool:
        """True once the owner has changed the message by hand."""
        return self.text.toPlainText() != self._generated

    def rebuild(self, force: bool = False) -> None:
        """Composes the message again; replaces the text unless the owner edited it (``force``
        replaces it anyway)."""
        book = self.context.playbook_in(self.lang)
        self.reply = compose(book, self.values(), self.context.calendar, self.context.digits)
        if force or not self.edited():
            self._generated = self.reply.text
            self.text.setPlainText(self.reply.text)
        for name, row in self.rows.items():
            row.set_missing(name in self.reply.missing)
        names = ", ".join(self._caption(name) for name in self.reply.missing)
        self.missing.setText(
            self.tr("Fill in the highlighted fields to finish the message: {fields}.").replace(
                "{fields}", names
            )
        )
        self.missing.setVisible(bool(self.reply.missing))
        self._update_buttons()

    def _caption(self, name: str) -> str:
        field = FIELD_OF_VALUE.get(name)
        return field_label(field) if field else self.tr("Signed")

    def _language_changed(self) -> None:
        self.lang = str(self.language.currentData())
        self.watcher.lang = self.lang
        self.rebuild(force=not self.edited())
        self.watcher.check_now()

    def _update_buttons(self) -> None:
        ready = bool(self.text.toPlainText().strip()) and (not self.reply.missing or self.edited())
        for button in (self.copy_button, self.email_button, self.whatsapp_button):
            button.setEnabled(ready)

    def _update_phone_hint(self) -> None:
        self.phone_hint.setVisible(needs_country_code(str(self.rows["phone"].editor.read())))

    def _show_findings(self, _field: str, findings: list[Finding] | None, text: str) -> None:
        self.findings.clear()
        if findings is None:
            lines = [_panel_text("The wording check is not available in this language yet.")]
        elif not findings:
            lines = [_panel_text("The wording reads well.")]
        else:
            lines = []
            for finding in findings:
                better = _panel_text("Better: {suggestion}").replace(
                    "{suggestion}", finding.suggestion
                )
                if finding.end > finding.start:
                    phrase = isolate(text[finding.start : finding.end])
                    lines.append(f"\u201c{phrase}\u201d \u2014 {finding.message} {better}")
                else:
                    lines.append(f"{finding.message} {better}")
        for line in lines:
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, bool(findings))
            self.findings.addItem(item)

    # --- sending ---------------------------------------------------------------------------

    def copy(self) -> None:
        """Puts the message on the clipboard and into the timeline."""
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self._sent(
            self.tr("Reply (copied)"), self.tr("Copied. Paste it where you talk to the customer.")
        )

    def email(self) -> None:
        """Opens a new e-mail to the customer with the subject and the message."""
        email = str(self.rows["email"].editor.read())
        url = mailto_url(email, self.reply.subject, self.text.toPlainText())
        if self._open(url):
            self._sent(self.tr("Reply (e-mail)"), self.tr("Opened in your e-mail program."))

    def whatsapp(self) -> None:
        """Opens WhatsApp with the message ready to send to the customer's phone."""
        phone = str(self.rows["phone"].editor.read())
        if self._open(whatsapp_url(phone, self.text.toPlainText())):
            self._sent(self.tr("Reply (WhatsApp)"), self.tr("Opened in WhatsApp."))

    def _open(self, url: str) -> bool:
        if QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode)):
            return True
        self._say(
            self.tr("Nothing on this computer could open it. Copy the message instead."), True
        )
        return False

    def _sent(self, how: str, done: str) -> None:
        """Adds the message to the timeline (once per text) and says what happened."""
        text = self.text.toPlainText()
        if self.context.read_only:
            self._say(f"{done} {read_only_reason()}", False)
            return
        if text in self._noted:
            self._say(done, False)
            return
        try:
            complaint_id = self.stored().id
            assert complaint_id is not None
            self.context.add_note(complaint_id, f"{how}:\n{text}")
        except Exception as error:  # noqa: BLE001 - said in words; the message stays here
            reason = self.tr("Not added to the timeline: {reason}").replace("{reason}", str(error))
            self._say(f"{done} {reason}", True)
            return
        self._noted.add(text)
        self._say(" ".join((done, self.tr("It is in the timeline."))), False)
        self.noted.emit(complaint_id)

    def _say(self, text: str, problem: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {'#b3261e' if problem else '#5f6368'};")
        self.status.show()


def _panel_text(text: str) -> str:
    """The coach panel's own words for the wording check, in the interface language."""
    return QCoreApplication.translate("CoachPanel", text)


def _note_label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label
