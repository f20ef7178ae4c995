"""The main window: composition root for views, actions and menus. No business rules."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from ciworkshop import __version__, paths
from ciworkshop.ui import icons
from ciworkshop.ui.beamer.controller import BeamerController
from ciworkshop.ui.commands import EditNetworkCommand
from ciworkshop.ui.dialogs.entities import NetworkDialog
from ciworkshop.ui.errors import show_document_error
from ciworkshop.ui.file_controller import FileController
from ciworkshop.ui.i18n import LanguageManager
from ciworkshop.ui.session import DocumentSession
from ciworkshop.ui.settings import Settings
from ciworkshop.ui.views.actors import ActorsPeopleView
from ciworkshop.ui.views.canvas import CanvasView
from ciworkshop.ui.views.overview import OverviewView
from ciworkshop.ui.views.sessions import SessionsView
from ciworkshop.ui.views.welcome import WelcomeView

# The navigation shrinks to its icons on small screens (a 1024×768 beamer).
NAV_WIDE, NAV_COMPACT, COMPACT_BELOW = 230, 58, 1280


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, languages: LanguageManager) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.languages = languages
        self.files = FileController(settings, self)
        self.session: DocumentSession | None = None
        self.setWindowIcon(icons.app_icon())
        self.setMinimumSize(QSize(900, 600))

        self.welcome = WelcomeView()
        self.overview = OverviewView()
        self.actors_view = ActorsPeopleView()
        self.canvas_view = CanvasView()
        self.sessions_view = SessionsView(settings)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self._nav_compact = False
        self.nav.setFixedWidth(NAV_WIDE)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # No focus frame: the highlighted row already shows where one is, and in the icon-only
        # navigation the frame is drawn around the empty text as a stray box.
        self.nav.setStyleSheet(
            "QListWidget { font-size: 12pt; outline: 0; } QListWidget::item { padding: 8px; }"
        )
        self.pages = QStackedWidget()
        for icon_name, page in (
            ("overview", self.overview),
            ("canvas", self.canvas_view),
            ("sessions", self.sessions_view),
            ("actors", self.actors_view),
        ):
            self.nav.addItem(QListWidgetItem(icons.icon(icon_name), ""))
            self.pages.addWidget(page)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        document_area = QWidget()
        area_layout = QHBoxLayout(document_area)
        area_layout.setContentsMargins(0, 0, 0, 0)
        area_layout.addWidget(self.nav)
        area_layout.addWidget(self.pages, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(document_area)
        self.setCentralWidget(self.stack)

        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.statusBar().addPermanentWidget(self.saved_label)

        # Beamer mode: the audience window and the presenter console (a dock, hidden at first).
        self.beamer = BeamerController(settings, self)
        self.beamer_dock = QDockWidget(self)
        self.beamer_dock.setObjectName("beamerDock")
        self.beamer_dock.setWidget(self.beamer.console())
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.beamer_dock)
        self.beamer_dock.hide()

        self._create_actions()
        self._create_menus()
        self._connect()
        self.retranslate_ui()
        self._on_files_session_closed()
        if not self.restoreGeometry(settings.window_geometry):
            self.resize(1280, 800)
        self.restoreState(settings.window_state)

    # ------------------------------------------------------------ construction
    def _action(self, icon: str | None, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(self)
        if icon:
            action.setIcon(icons.icon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _create_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action("new", key.New)
        self.open_action = self._action("open", key.Open)
        self.demo_action = self._action("demo")
        self.save_copy_action = self._action("save_copy", key.SaveAs)
        self.export_action = self._action("export", key.Print)
        self.close_action = self._action("close", key.Close)
        self.quit_action = self._action("quit", key.Quit)
        self.undo_action = self._action("undo", key.Undo)
        self.redo_action = self._action("redo")
        # Both common redo keys, whatever the platform's standard is.
        redo_keys = [QKeySequence(key.Redo), QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        self.redo_action.setShortcuts(list(dict.fromkeys(k for k in redo_keys if not k.isEmpty())))
        self.edit_network_action = self._action("edit")
        self.backups_action = self._action("backup")
        self.log_action = self._action("log")
        self.about_action = self._action("about")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("de", "Deutsch"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setData(code)
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.setIcon(icons.icon("recent"))
        self.file_menu.addActions([self.new_action, self.open_action])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_copy_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.close_action, self.quit_action])
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.edit_network_action)
        # The live run's keys (F8, Shift+F8) work on every page through this menu.
        self.session_menu = bar.addMenu("")
        live = self.sessions_view.workspace.live_bar
        self.session_menu.addActions(
            [live.start_action, live.next_action, live.finish_action, live.extend_action]
        )
        self.session_menu.addSeparator()
        self.new_event_action = self._action("event")
        self.new_session_action = self._action("add")
        self.new_event_action.triggered.connect(self._on_new_event_action_triggered)
        self.new_session_action.triggered.connect(self._on_new_session_action_triggered)
        self.session_menu.addActions([self.new_event_action, self.new_session_action])
        beamer_menu = self.beamer.menu()
        self.spotlight_action = self._action(None, "Ctrl+Shift+B")
        self.spotlight_action.triggered.connect(self._on_spotlight_action_triggered)
        beamer_menu.addSeparator()
        beamer_menu.addAction(self.spotlight_action)
        self.beamer_menu = bar.addMenu(beamer_menu)
        self.settings_menu = bar.addMenu("")
        self.language_menu = self.settings_menu.addMenu(icons.icon("language"), "")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.backups_action, self.log_action])
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        files = self.files
        self.new_action.triggered.connect(files.new_network)
        self.open_action.triggered.connect(files.open_dialog)
        self.demo_action.triggered.connect(files.open_demo)
        self.save_copy_action.triggered.connect(files.save_copy)
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.close_action.triggered.connect(files.close)
        self.quit_action.triggered.connect(self.close)
        self.undo_action.triggered.connect(self._on_undo_action_triggered)
        self.redo_action.triggered.connect(self._on_redo_action_triggered)
        self.edit_network_action.triggered.connect(self.edit_network)
        self.overview.edit_requested.connect(self.edit_network)
        self.backups_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.backups_dir())))
        )
        self.log_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.user_data_dir())))
        )
        self.about_action.triggered.connect(self._on_about_action_triggered)
        self.language_group.triggered.connect(self._on_language_group_triggered)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.welcome.new_requested.connect(files.new_network)
        self.welcome.open_requested.connect(files.open_dialog)
        self.welcome.demo_requested.connect(files.open_demo)
        self.welcome.recent_requested.connect(files.open_path)
        files.session_opened.connect(self._on_files_session_opened)
        files.session_closed.connect(self._on_files_session_closed)
        files.about_to_close.connect(self.canvas_view.finish_editing)
        files.about_to_close.connect(self.sessions_view.finish_editing)
        files.notice.connect(lambda text: self.statusBar().showMessage(text, 15000))
        files.recent_files_changed.connect(
            lambda: self.welcome.set_recent_files(self.settings.recent_files)
        )
        self.languages.language_changed.connect(self._on_languages_language_changed)
        self.sessions_view.focus_changed.connect(self._on_sessions_view_focus_changed)
        self.beamer.presenting_changed.connect(self._on_beamer_presenting_changed)

    # ------------------------------------------------------------ document
    def _on_files_session_opened(self, session: DocumentSession) -> None:
        self.session = session
        session.network_changed.connect(self._refresh_overview)
        session.actors_changed.connect(self._refresh_people)
        session.people_changed.connect(self._refresh_people)
        session.saved.connect(self._on_session_saved)
        session.failed.connect(lambda exc: show_document_error(self, exc))
        stack = session.undo_stack
        stack.canUndoChanged.connect(self._update_undo_actions)
        stack.canRedoChanged.connect(self._update_undo_actions)
        stack.undoTextChanged.connect(self._update_undo_actions)
        stack.redoTextChanged.connect(self._update_undo_actions)
        # The beamer first: the sessions page tells it what it shows as it opens, and a
        # later set_session would forget that.
        self.beamer.set_session(session)
        self.actors_view.set_session(session)
        self.canvas_view.set_session(session)
        self.sessions_view.set_session(session)
        self.overview.set_read_only(session.read_only)
        self._refresh_overview()
        self.stack.setCurrentIndex(1)
        self.nav.setCurrentRow(0)
        self._update_document_state()

    def _on_files_session_closed(self) -> None:
        self.session = None
        # The beamer first: the views' resets below would otherwise make it read the closed file.
        self.beamer.set_session(None)
        self.actors_view.set_session(None)
        self.canvas_view.set_session(None)
        self.sessions_view.set_session(None)
        self.stack.setCurrentIndex(0)
        self.welcome.set_recent_files(self.settings.recent_files)
        self._update_document_state()

    def _refresh_overview(self) -> None:
        if self.session:
            service = self.session.service
            self.overview.set_data(service.network(), service.actors(), service.people())
            self._update_title()

    def _refresh_people(self) -> None:
        self.actors_view.refresh()
        self._refresh_overview()

    def _on_session_saved(self, time: str) -> None:
        self.saved_label.setText(self.tr("✓ All changes saved ({time})").format(time=time))

    def edit_network(self) -> None:
        session = self.session
        if session is None or session.read_only:
            return
        network = session.service.network()
        before = network.to_draft()
        dialog = NetworkDialog(before, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.draft() != before:
            session.push(EditNetworkCommand(session, before, dialog.draft()))

    def _on_undo_action_triggered(self) -> None:
        # What is still being typed is saved first, so undo acts on it, not under it.
        if self.session and self._finish_editing():
            self.session.undo_stack.undo()

    def _on_redo_action_triggered(self) -> None:
        if self.session and self._finish_editing():
            self.session.undo_stack.redo()

    def _show_sessions_page(self) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(self.sessions_view))

    def _on_new_event_action_triggered(self) -> None:
        self._show_sessions_page()
        self.sessions_view.new_event()

    def _on_new_session_action_triggered(self) -> None:
        self._show_sessions_page()
        self.sessions_view.new_session()

    def _on_export_action_triggered(self) -> None:
        """The protocol of what is selected on the events page: a session, an event, or
        (from anywhere else) the latest event."""
        if self.session is None:
            return
        from ciworkshop.ui.dialogs.export import show_export_dialog  # reportlab loads late

        self._finish_editing()
        view = self.sessions_view
        selected = view.selected() if self.pages.currentWidget() is view else None
        show_export_dialog(
            self,
            self.session,
            event_uuid=selected[1] if selected and selected[0] == "event" else None,
            session_uuid=selected[1] if selected and selected[0] == "session" else None,
        )

    def _on_spotlight_action_triggered(self) -> None:
        """Show the selected card (pinboard) or goal (canvas) alone, in large type."""
        page = self.pages.currentWidget()
        if page is self.sessions_view:
            card = self.sessions_view.workspace.board.current_card_uuid()
            if card:
                self.beamer.spotlight_card(card)
                return
        elif page is self.canvas_view:
            goal = self.canvas_view.current_goal()
            if goal is not None:
                self.beamer.spotlight_goal(goal.uuid)
                return
        self.statusBar().showMessage(
            self.tr("Select a card on the pinboard or a goal on the canvas to spotlight it."),
            8000,
        )

    def _on_sessions_view_focus_changed(self, session_uuid: str, item_uuid: str) -> None:
        self.beamer.set_focus(session_uuid or None, item_uuid or None)

    def _on_beamer_presenting_changed(self, presenting: bool) -> None:
        # The console comes with presenting; the facilitator may close it and keep going.
        if presenting:
            self.beamer_dock.show()

    def _finish_editing(self) -> bool:
        """Save what is being typed on the visible page first."""
        page = self.pages.currentWidget()
        if page is self.canvas_view:
            return self.canvas_view.finish_editing()
        if page is self.sessions_view:
            # A card or guest typed but not entered stays in its line: undo takes back
            # what the menu names, not the text just typed.
            return self.sessions_view.finish_in_place_editing()
        return True

    # ------------------------------------------------------------ state
    def _update_document_state(self) -> None:
        has_doc = self.session is not None
        writable = has_doc and not (self.session and self.session.read_only)
        for action in (self.save_copy_action, self.close_action, self.export_action):
            action.setEnabled(has_doc)
        self.edit_network_action.setEnabled(writable)
        self.new_event_action.setEnabled(writable)
        self.new_session_action.setEnabled(writable)
        if not has_doc:
            self.saved_label.clear()
        elif self.session and self.session.read_only:
            self.saved_label.setText(self.tr("Read-only: changes are not possible"))
        else:
            self.saved_label.setText(self.tr("✓ Everything is saved"))
        self._update_undo_actions()
        self._update_title()

    def _update_undo_actions(self, *_: object) -> None:
        stack = self.session.undo_stack if self.session else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        undo_text = stack.undoText() if stack else ""
        redo_text = stack.redoText() if stack else ""
        self.undo_action.setText(
            self.tr("&Undo: {what}").format(what=undo_text) if undo_text else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo: {what}").format(what=redo_text) if redo_text else self.tr("&Redo")
        )

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle("ciworkshop")
            return
        title = f"{self.session.service.network().name} – ciworkshop"
        if self.session.read_only:
            title += " " + self.tr("[read-only]")
        self.setWindowTitle(title)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files
        for path in files:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.files.open_path(p))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear list"), self._clear_recent)
        else:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self.welcome.set_recent_files([])

    # ------------------------------------------------------------ language
    def _on_language_group_triggered(self, action: QAction) -> None:
        code = str(action.data())
        self.settings.language = code
        self.languages.set_language(code)

    def _on_languages_language_changed(self, code: str) -> None:
        if code in self.language_actions:
            self.language_actions[code].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.session_menu.setTitle(self.tr("Sessio&n"))
        self.new_event_action.setText(self.tr("New &event…"))
        self.new_session_action.setText(self.tr("New &session…"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.new_action.setText(self.tr("&New network…"))
        self.open_action.setText(self.tr("&Open…"))
        self.demo_action.setText(self.tr("Open the &demo network"))
        self.save_copy_action.setText(self.tr("Save a &copy as…"))
        self.export_action.setText(self.tr("&Export protocol…"))
        self.close_action.setText(self.tr("&Close"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_network_action.setText(self.tr("Network &details…"))
        self.backups_action.setText(self.tr("Show &backup folder"))
        self.log_action.setText(self.tr("Show &log folder"))
        self.about_action.setText(self.tr("&About ciworkshop"))
        self.beamer_dock.setWindowTitle(self.tr("Presenter console"))
        self.spotlight_action.setText(self.tr("Spotlight the selected card or goal"))
        self._retranslate_nav()
        self._update_document_state()

    def _retranslate_nav(self) -> None:
        names = (
            self.tr("Overview"),
            self.tr("Impact canvas"),
            self.tr("Events & sessions"),
            self.tr("Actors & People"),
        )
        for row, name in enumerate(names):
            item = self.nav.item(row)
            item.setText("" if self._nav_compact else name)
            item.setToolTip(name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = self.width() < COMPACT_BELOW
        if compact != self._nav_compact:
            self._nav_compact = compact
            self.nav.setFixedWidth(NAV_COMPACT if compact else NAV_WIDE)
            self._retranslate_nav()

    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ciworkshop"),
            self.tr(
                "<h3>ciworkshop {version}</h3><p>Facilitation for Collective-Impact networks: "
                "actors, impact canvas, live capture, beamer and protocols.</p>"
                "<p>Every change is saved immediately. Automatic backups: {backups}</p>"
            ).format(version=__version__, backups=paths.backups_dir()),
        )

    # ------------------------------------------------------------ closing
    def open_initial(self, path: Path | None, *, read_only: bool, demo: bool) -> None:
        if path is not None:
            self.files.open_path(path, read_only=read_only)
        elif demo or not self.settings.recent_files:
            self.files.open_demo()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        self.files.close()
        event.accept()
