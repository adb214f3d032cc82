"""The main window: the complaints log with its search and filters, and the way to everything."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.service import Coach, ComplaintQuery
from coach.service.today import Agenda
from coach.system.files import make_private
from coach.text.localise import format_number
from coach.ui.day_pages import Pages
from coach.ui.direction import isolate
from coach.ui.first_paint import when_painted
from coach.ui.labels import plural_text
from coach.ui.log_filters import LogFilters
from coach.ui.log_model import LogModel
from coach.ui.log_pane import LogPane
from coach.ui.prompts import Prompts
from coach.ui.today_view import TodayView
from coach.ui.transfer_menu import TransferMenu
from coach.ui.window_helpers import WindowCalls, WindowHelpers

if TYPE_CHECKING:
    from coach.ui.customer_pages import CustomerPages
    from coach.ui.running_damage import DamageHandler
    from coach.ui.safety_menu import SafetyMenu

WINDOW_FILE = "window.ini"
DEFAULT_SIZE = (1100, 700)


class MainWindow(QMainWindow):
    """Shows the complaints log of ``context`` (the open data folder); opens the wizard,
    reports, Learn and Settings."""

    def __init__(
        self,
        context: Coach,
        prompts: Prompts | None = None,
        today: Callable[[], date] = date.today,
        first_agenda: Callable[[], Agenda] | None = None,
    ):
        """``first_agenda`` gives what is due, read while the window was built."""
        super().__init__()
        self.context = context
        self.prompts = prompts or Prompts()
        self._wizards: dict[QWidget, int | None] = {}
        self._screens: dict[str, QWidget] = {}
        self._closed = False
        self.today_view = TodayView(
            context,
            self.open_complaint,
            self.prompts,
            lambda: datetime.combine(today(), datetime.now().time()),
            is_open=lambda complaint_id: complaint_id in self._wizards.values(),
        )
        self.today_view.count_changed.connect(lambda _total: self._update_title())
        self._update_title()

        self.model = LogModel(context, self, today)
        self.filters = LogFilters(context, self.model.cause_label, today=today)
        self.filters.query_changed.connect(self._query_changed)

        self._make_actions()
        self._make_menus()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(self._make_buttons())
        self.pages = Pages(self.today_view, [self.filters, self._make_log()])
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.statusBar().addWidget(self.count_label, 1)
        self._show_playbook_problems()

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(100)
        self._reload_timer.timeout.connect(self.reload)

        order = [self.new_button, *self._side_buttons, *self.filters.widgets(), self.view]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.model.load(self.filters.query())
        self.today_view.complaint_changed.connect(lambda changed: self._wizard_saved(self, changed))
        if first_agenda:
            self.today_view.refresh(first_agenda(), rest_after_paint=True)
        else:
            self.today_view.refresh()
        self.pages.show_first()
        self._restore_geometry()

    # --- building ------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.new_action = self._action(self.tr("&New complaint"), self.new_complaint, "Ctrl+N")
        self.reports_action = self._action(self.tr("&Reports…"), self.show_reports, "Ctrl+R")
        self.learn_action = self._action(self.tr("&Learn"), self.show_learn, "F1")
        self.settings_action = self._action(self.tr("&Settings…"), self.show_settings, "Ctrl+,")
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.guide_action = self._action(self.tr("&User guide"), self.show_guide, "")
        self.about_action = self._action(self.tr("&About Complaint Coach"), self.show_about, "")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.transfer = TransferMenu(
            self, self.context, self.prompts, self._log_replaced, self.filters.query
        )

    def _action(
        self, text: str, slot: Callable[[], object], keys: str | QKeySequence.StandardKey
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.reports_action)
        file_menu.addAction(self.settings_action)
        file_menu.addActions(self.transfer.actions)
        self._helpers_menu = (file_menu, self.settings_action, file_menu.addSeparator())
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.learn_action)
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _make_buttons(self) -> QHBoxLayout:
        self.new_button = self._button(self.tr("New complaint"), "new_complaint", self.new_action)
        self.new_button.setDefault(True)
        self._side_buttons = [
            self._button(self.tr("Reports…"), "reports_button", self.reports_action),
            self.transfer.button(),
            self._button(self.tr("Learn"), "learn_button", self.learn_action),
            self._button(self.tr("Settings…"), "settings_button", self.settings_action),
        ]
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        for button in self._side_buttons:
            row.addWidget(button)
        return row

    def _button(self, text: str, name: str, action: QAction) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        button.clicked.connect(action.trigger)
        return button

    def _make_log(self) -> LogPane:
        self.log_stack = LogPane(self.model, self.open_complaint)
        self.view, self.empty_label = self.log_stack.view, self.log_stack.empty_label
        self.count_label = self.log_stack.count_label
        self.model.counted.connect(self._counted)
        menu, customers_before, safety_before = self._helpers_menu
        calls = WindowCalls(
            self.view,
            self._log_replaced,
            self.current_complaint_id,
            self.wizards,
            self.open_complaint,
        )
        self.helpers = WindowHelpers(
            self, self.context, self.prompts, menu, (customers_before, safety_before), calls
        )
        when_painted(self, self.helpers.build)
        return self.log_stack

    @property
    def safety(self) -> SafetyMenu:
        """Backups, the bin, anonymising and the automatic backups (built after the first paint)."""
        return self.helpers.get().safety

    @property
    def damage(self) -> DamageHandler:
        return self.helpers.get().damage

    @property
    def customers(self) -> CustomerPages:
        return self.helpers.get().customers

    def _counted(self, total: int) -> None:
        if self.log_stack.filtered():
            text = self.tr("%n complaint(s) found", "", total)
        else:
            text = self.tr("%n complaint(s)", "", total)
        self.count_label.setText(plural_text(text, total, self.context.settings.digits))

    def _show_playbook_problems(self) -> None:
        errors = list(self.context.playbook.errors)
        if not errors:
            return
        button = QPushButton(self.tr("Some of your playbook files could not be used: details…"))
        button.setObjectName("playbook_problems")
        button.setFlat(True)
        button.clicked.connect(
            lambda: self.prompts.error(self, self.tr("Playbook problems"), "\n\n".join(errors))
        )
        self.statusBar().addPermanentWidget(button)

    def _update_title(self) -> None:
        title = self.tr("Complaint Coach")
        business = self.context.settings.business_name.strip()
        title = f"{isolate(business)} – {title}" if business else title
        if due := self.today_view.total:
            title = f"({format_number(due, self.context.digits)}) {title}"
        self.setWindowTitle(title)

    # --- the log -------------------------------------------------------------------------

    def reload(self) -> None:
        """Reads the log again, keeping the selected complaint selected when it is still there."""
        if not self._closed:
            self.log_stack.reload()

    def current_complaint_id(self) -> int | None:
        return self.log_stack.current_complaint_id()

    def _query_changed(self, query: ComplaintQuery) -> None:
        self.model.set_query(query)

    # --- other windows -------------------------------------------------------------------

    def new_complaint(self) -> QWidget:
        """Opens the wizard on a new complaint."""
        return self.open_complaint(None)

    def open_complaint(self, complaint_id: int | None, stage: str | None = None) -> QWidget:
        """Opens the wizard on ``complaint_id`` (or a new complaint), at ``stage`` when given
        (and reached); an open one comes forward."""
        from coach.ui.wizard import WizardWindow

        for wizard, shown_id in self._wizards.items():
            if complaint_id is not None and shown_id == complaint_id:
                if stage is not None and isinstance(wizard, WizardWindow):
                    wizard.show_stage(stage)
                self._bring_forward(wizard)
                return wizard
        wizard = WizardWindow(self.context, complaint_id, parent=self, prompts=self.prompts)
        if stage is not None:
            wizard.show_stage(stage)
        self._wizards[wizard] = complaint_id
        wizard.saved.connect(lambda saved_id, w=wizard: self._wizard_saved(w, saved_id))
        wizard.finished.connect(lambda _id, w=wizard: self._wizard_finished(w))
        wizard.damage_found.connect(self._damage_found, Qt.ConnectionType.QueuedConnection)
        wizard.extras.picker.page_requested.connect(self.customers.show)
        self._bring_forward(wizard)
        return wizard

    def wizards(self) -> list[QWidget]:
        """The wizard windows open now."""
        return list(self._wizards)

    def _wizard_saved(self, wizard: QWidget, complaint_id: int) -> None:
        if wizard in self._wizards:
            self._wizards[wizard] = complaint_id
        if not self._closed and not self.model.refresh_complaint(complaint_id):
            self._reload_timer.start()
        self.today_view.refresh_soon()

    def _wizard_finished(self, wizard: QWidget) -> None:
        self._wizards.pop(wizard, None)
        if not self._closed:
            self.filters.rebuild_choices()
            self._reload_timer.start()

    def show_reports(self) -> QWidget:
        from coach.ui.report_screen import ReportScreen

        return self._show_screen(
            "reports", lambda: ReportScreen(self.context, self, prompts=self.prompts)
        )

    def show_learn(self) -> QWidget:
        from coach.ui.learn_screen import LearnScreen

        return self._show_screen("learn", lambda: LearnScreen(self.context.playbook, self))

    def show_guide(self) -> None:
        """Opens the user guide in the interface language, in the system's browser."""
        from coach.ui.help import open_guide

        open_guide(self.context.language, self, self.prompts)

    def show_about(self) -> QWidget:
        from coach.ui.help import show_about

        return show_about(self)

    def show_settings(self) -> QWidget:
        from coach.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._settings_changed(set(dialog.changed)))
        dialog.open()
        return dialog

    def _log_replaced(self) -> None:
        """The log was restored or recovered: shows it anew."""
        self.filters.rebuild_choices()
        self.reload()
        self.today_view.refresh_soon()

    def _damage_found(self, error: object) -> None:
        """A save met a damaged log: the way back, then the log shown anew."""
        if self.damage.handle(error):
            self._log_replaced()

    def _settings_changed(self, changed: set[str]) -> None:
        if "business_name" in changed:
            self._update_title()
        if changed & {"calendar", "digits"}:
            self.filters.rebuild_choices()
            self.model.set_query(self.filters.query())

    def _show_screen(self, key: str, make: Callable[[], QWidget]) -> QWidget:
        screen = self._screens.get(key)
        if screen is None:
            screen = make()
            self._screens[key] = screen
        self._bring_forward(screen)
        return screen

    def _bring_forward(self, window: QWidget) -> None:
        if not window.isWindow():
            window.setWindowFlag(Qt.WindowType.Window)
        if window.isVisible():
            window.raise_()
        else:
            window.show()
        window.activateWindow()

    # --- closing and remembering ---------------------------------------------------------

    def _window_settings(self) -> QSettings:
        path = self.context.data_dir / WINDOW_FILE
        return QSettings(str(path), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        stored = self._window_settings()
        geometry = stored.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        columns = stored.value("main_window/columns")
        if columns is not None:
            self.view.horizontalHeader().restoreState(columns)

    def _save_geometry(self) -> None:
        stored = self._window_settings()
        stored.setValue("main_window/geometry", self.saveGeometry())
        stored.setValue("main_window/columns", self.view.horizontalHeader().saveState())
        stored.sync()
        make_private(stored.fileName())

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in [*self._wizards, *self._screens.values()]:
            if window.isVisible() and not window.close():
                event.ignore()
                return
        if not self._closed:
            self._closed = True
            self._reload_timer.stop()
            self.helpers.stop()
            self.model.close()
            self.today_view.close_store()
            self._save_geometry()
            self.context.close()
        event.accept()
