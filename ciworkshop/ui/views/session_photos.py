"""The "Photos" tab of a session: photos of flip charts and pinboards, stored in the file.

A grid of thumbnails with their captions. "Add photos…" (or Insert, or dropping image
files onto the tab) prepares each file with :func:`ciworkshop.services.photos.prepare_photo`
(upright, at most 2560 px, no metadata) on a worker thread, so the window stays live
while a batch of 24-megapixel phone photos is read, and stores each photo as its own
undoable step. A file that cannot be used is named in one message at the end, with the
reason in the user's language; the others are added all the same.

In the grid: Enter or a double click on the picture opens a large view (Left/Right browse),
F2 or a double click on the caption edits it, Delete removes the selected photos (undoable).
Thumbnails are decoded when first shown and kept while the document is open.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ciworkshop.domain import event_rules
from ciworkshop.domain.events import Photo, PhotoDraft
from ciworkshop.services.changes import Changes, Entity
from ciworkshop.services.photos import (
    MAX_FILE_BYTES,
    MAX_PIXELS,
    PhotoError,
    PhotoErrorKind,
    prepare_photo,
)
from ciworkshop.ui import event_commands, icons
from ciworkshop.ui.dialogs.base import FormDialog
from ciworkshop.ui.errors import problem_text
from ciworkshop.ui.session import DocumentSession
from ciworkshop.ui.views.session_panel import SessionPanel

log = logging.getLogger(__name__)

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
THUMB = QSize(240, 180)
PADDING = 8
CAPTION_LINES = 2
GAP = 12
ADD_SHORTCUT = "Ctrl+Shift+O"
HINT_COLOUR = "#5F6B73"
CARD_BORDER = "#CFD8DC"
#: What the file dialog offers; anything else can still be chosen via "All files".
IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp *.avif *.heic *.heif"

_RELEVANT = frozenset({Entity.PHOTO, Entity.SESSION})

Index = QModelIndex | QPersistentModelIndex


def photo_error_text(error: PhotoError) -> str:
    """Why a file could not become a photo, in the user's language."""
    kind = error.kind
    if kind is PhotoErrorKind.UNREADABLE:
        return PhotosPanel.tr("The file could not be read (is it still there and readable?).")
    if kind is PhotoErrorKind.EMPTY:
        return PhotosPanel.tr("The file is empty.")
    if kind is PhotoErrorKind.NOT_AN_IMAGE:
        return PhotosPanel.tr("This is not an image file.")
    if kind is PhotoErrorKind.UNSUPPORTED:
        return PhotosPanel.tr(
            "This image format cannot be read. Please save the photo as JPEG or PNG "
            "(on an iPhone: Settings → Camera → Formats → “Most Compatible”)."
        )
    if kind is PhotoErrorKind.DAMAGED:
        return PhotosPanel.tr("The image is damaged or incomplete (perhaps not fully copied).")
    if kind is PhotoErrorKind.TOO_MANY_PIXELS:
        return PhotosPanel.tr("The image has too many pixels (at most {limit} megapixels).").format(
            limit=QLocale().toString(MAX_PIXELS // 1_000_000)
        )
    if kind is PhotoErrorKind.FILE_TOO_LARGE:
        return PhotosPanel.tr("The file is too large (at most {limit}).").format(
            limit=QLocale().formattedDataSize(
                MAX_FILE_BYTES, 0, QLocale.DataSizeFormat.DataSizeSIFormat
            )
        )
    return PhotosPanel.tr("Even reduced, the photo would be too large to store.")


# ---------------------------------------------------------------- model
class PhotoListModel(QAbstractListModel):
    """A session's photos (metadata only). Thumbnails are made on first request by
    ``load`` (the photo's bytes) and cached by UUID: a photo's pixels never change."""

    def __init__(self, load: Callable[[str], bytes | None]) -> None:
        super().__init__()
        self._photos: list[Photo] = []
        self._load = load
        self._thumbs: dict[str, QPixmap] = {}
        self.device_pixel_ratio = 1.0

    def set_photos(self, photos: Sequence[Photo]) -> None:
        photos = list(photos)
        if [p.uuid for p in photos] == [p.uuid for p in self._photos]:
            self._photos = photos  # a caption changed: keep selection and scrolling
            if photos:
                self.dataChanged.emit(self.index(0), self.index(len(photos) - 1))
            return
        self.beginResetModel()
        self._photos = photos
        self.endResetModel()

    def clear_cache(self) -> None:
        self._thumbs.clear()

    def photos(self) -> list[Photo]:
        return list(self._photos)

    def photo(self, row: int) -> Photo | None:
        return self._photos[row] if 0 <= row < len(self._photos) else None

    def row_of(self, uuid: str) -> int:
        return next((row for row, p in enumerate(self._photos) if p.uuid == uuid), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        photo = self.photo(index.row()) if index.isValid() else None
        if photo is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.caption
        if role == UUID_ROLE:
            return photo.uuid
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnail(photo.uuid)
        if role == Qt.ItemDataRole.ToolTipRole:
            size = QLocale().formattedDataSize(
                photo.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat
            )
            facts = f"{photo.width} × {photo.height} px, {size}"
            return f"{photo.caption}\n{facts}" if photo.caption else facts
        return None

    def thumbnail(self, uuid: str) -> QPixmap | None:
        if uuid not in self._thumbs:
            # An undecodable photo is remembered as a null pixmap: not decoded on every paint.
            self._thumbs[uuid] = self._make_thumbnail(uuid) or QPixmap()
        pixmap = self._thumbs[uuid]
        return None if pixmap.isNull() else pixmap

    def _make_thumbnail(self, uuid: str) -> QPixmap | None:
        data = self._load(uuid)
        if not data:
            return None
        image = decode_scaled(data, THUMB * self.device_pixel_ratio)
        if image.isNull():
            return None
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.device_pixel_ratio)
        return pixmap


def decode_scaled(data: bytes, box: QSize) -> QImage:
    """The image in ``data`` fitted into ``box``; a JPEG is decoded at the reduced size
    directly (much faster than decoding 2560 px and scaling)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    full = reader.size()
    if full.isValid() and (full.width() > box.width() or full.height() > box.height()):
        reader.setScaledSize(full.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


# ---------------------------------------------------------------- grid
def _caption_lines(text: str, font: QFont, width: int, lines: int) -> list[str]:
    """``text`` wrapped at ``width``, at most ``lines`` lines, the last one elided."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    result = [text[start : start + length].strip() for start, length in spans[: lines - 1]]
    if len(spans) >= lines:
        rest = text[spans[lines - 1][0] :].replace("\n", " ").strip()
        result.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return result


class PhotoDelegate(QStyledItemDelegate):
    """A card: the thumbnail centred in a fixed box, the caption (two lines) under it."""

    def cell_size(self, font: QFont) -> QSize:
        line = QFontMetrics(font).lineSpacing()
        return QSize(
            THUMB.width() + 2 * PADDING, THUMB.height() + CAPTION_LINES * line + 3 * PADDING
        )

    @staticmethod
    def image_rect(cell: QRect) -> QRect:
        return QRect(cell.x() + PADDING, cell.y() + PADDING, THUMB.width(), THUMB.height())

    def caption_rect(self, cell: QRect) -> QRect:
        image = self.image_rect(cell)
        top = image.bottom() + PADDING
        return QRect(image.x(), top, THUMB.width(), cell.bottom() - top - PADDING // 2)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return self.cell_size(option.font)  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        cell: QRect = option.rect  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        font: QFont = option.font  # type: ignore[attr-defined]
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = cell.adjusted(1, 1, -1, -1)
        highlight = palette.highlight().color()
        background = QColor(highlight) if selected else palette.base().color()
        if selected:
            background.setAlpha(40)
        painter.setPen(QPen(highlight if selected else QColor(CARD_BORDER), 3 if selected else 1))
        painter.setBrush(background)
        painter.drawRoundedRect(card, 6, 6)

        image_rect = self.image_rect(cell)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            size = pixmap.deviceIndependentSize().toSize()
            target = QRect(QPoint(0, 0), size)
            target.moveCenter(image_rect.center())
            painter.drawPixmap(target, pixmap)
            # A thin edge like a print: white flip charts stay apart from the white card.
            painter.setPen(QPen(QColor(CARD_BORDER), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target.adjusted(0, 0, -1, -1))
        else:
            icons.icon("photo").paint(painter, image_rect.adjusted(80, 50, -80, -50))

        caption = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        text_rect = self.caption_rect(cell)
        if caption:
            painter.setPen(palette.text().color())
            lines = _caption_lines(caption, font, text_rect.width(), CAPTION_LINES)
        else:
            italic = QFont(font)
            italic.setItalic(True)
            painter.setFont(italic)
            painter.setPen(QColor(HINT_COLOUR))
            lines = [PhotosPanel.tr("No caption (F2)")]
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, "\n".join(lines)
        )
        painter.restore()


class PhotoGrid(QListView):
    """Thumbnails in rows. Enter/double click on a picture: ``open_requested``;
    F2/double click on a caption: ``caption_requested``; Delete: ``delete_requested``;
    Insert: ``add_requested``."""

    open_requested = Signal()
    caption_requested = Signal()
    delete_requested = Signal()
    add_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("photoGrid")
        self.photo_delegate = PhotoDelegate(self)
        self.setItemDelegate(self.photo_delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setUniformItemSizes(True)
        self.setSpacing(0)  # the grid cells hold the gaps (GAP)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Drops go to the panel (it imports files); the grid itself moves nothing.
        self.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.setDragEnabled(False)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty_text = ""
        self._update_grid()

    def _update_grid(self) -> None:
        """Spread the columns over the whole width instead of leaving a gap on the right."""
        cell = self.photo_delegate.cell_size(self.font()) + QSize(GAP, GAP)
        # The width with a scroll bar, whether one shows or not: a grid that changed with
        # the scroll bar could make it appear and vanish in turn.
        scroll_bar = max(
            self.verticalScrollBar().sizeHint().width(),
            self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent),
        )
        width = self.width() - 2 * self.frameWidth() - scroll_bar - 2
        columns = max(1, width // cell.width())
        self.setGridSize(QSize(max(cell.width(), width // columns), cell.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._update_grid()
        super().resizeEvent(event)

    def current_uuid(self) -> str | None:
        index = self.currentIndex()
        uuid = index.data(UUID_ROLE) if index.isValid() else None
        return uuid if isinstance(uuid, str) else None

    def selected_uuids(self) -> list[str]:
        rows = sorted(index.row() for index in self.selectionModel().selectedIndexes())
        model = self.model()
        return [str(model.index(row, 0).data(UUID_ROLE)) for row in rows]

    def select_uuid(self, uuid: str | None) -> None:
        model = self.model()
        for row in range(model.rowCount() if model is not None else 0):
            index = model.index(row, 0)
            if index.data(UUID_ROLE) == uuid:
                self.setCurrentIndex(index)
                self.scrollTo(index)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        signals = {
            Qt.Key.Key_Return: self.open_requested,
            Qt.Key.Key_Enter: self.open_requested,
            Qt.Key.Key_F2: self.caption_requested,
            Qt.Key.Key_Delete: self.delete_requested,
            Qt.Key.Key_Insert: self.add_requested,
        }
        if plain and key in signals:
            signals[Qt.Key(key)].emit()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        index = self.indexAt(point)
        if not index.isValid() or event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        self.setCurrentIndex(index)
        cell = self.visualRect(index)
        if self.photo_delegate.caption_rect(cell).contains(point):
            self.caption_requested.emit()
        else:
            self.open_requested.emit()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        self._update_grid()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(QColor(HINT_COLOUR))
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.2)
            painter.setFont(font)
            painter.drawText(
                self.viewport().rect().adjusted(40, 40, -40, -40),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            painter.end()


# ---------------------------------------------------------------- dialogs
class PhotoCaptionDialog(FormDialog):
    """The caption of one photo, with the photo above it. Over the limit, OK stays off
    and the text stays in the field."""

    def __init__(
        self, caption: str, preview: QPixmap | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoCaptionDialog")
        if preview is not None and not preview.isNull():
            picture = QLabel()
            picture.setObjectName("captionPreview")
            picture.setPixmap(preview)
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.layout().insertWidget(0, picture)
        field = self.add_text_field("photo_caption")
        assert isinstance(field, QLineEdit)
        self.caption_edit = field
        self.caption_edit.setText(caption)
        self.caption_edit.selectAll()
        self.retranslate_ui()

    def caption(self) -> str:
        return self.caption_edit.text()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Photo caption"))


class PhotoViewer(QDialog):
    """One photo as large as the screen allows; Left/Right (Page Up/Down) browse."""

    def __init__(
        self,
        photos: Sequence[Photo],
        index: int,
        load: Callable[[str], bytes | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoViewer")
        self.photos, self.index, self._load = list(photos), index, load
        self._pixmap = QPixmap()
        self.picture = QLabel()
        self.picture.setObjectName("viewerPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Ignored: the label must not grow to the pixmap's size (a resize loop).
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setMinimumSize(200, 150)
        self.picture.setStyleSheet("background: #263238;")
        self.caption = QLabel()
        self.caption.setObjectName("viewerCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.caption.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.caption.setFont(font)
        self.position = QLabel()
        self.position.setStyleSheet(f"color: {HINT_COLOUR};")
        bottom = QHBoxLayout()
        bottom.addWidget(self.caption, 1)
        bottom.addWidget(self.position)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.picture, 1)
        layout.addLayout(bottom)
        screen = (parent.screen() if parent is not None else None) or (
            QGuiApplication.primaryScreen()
        )
        if screen is not None:
            area = screen.availableGeometry()
            self.resize(round(area.width() * 0.9), round(area.height() * 0.9))
        self.show_photo(index)

    def show_photo(self, index: int) -> None:
        if not self.photos:
            return
        self.index = max(0, min(index, len(self.photos) - 1))
        photo = self.photos[self.index]
        data = self._load(photo.uuid)
        image = QImage.fromData(data) if data else QImage()
        self._pixmap = QPixmap.fromImage(image)
        self.caption.setText(photo.caption)
        self.position.setText(
            self.tr("Photo {number} of {count}").format(
                number=self.index + 1, count=len(self.photos)
            )
        )
        self.setWindowTitle(photo.caption or self.tr("Photo"))
        self._rescale()

    def _rescale(self) -> None:
        if self._pixmap.isNull():
            self.picture.clear()
            return
        ratio = self.devicePixelRatioF()
        scaled = self._pixmap.scaled(
            self.picture.size() * ratio,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        self.picture.setPixmap(scaled)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_PageUp: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_PageDown: 1,
            Qt.Key.Key_Space: 1,
        }
        key = event.key()
        if key in steps:
            self.show_photo(self.index + steps[Qt.Key(key)])
            return
        if key == Qt.Key.Key_Home:
            self.show_photo(0)
            return
        if key == Qt.Key.Key_End:
            self.show_photo(len(self.photos) - 1)
            return
        super().keyPressEvent(event)


# ---------------------------------------------------------------- import
@dataclass
class _Batch:
    """Files chosen in one gesture; their failures are reported together at the end."""

    session: DocumentSession
    session_uuid: str
    total: int
    done: int = 0
    added: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)


class _Relay(QObject):
    """Carries a finished preparation from the worker thread to the GUI thread."""

    prepared = Signal(object, object, object)  # batch, path, future


class PhotosPanel(SessionPanel):
    """``import_finished(added, failed)`` tells when a batch of files is through."""

    import_finished = Signal(int, int)
    #: The folder the file dialog starts in (the last one used while the app runs).
    last_folder = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photosPanel")
        self.setAcceptDrops(True)
        self._stale = False
        self._cache_owner: DocumentSession | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._futures: set[Future[PhotoDraft]] = set()
        self._pending = 0
        self._progress_total = 0
        self._relay = _Relay(self)
        self._relay.prepared.connect(self._on_relay_prepared)

        self.title = QLabel()
        self.title.setObjectName("photosTitle")
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        self.title.setFont(title_font)
        self.count_label = QLabel()
        self.count_label.setObjectName("photosCount")
        self.count_label.setFont(title_font)
        self.progress = QLabel()
        self.progress.setObjectName("photosProgress")
        self.progress.setStyleSheet(f"color: {HINT_COLOUR};")
        self.progress.hide()
        self.add_button = QPushButton(icons.icon("photo"), "")
        self.add_button.setObjectName("addPhotosButton")
        self.open_button = QPushButton(icons.icon("zoom_in"), "")
        self.open_button.setObjectName("openPhotoButton")
        self.caption_button = QPushButton(icons.icon("edit"), "")
        self.caption_button.setObjectName("captionPhotoButton")
        self.delete_button = QPushButton(icons.icon("delete"), "")
        self.delete_button.setObjectName("deletePhotoButton")

        self.model = PhotoListModel(self._photo_data)
        self.grid = PhotoGrid()
        self.grid.setModel(self.model)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addSpacing(12)
        head.addWidget(self.count_label)
        head.addStretch(1)
        head.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.caption_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addLayout(head)
        layout.addLayout(buttons)
        layout.addWidget(self.grid, 1)

        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_current)
        self.caption_button.clicked.connect(self.edit_caption)
        self.delete_button.clicked.connect(self.delete_selected)
        self.grid.open_requested.connect(self.open_current)
        self.grid.caption_requested.connect(self.edit_caption)
        self.grid.delete_requested.connect(self.delete_selected)
        self.grid.add_requested.connect(self.choose_files)
        self.grid.customContextMenuRequested.connect(self._on_grid_context_menu_requested)
        self.grid.selectionModel().selectionChanged.connect(self._update_state)
        self.model.modelReset.connect(self._update_state)
        add = QShortcut(QKeySequence(ADD_SHORTCUT), self)
        add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.activated.connect(self.choose_files)
        self.setFocusProxy(self.grid)
        self.retranslate_ui()
        self._update_state()

    # ------------------------------------------------------------ SessionPanel
    def set_context(self, session: DocumentSession | None, session_uuid: str | None) -> None:
        switched = session is not self._cache_owner
        if switched:
            self.model.clear_cache()  # thumbnails belong to one document
            self._cache_owner = session
        super().set_context(session, session_uuid)
        if switched:
            # Files still waiting are not prepared for a document that is gone (after
            # the switch: a cancelled file reports at once and must see the new one).
            for future in list(self._futures):
                future.cancel()

    def reload(self) -> None:
        self._stale = False
        session, session_uuid = self.session, self.session_uuid
        current = self.grid.current_uuid()
        self.model.device_pixel_ratio = self.devicePixelRatioF()
        if session is None or session_uuid is None or session.events.session(session_uuid) is None:
            self.model.set_photos([])
        else:
            self.model.set_photos(session.events.photos(session_uuid))
            self.grid.select_uuid(current)
        self._update_state()

    def on_events_changed(self, changes: Changes) -> None:
        if not changes.entities & _RELEVANT:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # read again when shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    @property
    def importing(self) -> bool:
        return self._pending > 0

    def _photo_data(self, uuid: str) -> bytes | None:
        if self.session is None:
            return None
        try:
            return self.session.events.photo_data(uuid)
        except KeyError:
            return None  # deleted meanwhile

    def _writable(self) -> bool:
        return self.session is not None and self.session_uuid is not None and not self.read_only

    def _update_state(self, *_: object) -> None:
        writable = self._writable()
        has_current = self.grid.current_uuid() is not None
        selected = bool(self.grid.selectionModel().selectedIndexes())
        self.add_button.setEnabled(writable)
        self.open_button.setEnabled(has_current)
        self.caption_button.setEnabled(writable and has_current)
        self.delete_button.setEnabled(writable and selected)
        self.count_label.setText(PhotosPanel.tr("%n photo(s)", "", self.model.rowCount()))
        if self.session_uuid is None:
            self.grid.empty_text = ""
        elif writable:
            self.grid.empty_text = self.tr(
                "No photos yet.\n\nDrop photos of flip charts and pinboards here, or choose "
                "“Add photos…”. They are turned upright, reduced to a sensible size and "
                "stored in the network file without location data."
            )
        else:
            self.grid.empty_text = self.tr("No photos.")
        self.grid.viewport().update()

    # ------------------------------------------------------------ import
    def choose_files(self) -> None:
        if not self._writable():
            return
        start = PhotosPanel.last_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation
        )
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            start,
            self.tr("Images ({patterns});;All files (*)").format(patterns=IMAGE_PATTERNS),
        )
        if names:
            PhotosPanel.last_folder = str(Path(names[0]).parent)
            self.import_files([Path(name) for name in names])

    def import_files(self, paths: Sequence[Path]) -> None:
        """Prepare ``paths`` on a worker thread and add each photo to this session as it
        is ready; afterwards one message names each file that could not be added."""
        session, session_uuid = self.session, self.session_uuid
        if session is None or session_uuid is None or session.read_only or not paths:
            return
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="photos")
        batch = _Batch(session, session_uuid, len(paths))
        self._pending += len(paths)
        self._progress_total += len(paths)
        self._show_progress()
        relay = self._relay
        for path in paths:
            future = self._executor.submit(prepare_photo, path)
            self._futures.add(future)
            future.add_done_callback(lambda done, path=path: _deliver(relay, batch, path, done))

    def _on_relay_prepared(self, batch: _Batch, path: Path, future: Future[PhotoDraft]) -> None:
        self._futures.discard(future)
        try:
            self._add_prepared(batch, path, future)
        finally:
            batch.done += 1
            self._pending -= 1
            self._show_progress()
            if batch.done == batch.total:
                self._finish_batch(batch)

    def _add_prepared(self, batch: _Batch, path: Path, future: Future[PhotoDraft]) -> None:
        try:
            draft = future.result()
        except PhotoError as exc:
            log.info("Photo %s not added: %s", path, exc)
            batch.failures.append((path.name, photo_error_text(exc)))
            return
        except CancelledError:
            batch.failures.append((path.name, self.tr("The network file was closed meanwhile.")))
            return
        except Exception:
            log.exception("Unexpected error while preparing photo %s", path)
            batch.failures.append(
                (path.name, self.tr("An unexpected error occurred; details are in the log file."))
            )
            return
        session = batch.session
        if session is not self.session:
            # The document was closed meanwhile; the photo stays where it was on disk.
            batch.failures.append((path.name, self.tr("The network file was closed meanwhile.")))
            return
        if session.events.session(batch.session_uuid) is None:
            batch.failures.append((path.name, self.tr("The session was deleted meanwhile.")))
            return
        problems = event_rules.check_photo(draft)
        if problems:
            batch.failures.append((path.name, problem_text(problems[0])))
            return
        command = event_commands.add_photo(session, batch.session_uuid, draft)
        if session.push(command) and command.uuid:
            batch.added.append(command.uuid)
        else:
            batch.failures.append((path.name, self.tr("The photo could not be stored.")))

    def _finish_batch(self, batch: _Batch) -> None:
        current = batch.session is self.session
        if batch.added and current:
            self.grid.clearSelection()
            self.grid.select_uuid(batch.added[-1])
        if batch.failures and current:
            self._report_failures(batch)
        elif batch.failures:
            # The file was closed meanwhile: the user left on purpose; no message now.
            log.info("Photo import ended with the file closed: %s", batch.failures)
        self.import_finished.emit(len(batch.added), len(batch.failures))

    def _report_failures(self, batch: _Batch) -> None:
        lines = "\n".join(f"• {name}: {why}" for name, why in batch.failures)
        text = PhotosPanel.tr("%n file(s) could not be added:", "", len(batch.failures))
        text += "\n\n" + lines
        if batch.added:
            text += "\n\n" + PhotosPanel.tr(
                "The other %n photo(s) were added.", "", len(batch.added)
            )
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Photos not added"), text)
        box.setObjectName("photoImportMessage")
        box.setParent(self, box.windowFlags())
        box.exec()
        box.deleteLater()

    def _show_progress(self) -> None:
        if self._pending <= 0:
            self._pending = 0
            self._progress_total = 0
            self.progress.hide()
            return
        done = self._progress_total - self._pending
        self.progress.setText(
            self.tr("Preparing photos… {done} of {total}").format(
                done=done, total=self._progress_total
            )
        )
        self.progress.show()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._writable() and _local_files(event.mimeData().urls()):
            event.acceptProposedAction()
            return
        event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event.mimeData().urls())
        if not self._writable() or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_files(paths)

    # ------------------------------------------------------------ other gestures
    def _current_photo(self) -> Photo | None:
        return self.model.photo(self.grid.currentIndex().row())

    def open_current(self) -> None:
        photo = self._current_photo()
        if photo is None:
            return
        viewer = PhotoViewer(
            self.model.photos(), self.model.row_of(photo.uuid), self._photo_data, self
        )
        viewer.exec()
        self.grid.select_uuid(viewer.photos[viewer.index].uuid)
        viewer.deleteLater()

    def edit_caption(self) -> None:
        photo = self._current_photo()
        session = self.session
        if photo is None or session is None or not self._writable():
            return
        preview = self.model.thumbnail(photo.uuid)
        dialog = PhotoCaptionDialog(photo.caption, preview, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        caption = dialog.caption()
        dialog.deleteLater()
        if not accepted or caption.strip() == photo.caption:
            return
        session.push(event_commands.set_photo_caption(session, photo, caption))
        self.grid.select_uuid(photo.uuid)

    def delete_selected(self) -> None:
        session = self.session
        if session is None or not self._writable():
            return
        uuids = set(self.grid.selected_uuids())
        photos = [p for p in self.model.photos() if p.uuid in uuids]
        if not photos:
            return
        row = self.model.row_of(photos[0].uuid)
        if len(photos) == 1:
            session.push(event_commands.delete_photo(session, photos[0]))
        else:
            stack = session.undo_stack
            stack.beginMacro(PhotosPanel.tr("Delete %n photo(s)", "", len(photos)))
            for photo in photos:
                stack.push(event_commands.delete_photo(session, photo))
            stack.endMacro()
        next_photo = self.model.photo(min(row, self.model.rowCount() - 1))
        if next_photo is not None:
            self.grid.select_uuid(next_photo.uuid)

    def _on_grid_context_menu_requested(self, point: QPoint) -> None:
        index = self.grid.indexAt(point)
        if index.isValid() and not self.grid.selectionModel().isSelected(index):
            self.grid.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(icons.icon("photo"), self.add_button.text(), self.choose_files).setEnabled(
            self._writable()
        )
        if index.isValid():
            menu.addSeparator()
            menu.addAction(icons.icon("zoom_in"), self.open_button.text(), self.open_current)
            menu.addAction(
                icons.icon("edit"), self.caption_button.text(), self.edit_caption
            ).setEnabled(self._writable())
            menu.addAction(
                icons.icon("delete"), self.delete_button.text(), self.delete_selected
            ).setEnabled(self._writable())
        menu.exec(self.grid.viewport().mapToGlobal(point))
        menu.deleteLater()

    # ------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Photos of flip charts and pinboards"))
        self.add_button.setText(self.tr("&Add photos…"))
        self.add_button.setToolTip(
            self.tr(
                "Choose one or more photos ({key} or Insert), or drop image files onto this tab."
            ).format(
                key=QKeySequence(ADD_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.open_button.setText(self.tr("Open large"))
        self.open_button.setToolTip(self.tr("Enter or double click on the photo"))
        self.caption_button.setText(self.tr("Caption…"))
        self.caption_button.setToolTip(self.tr("F2 or double click on the caption"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected photos (Delete key)"))
        self._update_state()


def _deliver(relay: _Relay, batch: _Batch, path: Path, future: Future[PhotoDraft]) -> None:
    """On the worker thread: hand the result to the GUI thread (a queued signal)."""
    # RuntimeError: the panel is gone (application closing); nothing left to add to.
    with contextlib.suppress(RuntimeError):
        relay.prepared.emit(batch, path, future)


def _local_files(urls: Sequence[Any]) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
