"""The complaint's evidence in the wizard: photos, receipts, screenshots and PDFs added by file
dialog, drag and drop or paste, shown as thumbnails and opened full size on click."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QSize, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from coach.complaints.attachments import MAX_BYTES, Attachment
from coach.complaints.domain import Complaint
from coach.service import Coach
from coach.text.localise import format_number
from coach.ui.buttons import named_button
from coach.ui.evidence_files import (
    ImageViewer,
    NotEvidence,
    Prepared,
    open_outside,
    pasted_name,
    prepare_bytes,
    prepare_file,
    prepare_image,
)
from coach.ui.prompts import Prompts
from coach.ui.read_only import hold

ICON_SIDE = 96
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole


class EvidencePanel(QWidget):
    """The files kept with one complaint. It knows no other widget: the wizard calls
    ``show_complaint(id)`` after each save and gives ``stored``, which returns the complaint as
    stored, writing it first when it is new (a file needs it), or raises with the reason."""

    def __init__(
        self,
        context: Coach,
        complaint_id: int | None,
        stored: Callable[[], Complaint],
        prompts: Prompts,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("evidence")
        self.context = context
        self.complaint_id = complaint_id
        self.stored = stored
        self.prompts = prompts
        self.shown: list[Attachment] = []
        self.setAcceptDrops(True)
        title = QLabel(self.tr("Evidence"))
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        self.hint = QLabel(self.tr("Photos, receipts, screenshots or PDFs: drop or paste here."))
        self.hint.setObjectName("evidence_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")
        self.list = QListWidget()
        self.list.setObjectName("attachments")
        self.list.setAccessibleName(self.tr("Evidence"))
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setFixedHeight(ICON_SIDE + 48)
        self.list.setAcceptDrops(False)
        self.list.itemClicked.connect(self._open_item)
        self.list.itemActivated.connect(self._open_item)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self.list)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.paste)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self._remove_current)
        self.add_button = named_button(self, "add_files", self.tr("Add files…"), self.choose_files)
        self.paste_button = named_button(self, "paste_evidence", self.tr("Paste"), self.paste)
        self.keep_originals = QCheckBox(self.tr("Keep original photos"))
        self.keep_originals.setObjectName("keep_originals")
        self.keep_originals.setToolTip(
            self.tr("Photos are kept at 2,000 pixels on their long side unless this is ticked.")
        )
        self.problem = QLabel()
        self.problem.setObjectName("evidence_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.paste_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addWidget(self.keep_originals)
        layout.addWidget(self.problem)
        if hold(context.read_only, self.add_button, self.paste_button, self.keep_originals):
            self.setAcceptDrops(False)
        self.refresh()

    # --- showing ---------------------------------------------------------------------------

    def show_complaint(self, complaint_id: int) -> None:
        """Shows the files of ``complaint_id`` (0: a complaint not yet stored)."""
        self.complaint_id = complaint_id or None
        self.refresh()

    def refresh(self) -> None:
        found = self.context.evidence.of_complaint(self.complaint_id) if self.complaint_id else []
        if found == self.shown:
            return
        self.shown = found
        self.list.clear()
        for attachment in found:
            item = QListWidgetItem(self._icon(attachment), attachment.name)
            item.setData(ATTACHMENT_ROLE, attachment.id)
            size = format_number(max(1, attachment.size // 1024), self.context.digits)
            item.setToolTip(
                self.tr("{name} ({size} KB)")
                .replace("{name}", attachment.name)
                .replace("{size}", size)
            )
            self.list.addItem(item)
        self.hint.setVisible(not found)

    def _icon(self, attachment: Attachment) -> QIcon:
        assert attachment.id is not None
        thumbnail = self.context.evidence.thumbnail(attachment.id) if attachment.is_image else None
        if thumbnail:
            pixmap = QPixmap()
            if pixmap.loadFromData(thumbnail):
                return QIcon(pixmap)
        return self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def _open_item(self, item: QListWidgetItem) -> QWidget | None:
        attachment_id = item.data(ATTACHMENT_ROLE)
        attachment = next((a for a in self.shown if a.id == attachment_id), None)
        if attachment is None or attachment.id is None:
            return None
        data = self.context.evidence.data(attachment.id)
        if not attachment.is_image:
            open_outside(attachment.name, data)
            return None
        viewer = ImageViewer(attachment.name, data, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()
        return viewer

    # --- adding ----------------------------------------------------------------------------

    def choose_files(self) -> None:
        """Asks for files and keeps them."""
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add evidence"),
            str(Path.home()),
            self.tr("Photos and PDF files (*.jpg *.jpeg *.png *.heic *.webp *.bmp *.gif *.pdf)"),
        )
        self.add_paths(Path(p) for p in paths)

    def add_paths(self, paths: Iterable[Path]) -> int:
        """Keeps the files at ``paths``; returns how many were kept (the others are named)."""
        keep = self.keep_originals.isChecked()
        return self._add(
            self._prepare(path.name, partial(prepare_file, path, keep)) for path in paths
        )

    def add_image(self, image: QImage, name: str = "") -> int:
        """Keeps an image (pasted, or dropped from another program)."""
        return self._add([self._prepare(name, lambda: prepare_image(image, name or pasted_name()))])

    def paste(self) -> int:
        """Keeps what the clipboard holds: an image, or files copied in the file manager."""
        return self.add_mime(QGuiApplication.clipboard().mimeData())

    def add_mime(self, mime: QMimeData | None) -> int:
        if mime is None or self.context.read_only:
            return 0
        if mime.hasUrls() and any(url.isLocalFile() for url in mime.urls()):
            return self.add_paths(
                Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()
            )
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                return self.add_image(image)
        if mime.hasFormat("application/pdf"):
            data = bytes(mime.data("application/pdf").data())
            return self._add(
                [self._prepare("document.pdf", lambda: prepare_bytes("document.pdf", data))]
            )
        self._show_problems([self.tr("There is no photo or PDF to paste.")])
        return 0

    def _prepare(self, name: str, make: Callable[[], Prepared]) -> Prepared | str:
        try:
            return make()
        except NotEvidence as refused:
            texts = {
                "kind": self.tr("{name} is not a photo or a PDF, so it was not kept."),
                "size": self.tr("{name} is too large to keep (the limit is {mb} MB)."),
                "unreadable": self.tr("{name} could not be read."),
            }
            mb = format_number(MAX_BYTES // (1024 * 1024), self.context.digits)
            return texts[refused.reason].replace("{name}", refused.name or name).replace("{mb}", mb)

    def _add(self, prepared: Iterable[Prepared | str]) -> int:
        problems: list[str] = []
        kept = 0
        complaint_id: int | None = None
        for item in prepared:
            if isinstance(item, str):
                problems.append(item)
                continue
            try:
                if complaint_id is None:
                    complaint_id = self.stored().id
                assert complaint_id is not None
                self.context.evidence.add(
                    complaint_id,
                    item.name,
                    item.data,
                    thumbnail=item.thumbnail,
                    size=item.size,
                    original=item.original,
                )
            except Exception as error:  # noqa: BLE001 - shown in words; nothing half kept
                problems.append(
                    self.tr("{name} was not kept: {reason}")
                    .replace("{name}", item.name)
                    .replace("{reason}", str(error))
                )
                continue
            kept += 1
        if complaint_id is not None:
            self.show_complaint(complaint_id)
        self._show_problems(problems)
        return kept

    def _show_problems(self, problems: list[str]) -> None:
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))

    # --- removing --------------------------------------------------------------------------

    def _menu(self, where: QPoint) -> None:
        item = self.list.itemAt(where)
        if item is None:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Open"), lambda: self._open_item(item))
        menu.addAction(self.tr("Remove"), lambda: self.remove(item)).setEnabled(
            not self.context.read_only
        )
        menu.popup(self.list.viewport().mapToGlobal(where))

    def _remove_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and not self.context.read_only:
            self.remove(item)

    def remove(self, item: QListWidgetItem) -> bool:
        """Removes a file after the owner confirms; True when it was removed."""
        confirmed = self.prompts.confirm(
            self,
            self.tr("Remove file"),
            self.tr("Remove {name} from this complaint?").replace("{name}", item.text()),
        )
        if not confirmed:
            return False
        try:
            self.context.evidence.remove(int(item.data(ATTACHMENT_ROLE)))
        except Exception as error:  # noqa: BLE001 - shown in words
            self._show_problems([str(error)])
            return False
        self.refresh()
        return True

    # --- drag and drop ---------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        mime = event.mimeData()
        if mime is not None and (mime.hasUrls() or mime.hasImage()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        event.acceptProposedAction()
        self.add_mime(event.mimeData())
