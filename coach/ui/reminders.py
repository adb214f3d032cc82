"""What is due, outside the window: the count on a tray icon where the desktop has a tray, and a
desktop notification when the app starts with something due and when a follow-up falls due
while it is open (both off when the owner turns reminders off in Settings)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from coach.system.notifications import desktop_notifier
from coach.system.settings import Settings
from coach.text.localise import format_number
from coach.ui.direction import isolate
from coach.ui.today_view import TodayView, customer_name

CHECK_EVERY_MS = 5 * 60 * 1000
ICON_SIDE = 64
Notify = Callable[[str, str], None]


def app_name() -> str:
    """The app's name in the interface language (as the main window's title gives it)."""
    return QCoreApplication.translate("MainWindow", "Complaint Coach")


def badge_icon(count: int, digits: str) -> QIcon:
    """The app's icon with the number of things due in a red circle (just the circle without
    an app icon)."""
    pixmap = QPixmap(ICON_SIDE, ICON_SIDE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    base = QApplication.windowIcon()
    if not base.isNull():
        painter.drawPixmap(0, 0, base.pixmap(ICON_SIDE, ICON_SIDE))
    if count:
        side = ICON_SIDE * 0.62 if not base.isNull() else ICON_SIDE
        circle = QRectF(ICON_SIDE - side, 0, side, side)
        painter.setBrush(QColor("#b3261e"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(circle)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(side * 0.55))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        text = format_number(count, digits) if count < 100 else "99+"
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class Reminders(QObject):
    """Follows ``today`` (the Today view): the tray icon shows its count; ``notify(title, text)``
    sends a desktop notification (through the tray icon unless given; without a tray, through
    what ``find_desktop`` returns: ``notify-send`` when installed, else nothing). ``show_today``
    brings the window forward on Today when the tray icon is clicked."""

    def __init__(
        self,
        today: TodayView,
        settings: Settings,
        show_today: Callable[[], None],
        parent: QObject | None = None,
        notify: Notify | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        find_desktop: Callable[[], Notify | None] = lambda: desktop_notifier(app_name),
    ):
        super().__init__(parent)
        self.today = today
        self.settings = settings
        self.show_today = show_today
        self.sent: list[tuple[str, str]] = []
        self._notify = notify
        self._started = False
        self._due_follow_ups: set[int] = set()
        self.tray: QSystemTrayIcon | None = None
        self._desktop: Notify | None = None
        if tray_available():
            self.tray = QSystemTrayIcon(badge_icon(today.total, self._digits()), self)
            self.tray.setObjectName("tray_icon")
            self.tray.activated.connect(lambda _reason: self.show_today())
        if notify is None and (self.tray is None or not self.tray.supportsMessages()):
            self._desktop = find_desktop()
        today.count_changed.connect(self._count_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(today.refresh)

    def _digits(self) -> str:
        return self.today.context.digits

    def start(self) -> None:
        """Shows the tray icon, says what is due now, and looks again every few minutes."""
        if self._started:
            return
        self._started = True
        self._due_follow_ups = self._follow_ups()
        self._show_count(self.today.total)
        if self.tray is not None:
            self.tray.show()
        total = self.today.total
        if total:
            text = self.tr("Things that need you today: {n}.")
            self.send(app_name(), text.replace("{n}", format_number(total, self._digits())))
        self.timer.start()

    def _follow_ups(self) -> set[int]:
        lines = self.today.agenda.of_kind("follow_up")
        return {line.complaint.id for line in lines if line.complaint.id is not None}

    def _count_changed(self, total: int) -> None:
        self._show_count(total)
        now_due = self._follow_ups()
        fallen_due = now_due - self._due_follow_ups
        self._due_follow_ups = now_due
        if not self._started or not fallen_due:
            return
        names = [
            isolate(customer_name(line.complaint) or self.tr("No name"))
            for line in self.today.agenda.of_kind("follow_up")
            if line.complaint.id in fallen_due
        ]
        self.send(
            self.tr("A follow-up is due"),
            self.tr("Call or write to {names} today.").replace("{names}", ", ".join(names)),
        )

    def _show_count(self, total: int) -> None:
        if self.tray is None:
            return
        self.tray.setIcon(badge_icon(total, self._digits()))
        tip = app_name()
        if total:
            due = self.tr("due today")
            tip = f"{tip}: {due} {format_number(total, self._digits())}"
        self.tray.setToolTip(tip)

    def send(self, title: str, text: str) -> bool:
        """A desktop notification, unless the owner turned reminders off; True when sent."""
        if not self.settings.reminders:
            return False
        if self._notify is not None:
            self._notify(title, text)
        elif self.tray is not None and self.tray.supportsMessages():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
        elif self._desktop is not None:
            self._desktop(title, text)
        else:
            return False
        self.sent.append((title, text))
        return True

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
