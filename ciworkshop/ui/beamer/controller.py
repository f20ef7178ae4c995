"""Beamer mode: the audience window on the second screen, its menu and the presenter console.

The controller reads what the room may see from the open document (see
:mod:`.model`), keeps :class:`~.scenes.BeamerScene` up to date as the laptop edits, and
places the audience window:

* **Which screen**: the one picked in "Beamer ▸ Screen", else the one remembered by name
  (``Settings.beamer_screen``; only beamers are remembered, never the laptop's own
  screen), else a screen other than the laptop window's (a non-primary one first), else
  the laptop's own screen (one screen: F5 covers it, Esc leaves).
* **Unplugged**: when the beamer's screen disappears, the audience window is hidden at
  once (never left at an off-screen position) and the status bar and console say so.
* **Plugged back in**: when a screen of the same name comes back while the presentation
  was interrupted by its unplugging, presenting resumes on it by itself: a wobbly cable
  should not need the facilitator. Stopping (Esc, F5) meanwhile cancels the resume.

Room keys: F5 starts/stops, Esc stops, B (or ".") blacks the beamer out. Esc and B act
only while presenting and never while the laptop's focus is in a text field: typing
"b" into a card types a b.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QScreen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QKeySequenceEdit,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ciworkshop.domain.canvas import LEVELS, GoalLevel
from ciworkshop.domain.events import LiveRun, live_run
from ciworkshop.services.changes import Changes, Entity
from ciworkshop.ui.beamer import model
from ciworkshop.ui.beamer.audience import AudienceWindow
from ciworkshop.ui.beamer.console import PresenterConsole
from ciworkshop.ui.beamer.overlay import ShortcutOverlay
from ciworkshop.ui.beamer.scenes import BeamerScene, View, render_image
from ciworkshop.ui.beamer.theme import THEMES, ZOOM_STEPS, theme_named
from ciworkshop.ui.i18n import translate
from ciworkshop.ui.session import DocumentSession
from ciworkshop.ui.settings import Settings

#: Without any screen information, previews assume a Full-HD beamer.
DEFAULT_SIZE = QSize(1920, 1080)
NOTICE_MS = 30_000
_ROOM_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_B, Qt.Key.Key_Period)
_BOARD_ENTITIES = {Entity.CARD, Entity.CLUSTER, Entity.AGENDA_ITEM, Entity.SESSION}
_AGENDA_ENTITIES = {Entity.AGENDA_ITEM, Entity.SESSION}


def wants_keys(widget: QWidget | None) -> bool:
    """True if ``widget`` takes typed text (the room keys must not reach the beamer)."""
    if widget is None:
        return False
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractSpinBox | QKeySequenceEdit):
        return True
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QAbstractItemView):
        return widget.state() == QAbstractItemView.State.EditingState
    return False


class _RoomKeyGuard(QObject):
    """While presenting: Esc, B and "." go to a focused text field instead of triggering
    the beamer's shortcuts (accepting ShortcutOverride is how a widget claims a key)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if (
                event.key() in _ROOM_KEYS
                and plain == Qt.KeyboardModifier.NoModifier
                and wants_keys(QApplication.focusWidget())
            ):
                event.accept()
                return True
        return False


def screen_label(screen: QScreen, index: int) -> str:
    name = screen.name() or QCoreApplication.translate(
        "BeamerController", "Screen {number}"
    ).format(number=index + 1)
    size = screen.size()
    return f"{name} ({size.width()}×{size.height()})"


class BeamerController(QObject):
    #: Presenting started (True) or stopped (False).
    presenting_changed = Signal(bool)
    #: A message for the facilitator (also shown in the status bar and the console).
    notice = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self.window = parent
        self.session: DocumentSession | None = None
        self.session_uuid: str | None = None
        self.agenda_item_uuid: str | None = None
        self._spotlight: tuple[str, str] | None = None
        self._presenting = False
        self._screen_name: str | None = None
        self._interrupted: str | None = None
        self._chosen_screen: str | None = None
        self._dirty: set[str] = set()
        self._handle_watched = False
        self._watched_screen: QScreen | None = None
        self._guard = _RoomKeyGuard(self)

        self.scene = BeamerScene(self)
        self.scene.set_theme(theme_named(settings.beamer_theme))
        # A window of its own, not a child of the laptop window: minimizing the laptop
        # window must not take the picture off the beamer. It goes with the controller.
        self.audience = AudienceWindow(self.scene)
        self.destroyed.connect(self.audience.deleteLater)
        self.audience.zoom_requested.connect(self.step_zoom)
        self.audience.installEventFilter(self)
        parent.installEventFilter(self)

        self._create_actions()
        self._menu = self._create_menu()
        self.audience.addActions([self.present_action, self.stop_action, self.black_action])
        parent.addActions([self.present_action, self.stop_action, self.black_action])
        parent.addAction(self.shortcuts_action)
        self.overlay = ShortcutOverlay(parent)
        # A tool window of the laptop window until it is docked (a dock takes it in as a
        # plain child); owned by the window, so it goes with it.
        self._console = PresenterConsole(self, parent)
        self._console.setWindowFlag(Qt.WindowType.Tool, True)

        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._on_clock_timeout)
        self.scene.changed.connect(self._sync_actions)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._on_screen_added)
        app.screenRemoved.connect(self._on_screen_removed)
        self.retranslate_ui()
        self._update_status()
        self._update_timer()

    # ------------------------------------------------------------ public API
    def menu(self) -> QMenu:
        """The "Beamer" menu for the main window's menu bar."""
        return self._menu

    def console(self) -> PresenterConsole:
        """The presenter console (for a dock on the laptop window)."""
        return self._console

    def is_presenting(self) -> bool:
        return self._presenting

    def set_session(self, session: DocumentSession | None) -> None:
        """Follow ``session`` (None: the document was closed; the beamer goes blank)."""
        if session is self.session:
            return
        if self.session is not None:
            # The document may be gone already (closing deletes its session).
            with contextlib.suppress(RuntimeError):
                self.session.events_changed.disconnect(self._on_events_changed)
                self.session.canvas_changed.disconnect(self._on_canvas_changed)
                self.session.network_changed.disconnect(self._on_network_changed)
        self.session = session
        self.session_uuid = self.agenda_item_uuid = None
        self._spotlight = None
        if session is not None:
            session.events_changed.connect(self._on_events_changed)
            session.canvas_changed.connect(self._on_canvas_changed)
            session.network_changed.connect(self._on_network_changed)
            self._clock.start()
        else:
            self._clock.stop()
        self._invalidate("board", "agenda", "canvas", "spotlight", "pause")

    def set_focus(self, session_uuid: str | None, agenda_item_uuid: str | None) -> None:
        """The session and agenda item the laptop works on: the board and the agenda
        the room sees follow it."""
        if (session_uuid, agenda_item_uuid) == (self.session_uuid, self.agenda_item_uuid):
            return
        session_changed = session_uuid != self.session_uuid
        self.session_uuid, self.agenda_item_uuid = session_uuid, agenda_item_uuid
        parts = ["board"]
        if session_changed:
            parts += ["agenda", "pause"]
        self._invalidate(*parts)

    def spotlight_card(self, card_uuid: str) -> None:
        self._spotlight = ("card", card_uuid)
        self._invalidate("spotlight")
        self.set_view(View.SPOTLIGHT)

    def spotlight_goal(self, goal_uuid: str) -> None:
        self._spotlight = ("goal", goal_uuid)
        self._invalidate("spotlight")
        self.set_view(View.SPOTLIGHT)

    def set_view(self, view: View, level: GoalLevel | None = None) -> None:
        self.scene.set_view(view, level)
        self._load_visible()

    def set_black(self, black: bool) -> None:
        self.scene.set_black(black)

    def set_theme(self, name: str) -> None:
        self.settings.beamer_theme = name
        self.scene.set_theme(theme_named(name))

    def step_zoom(self, step: int) -> None:
        steps = list(ZOOM_STEPS)
        index = min(range(len(steps)), key=lambda i: abs(steps[i] - self.scene.zoom))
        self.scene.set_zoom(steps[max(0, min(len(steps) - 1, index + step))])

    def render(self, size: QSize) -> QImage:
        """What the room sees right now, painted for a screen of ``size`` (screenshots)."""
        self._load_visible()
        return render_image(self.scene, size)

    def scene_size(self) -> QSize:
        """The size the room's picture is laid out for: the beamer's screen."""
        if self._presenting and self.audience.isVisible():
            return self.audience.size()
        screen = self.target_screen()
        return screen.size() if screen is not None else DEFAULT_SIZE

    # ------------------------------------------------------------ screens
    def laptop_screen(self) -> QScreen | None:
        return self.window.screen() or QGuiApplication.primaryScreen()

    def target_screen(self) -> QScreen | None:
        """The screen picked in the menu, else the remembered one, if present; else one
        that is not the laptop window's (a non-primary one first); else the laptop's."""
        screens = QGuiApplication.screens()
        for wanted in (self._chosen_screen, self.settings.beamer_screen):
            found = next((s for s in screens if wanted and s.name() == wanted), None)
            if found is not None:
                return found
        laptop = self.laptop_screen()
        primary = QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not laptop]
        others.sort(key=lambda s: s is primary)
        return others[0] if others else laptop

    def start_presenting(self, screen: QScreen | None = None) -> bool:
        """Show the audience window full screen on ``screen`` (default: the target)."""
        screen = screen or self.target_screen()
        if screen is None:
            return False
        self._interrupted = None
        self._console.set_notice("")
        self._remember(screen)
        self._show_on(screen)
        self._set_presenting(True)
        return True

    def _remember(self, screen: QScreen) -> None:
        """Remember a beamer by name for next time; the laptop's own screen only for this
        run (a rehearsal without beamer must not keep the next real beamer dark)."""
        if screen is not self.laptop_screen() and screen.name():
            self.settings.beamer_screen = screen.name()

    def stop_presenting(self) -> None:
        self._interrupted = None
        self._hide_audience()
        self._set_presenting(False)

    def _show_on(self, screen: QScreen) -> None:
        audience = self.audience
        if audience.isVisible():
            audience.hide()
        self._screen_name = screen.name()
        audience.winId()  # the native window must exist before it can be given a screen
        handle = audience.windowHandle()
        if handle is not None:
            if not self._handle_watched:
                handle.screenChanged.connect(self._on_audience_screen_changed)
                self._handle_watched = True
            handle.setScreen(screen)
        if self._watched_screen is not screen:
            if self._watched_screen is not None:
                with contextlib.suppress(RuntimeError, TypeError):
                    self._watched_screen.geometryChanged.disconnect(self._on_beamer_resized)
            screen.geometryChanged.connect(self._on_beamer_resized)
            self._watched_screen = screen
        audience.setGeometry(screen.geometry())
        audience.showFullScreen()
        if screen is self.laptop_screen():
            # It covers the laptop window: it needs the keys (Esc) itself.
            audience.activateWindow()

    def _hide_audience(self) -> None:
        self.audience.hide()
        self._screen_name = None

    def _set_presenting(self, presenting: bool) -> None:
        app = QApplication.instance()
        if presenting and not self._presenting and app is not None:
            app.installEventFilter(self._guard)
        elif not presenting and self._presenting and app is not None:
            app.removeEventFilter(self._guard)
        changed = presenting != self._presenting
        self._presenting = presenting
        self._sync_actions()
        self._update_status()
        self._console.preview.updateGeometry()
        self._console.update_pages()
        if changed:
            self.presenting_changed.emit(presenting)

    def _on_screen_removed(self, screen: QScreen) -> None:
        if screen is self._watched_screen:
            self._watched_screen = None  # it is being deleted
        if self._presenting and screen.name() == self._screen_name:
            name = screen.name()
            self._hide_audience()
            self._set_presenting(False)
            self._interrupted = name
            self._notify(
                self.tr(
                    "The beamer “{name}” was disconnected: the audience window is hidden. "
                    "Presenting resumes when it is back (F5 presents on another screen)."
                ).format(name=name or self.tr("screen"))
            )
        self._screens_changed()

    def _on_screen_added(self, screen: QScreen) -> None:
        if self._interrupted is not None and screen.name() == self._interrupted:
            self._interrupted = None
            self.start_presenting(screen)
            self._notify(
                self.tr("The beamer “{name}” is back: presenting again.").format(name=screen.name())
            )
        self._screens_changed()

    def _on_beamer_resized(self, geometry: QRect) -> None:
        """The beamer switched resolution: fill it again, lay out for the new size."""
        if self._presenting and self._screen_name is not None:
            self.audience.setGeometry(geometry)
            self.audience.showFullScreen()
        self._screens_changed()

    def _on_audience_screen_changed(self, screen: QScreen | None) -> None:
        """The window system moved the audience window: back to the beamer if it is still
        there (an unplugged beamer was handled by ``_on_screen_removed`` already)."""
        if not self._presenting or screen is None or screen.name() == self._screen_name:
            return
        intended = next(
            (s for s in QGuiApplication.screens() if s.name() == self._screen_name), None
        )
        if intended is not None:
            self._show_on(intended)

    def _screens_changed(self) -> None:
        self._update_status()
        self._console.preview.updateGeometry()
        self._console.update_pages()

    def _notify(self, text: str) -> None:
        self._console.set_notice(text)
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(text, NOTICE_MS)
        self.notice.emit(text)

    # ------------------------------------------------------------ data
    def _invalidate(self, *parts: str) -> None:
        self._dirty.update(parts)
        self._load_visible()

    def _needed(self) -> set[str]:
        needed = {"agenda", "pause"}
        view = self.scene.view
        if view is View.BOARD:
            needed.add("board")
        elif view is View.CANVAS:
            needed.add("canvas")
        elif view is View.SPOTLIGHT:
            needed.add("spotlight")
        return needed

    def _load_visible(self, reveal_from: frozenset[str] | None = None) -> None:
        """Read what the current view needs and is out of date; the rest waits until
        it is shown. ``reveal_from``: cards that changed; a new one is turned to."""
        loaders = {
            "agenda": self._load_agenda,
            "board": self._load_board,
            "canvas": self._load_canvas,
            "pause": self._load_pause,
            "spotlight": self._load_spotlight,
        }
        for part in sorted(self._needed() & self._dirty):
            self._dirty.discard(part)
            loaders[part](reveal_from)
        self._update_timer()

    def _load_board(self, changed: frozenset[str] | None) -> None:
        session = self.session
        board = header = None
        if session is not None and self.agenda_item_uuid:
            board = model.read_board(session.events, self.agenda_item_uuid)
        if session is not None and board is None and self.session_uuid:
            header = model.read_session_header(session.events, self.session_uuid)
        previous = self.scene.board
        reveal = None
        if board and changed and previous and board.item_uuid == previous.item_uuid:
            # A card just typed on the laptop: turn to the page that shows it.
            added = (board.card_uuids() - previous.card_uuids()) & changed
            reveal = next((c.uuid for g in board.groups for c in g.cards if c.uuid in added), None)
        self.scene.set_board(board, header, reveal)

    def _load_agenda(self, _: object) -> None:
        session = self.session
        agenda = None
        if session is not None and self.session_uuid:
            agenda = model.read_agenda(session.events, self.session_uuid)
        self.scene.set_agenda(agenda)

    def _load_canvas(self, _: object) -> None:
        self.scene.set_canvas(model.read_canvas(self.session.canvas) if self.session else None)

    def _load_spotlight(self, _: object) -> None:
        session, target = self.session, self._spotlight
        found: model.CardSpotlight | model.GoalSpotlight | None = None
        if session is not None and target is not None:
            kind, uuid = target
            if kind == "card":
                found = model.read_card(session.events, uuid)
            else:
                found = model.read_goal(session.canvas, uuid)
        self.scene.set_spotlight(found)

    def _load_pause(self, _: object) -> None:
        session = self.session
        if session is None:
            self.scene.set_pause(model.PauseData())
            return
        self.scene.set_pause(model.read_pause(session.service, session.events, self.session_uuid))

    def _on_events_changed(self, changes: Changes) -> None:
        entities = changes.entities
        parts = []
        if entities & _BOARD_ENTITIES:
            parts.append("board")
        if entities & _AGENDA_ENTITIES:
            parts.append("agenda")
        if Entity.CARD in entities and self._spotlight and self._spotlight[0] == "card":
            parts.append("spotlight")
        if entities & {Entity.EVENT, Entity.SESSION}:
            parts.append("pause")
        if parts:
            self._dirty.update(parts)
            self._load_visible(changes.uuids)

    def _on_canvas_changed(self, changes: Changes) -> None:
        parts = ["canvas"]
        if self._spotlight and self._spotlight[0] == "goal":
            parts.append("spotlight")
        self._invalidate(*parts)

    def _on_network_changed(self) -> None:
        self._invalidate("pause")

    # ------------------------------------------------------------ clock
    def live(self) -> LiveRun | None:
        """Where the focused session's live run stands now (from the agenda in memory)."""
        agenda = self.scene.agenda
        if agenda is None:
            return None
        return live_run(agenda.items, self.scene.now())

    def _on_clock_timeout(self) -> None:
        self.scene.tick()
        self._update_timer()

    def _update_timer(self) -> None:
        self._console.update_timer(self.live())

    # ------------------------------------------------------------ actions and menu
    def _action(self, checkable: bool = False, shortcut: str = "") -> QAction:
        action = QAction(self)
        action.setCheckable(checkable)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _create_actions(self) -> None:
        self.present_action = self._action(True, "F5")
        self.present_action.triggered.connect(self._on_present_action_triggered)
        self.stop_action = self._action(False, "Esc")
        self.stop_action.setEnabled(False)
        self.stop_action.triggered.connect(self.stop_presenting)
        self.view_group = QActionGroup(self)
        self.view_actions: dict[View, QAction] = {}
        for view in (View.CANVAS, View.BOARD, View.AGENDA, View.SPOTLIGHT, View.PAUSE):
            action = self._action(True)
            action.setData(view.value)
            self.view_group.addAction(action)
            self.view_actions[view] = action
        self.view_group.triggered.connect(self._on_view_group_triggered)
        self.level_actions: dict[GoalLevel, QAction] = {}
        for level in LEVELS:
            action = self._action(True)
            action.setData(level.value)
            self.view_group.addAction(action)
            self.level_actions[level] = action
        self.black_action = self._action(True)
        self.black_action.toggled.connect(self.set_black)
        self.next_page_action = self._action()
        self.next_page_action.triggered.connect(lambda: self.scene.turn_page(1))
        self.previous_page_action = self._action()
        self.previous_page_action.triggered.connect(lambda: self.scene.turn_page(-1))
        self.zoom_in_action = self._action()
        self.zoom_in_action.triggered.connect(lambda: self.step_zoom(1))
        self.zoom_out_action = self._action()
        self.zoom_out_action.triggered.connect(lambda: self.step_zoom(-1))
        self.event_title_action = self._action(True)
        self.event_title_action.setChecked(True)
        self.event_title_action.toggled.connect(self.scene.set_show_event_title)
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name in THEMES:
            action = self._action(True)
            action.setData(name)
            action.setChecked(name == self.scene.theme.name)
            self.theme_group.addAction(action)
            self.theme_actions[name] = action
        self.theme_group.triggered.connect(lambda a: self.set_theme(str(a.data())))
        self.console_action = self._action()
        self.console_action.triggered.connect(self._on_console_action_triggered)
        self.shortcuts_action = self._action(False, "F1")
        self.shortcuts_action.triggered.connect(self._on_shortcuts_action_triggered)

    def _create_menu(self) -> QMenu:
        menu = QMenu(self.window)
        menu.addAction(self.present_action)
        menu.addAction(self.stop_action)
        self.screen_menu = menu.addMenu("")
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        menu.addSeparator()
        self.show_menu = menu.addMenu("")
        self.show_menu.addAction(self.view_actions[View.CANVAS])
        self.level_menu = self.show_menu.addMenu("")
        self.level_menu.addActions(list(self.level_actions.values()))
        for view in (View.BOARD, View.AGENDA, View.SPOTLIGHT, View.PAUSE):
            self.show_menu.addAction(self.view_actions[view])
        self.show_menu.addSeparator()
        self.show_menu.addAction(self.black_action)
        self.show_menu.addSeparator()
        self.show_menu.addActions([self.next_page_action, self.previous_page_action])
        self.show_menu.addActions([self.zoom_in_action, self.zoom_out_action])
        self.show_menu.addAction(self.event_title_action)
        self.theme_menu = menu.addMenu("")
        self.theme_menu.addActions(list(self.theme_actions.values()))
        menu.addSeparator()
        menu.addAction(self.console_action)
        menu.addAction(self.shortcuts_action)
        return menu

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        target = self.target_screen()
        laptop = self.laptop_screen()
        for index, screen in enumerate(QGuiApplication.screens()):
            label = screen_label(screen, index)
            if screen is laptop:
                label = self.tr("{screen} – laptop").format(screen=label)
            action = self.screen_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(screen is target)
            action.triggered.connect(lambda _=False, s=screen: self.choose_screen(s))

    def choose_screen(self, screen: QScreen) -> None:
        """Make ``screen`` the beamer; move there if presenting."""
        self._chosen_screen = screen.name()
        self._remember(screen)
        if self._presenting:
            self._show_on(screen)
        self._update_status()
        self._console.preview.updateGeometry()
        self._console.update_pages()

    def _on_present_action_triggered(self, checked: bool) -> None:
        if checked and not self._presenting:
            self.start_presenting()
        elif not checked and self._presenting:
            self.stop_presenting()
        self._sync_actions()

    def _on_view_group_triggered(self, action: QAction) -> None:
        data = str(action.data())
        if data in {level.value for level in LEVELS}:
            self.set_view(View.CANVAS, GoalLevel(data))
        else:
            self.set_view(View(data))

    def _on_shortcuts_action_triggered(self) -> None:
        self.overlay.toggle()

    def _on_console_action_triggered(self) -> None:
        dock = self._console.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None:
            dock.show()
            dock.raise_()
        else:
            self._console.show()
            self._console.activateWindow()

    def _sync_actions(self) -> None:
        scene = self.scene
        self.present_action.setChecked(self._presenting)
        self.stop_action.setEnabled(self._presenting)
        # B and "." only while presenting: elsewhere they are ordinary keys.
        self.black_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_B), QKeySequence(Qt.Key.Key_Period)]
            if self._presenting
            else []
        )
        self.black_action.blockSignals(True)
        self.black_action.setChecked(scene.black)
        self.black_action.blockSignals(False)
        if scene.view is View.CANVAS and scene.level is not None:
            self.level_actions[scene.level].setChecked(True)
        else:
            self.view_actions[scene.view].setChecked(True)
        index = ZOOM_STEPS.index(scene.zoom) if scene.zoom in ZOOM_STEPS else 0
        self.zoom_in_action.setEnabled(index + 1 < len(ZOOM_STEPS))
        self.zoom_out_action.setEnabled(index > 0)

    def _update_status(self) -> None:
        if self._presenting and self._screen_name is not None:
            size = self.audience.size()
            text = self.tr("The room sees this on {screen} ({width}×{height}).").format(
                screen=self._screen_name or self.tr("this screen"),
                width=size.width(),
                height=size.height(),
            )
        else:
            screen = self.target_screen()
            name = screen.name() if screen is not None else ""
            text = self.tr("Not presenting. F5 shows this on {screen}.").format(
                screen=name or self.tr("this screen")
            )
        self._console.set_status(text)

    # ------------------------------------------------------------ events
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window:
            if kind == QEvent.Type.Close and self._presenting:
                self.stop_presenting()
            elif kind == QEvent.Type.LanguageChange:
                self.retranslate_ui()
        elif watched is self.audience and kind == QEvent.Type.Close and self._presenting:
            # Closed by the window system (Alt+F4): that is stopping, too.
            self.stop_presenting()
        return False

    def retranslate_ui(self) -> None:
        self._menu.setTitle(self.tr("&Beamer"))
        self.present_action.setText(self.tr("&Present"))
        self.stop_action.setText(self.tr("&Stop presenting"))
        self.screen_menu.setTitle(self.tr("S&creen"))
        self.show_menu.setTitle(self.tr("S&how"))
        self.view_actions[View.CANVAS].setText(self.tr("Impact &canvas"))
        self.level_menu.setTitle(self.tr("&Level"))
        for level, action in self.level_actions.items():
            action.setText(translate(level.label))
        self.view_actions[View.BOARD].setText(self.tr("&Board"))
        self.view_actions[View.AGENDA].setText(self.tr("&Agenda"))
        self.view_actions[View.SPOTLIGHT].setText(self.tr("S&potlight"))
        self.view_actions[View.PAUSE].setText(self.tr("P&ause slide"))
        self.black_action.setText(self.tr("Blac&k"))
        self.next_page_action.setText(self.tr("&Next page"))
        self.previous_page_action.setText(self.tr("P&revious page"))
        self.zoom_in_action.setText(self.tr("&Larger text"))
        self.zoom_out_action.setText(self.tr("S&maller text"))
        self.event_title_action.setText(self.tr("Show the &event on the pause slide"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.theme_actions["dark"].setText(self.tr("&Dark"))
        self.theme_actions["light"].setText(self.tr("L&ight"))
        self.console_action.setText(self.tr("Presenter &console"))
        self.shortcuts_action.setText(self.tr("Keyboard &shortcuts"))
        self.audience.setWindowTitle(self.tr("ciworkshop – beamer"))
        self.scene.refresh()  # its own texts ("Now", "Next", ...) in the new language
        self._update_status()


__all__ = ["BeamerController", "View", "wants_keys"]
