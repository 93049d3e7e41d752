"""Where a member votes unseen: the ballot's own window on the laptop's screen, and covers on the others.

The laptop's screen is the primary one. Every other screen that shows
something else (an extended projector) gets a full-screen :class:`Cover`
saying who is voting, for as long as the ballot is open; a screen showing the
same picture as the laptop's (mirrored) can't be covered apart from it, so it
counts as the laptop's own. The ballot itself opens in :class:`BallotBooth`,
full screen on the laptop's screen, wherever the main window is.

The booth has three pages: ``START``, a cover until the member presses Space
or Enter (or clicks Start), for when the room sees the laptop's screen;
``FORM``, the ballot; ``DONE``, a cover saying the ballot was received (or
discarded) until the laptop is handed back. The booth only says what was
pressed (its signals); the Ballot tab decides what happens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from planner_gui import APP_NAME
from planner_gui.ui.pages.ranking.ballot_form import BallotForm
from planner_gui.ui.widgets.cover import Cover

START, FORM, DONE = range(3)
GO_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)


def laptop_screen() -> QScreen:
    """The screen the facilitator's laptop shows: the primary one."""
    return QGuiApplication.primaryScreen()


def room_screens() -> list[QScreen]:
    """The screens showing something other than the laptop's screen (an extended projector): these get covers."""
    laptop = laptop_screen()
    return [s for s in QGuiApplication.screens() if s is not laptop and not s.geometry().intersects(laptop.geometry())]


def one_screen_note() -> str:
    """What the facilitator is told once when the room can see the laptop's screen (the Ballot tab's words)."""
    return QCoreApplication.translate(
        "BallotTab",
        "This laptop has one screen, or its projector shows the same picture (mirrored): the room would see each "
        "member's ballot.\n\nBefore a member starts, blank the projector: most projectors' remotes have a Blank, "
        "AV Mute or Picture Mute button. Or set the displays to Extend instead of Mirror (on Windows: Windows+P, "
        "then Extend; on a Mac: System Settings, Displays; on Linux: the display settings): the projector then "
        "shows only a cover while a member votes.\n\nEach ballot starts behind a cover until the member presses "
        "Space or Enter, and the cover comes back when they submit. (This note is shown once.)",
    )


def hand_back() -> str:
    return QCoreApplication.translate("BallotTab", "Please hand the laptop back to the facilitator.")


def show_full_screen_on(window: QWidget, screen: QScreen) -> None:
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()


class ScreenCovers(QObject):
    """A full-screen cover on every room screen while a member votes; screens plugged in or out are followed."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.owner = owner
        self.windows: list[Cover] = []
        self.text: tuple[str, str] | None = None
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        for signal in (app.screenAdded, app.screenRemoved, app.primaryScreenChanged):
            signal.connect(self._screens_changed)

    def show(self, heading: str, detail: str) -> None:
        self.text = (heading, detail)
        self._place()

    def hide(self) -> None:
        self.text = None
        self._place()

    def _screens_changed(self, *_args: object) -> None:
        if self.text is not None:  # after Qt has moved the windows off a screen that went
            QTimer.singleShot(0, self._place)

    def _place(self) -> None:
        for window in self.windows:
            window.close()
            window.deleteLater()
        self.windows = []
        if self.text is None:
            return
        for screen in room_screens():
            flags = Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
            window = Cover(self.owner, name=QCoreApplication.translate("ScreenCovers", "Someone is voting"))
            window.setWindowFlags(flags | Qt.WindowType.WindowDoesNotAcceptFocus)
            window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
            window.setWindowTitle(
                QCoreApplication.translate("ScreenCovers", "Voting — {program}").format(program=APP_NAME)
            )
            window.set_text(*self.text)
            show_full_screen_on(window, screen)
            self.windows.append(window)


class BallotBooth(QWidget):
    """The ballot's own window, full screen on the laptop's screen; modal, so the main window waits behind it."""

    start_requested = Signal()  # Space or Enter (or the button) on the START cover
    back_requested = Signal()  # the laptop handed back: a key or the button on the DONE cover
    close_requested = Signal()  # Esc on START, or the window's close button on any page

    def __init__(self, form: BallotForm, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Ballot — {program}").format(program=APP_NAME))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.form = form
        self.start_cover = Cover(button=self.tr("Start my ballot"), name=self.tr("Before the ballot"))
        self.done_cover = Cover(button=self.tr("Back to the list of names"), name=self.tr("After the ballot"))
        self.start_cover.activated.connect(self.start_requested.emit)
        self.done_cover.activated.connect(self.back_requested.emit)
        self.stack = QStackedWidget()
        for page in (self.start_cover, form, self.done_cover):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._putting_away = False

    def page(self) -> int:
        return self.stack.currentIndex()

    def open(self, page: int) -> None:
        """Full screen on the laptop's screen, at ``page``."""
        show_full_screen_on(self, laptop_screen())
        self.raise_()
        self.activateWindow()
        self.show_page(page)

    def show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        if page == FORM:
            self.form.view.setFocus()
        else:
            cover = self.start_cover if page == START else self.done_cover
            assert cover.button is not None
            cover.button.setFocus()

    def show_done(self, heading: str, detail: str) -> None:
        self.done_cover.set_text(heading, detail)
        self.show_page(DONE)

    def put_away(self) -> None:
        """Closed by the program (the ballot is over): no question asked."""
        self._putting_away = True
        try:
            self.close()
        finally:
            self._putting_away = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, page = event.key(), self.page()
        if page == START and key in GO_KEYS:
            self.start_requested.emit()
        elif page == START and key == Qt.Key.Key_Escape:
            self.close_requested.emit()
        elif page == DONE and (key in GO_KEYS or key == Qt.Key.Key_Escape):
            self.back_requested.emit()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._putting_away:
            event.accept()
        else:  # the window manager's close button, Alt+F4: the tab decides (a ballot on the form is discarded)
            event.ignore()
            self.close_requested.emit()
