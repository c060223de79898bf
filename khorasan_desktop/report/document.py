"""A paginated report document: rich text, tables whose header repeats on every page, and
charts, maps and graphs kept as vector pictures.

Pictures are ``QPicture`` recordings of the shared chart, map and graph scenes
(:mod:`khorasan_desktop.render`), placed inline through a text-object handler and replayed
scaled when the page is painted. The PDF writer works at 96 dpi, the resolution the scenes
are recorded at, so recorded text is scaled exactly once (a 300 dpi writer would enlarge
recorded text a second time).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPyTextObject,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from khorasan_desktop.core import i18n
from khorasan_desktop.core.i18n import translate
from khorasan_desktop.render import fonts
from khorasan_desktop.render.picture import Picture

DPI = 96
MARGIN_MM = 16.0
BAND_MM = 9.0  # banner bands at top and bottom, inside the margins
PAGE_BREAK = "<!--page-break-->"
PICTURE_TYPE = QTextFormat.ObjectTypes.UserObject + 1
PICTURE_KEY = QTextFormat.Property.UserProperty + 1
MAX_PICTURE_HEIGHT = 0.82  # of the content height, so a picture always fits one page

TLP_COLOURS = {
    "TLP:RED": "#FF2B2B",
    "TLP:AMBER+STRICT": "#FFC000",
    "TLP:AMBER": "#FFC000",
    "TLP:GREEN": "#33FF00",
    "TLP:CLEAR": "#FFFFFF",
    "TLP:WHITE": "#FFFFFF",
}


class Cancelled(Exception):
    """The user cancelled the export; nothing was written under the final name."""


class ExportFailed(Exception):
    """The report could not be written (message fit for the user)."""


class _PictureHandler(QPyTextObject):
    """Lays out and paints the inline pictures of one document."""

    def __init__(self, pictures: dict[str, Picture], max_height: float) -> None:
        super().__init__()
        self.pictures = pictures
        self.max_height = max_height

    def _size(self, doc: QTextDocument, key: str) -> QSizeF:
        pic = self.pictures[key]
        width = doc.pageSize().width() - 2 * doc.documentMargin()
        return fitted_size(pic.width, pic.height, width, self.max_height)

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        return self._size(doc, str(fmt.property(PICTURE_KEY)))

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        pic = self.pictures[str(fmt.property(PICTURE_KEY))]
        rect = QRectF(rect)
        painter.save()
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / pic.width, rect.height() / pic.height)
        painter.setClipRect(QRectF(0, 0, pic.width, pic.height))
        painter.drawPicture(0, 0, pic.picture)
        painter.restore()


def fitted_size(width: float, height: float, text_width: float, max_height: float) -> QSizeF:
    """A picture's printed size: the text's width, or less where it would be too tall."""
    out_w, out_h = text_width, text_width * height / width
    if out_h > max_height:
        out_w, out_h = out_w * max_height / out_h, max_height
    return QSizeF(out_w, out_h)


def content_size() -> QSizeF:
    """The text area of a report page (A4 inside margins and bands), in pixels at DPI."""
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF()
    )
    return _geometry(QRectF(layout.fullRectPixels(DPI)))[3].size()


def printed_scale(width: float, height: float) -> float:
    """How much a picture recorded at ``width`` x ``height`` is scaled on the page: what
    recorded text sizes are multiplied by in the PDF (see render.fonts.MIN_PRINT_PT)."""
    page = content_size()
    return fitted_size(width, height, page.width(), page.height() * MAX_PICTURE_HEIGHT).width() / (
        width
    )


def max_picture_height() -> float:
    """The tallest a picture prints, so a recording this tall is not scaled down."""
    return content_size().height() * MAX_PICTURE_HEIGHT


def _geometry(full: QRectF) -> tuple[QRectF, QRectF, QRectF, QRectF]:
    """The page, its top and bottom bands and the content area between them."""
    mm = DPI / 25.4
    margin, band = MARGIN_MM * mm, BAND_MM * mm
    top_band = QRectF(margin, margin * 0.6, full.width() - 2 * margin, band)
    bottom_band = QRectF(
        margin, full.height() - margin * 0.6 - band, full.width() - 2 * margin, band
    )
    content = QRectF(
        margin,
        top_band.bottom() + band * 0.6,
        full.width() - 2 * margin,
        bottom_band.top() - band * 0.6 - (top_band.bottom() + band * 0.6),
    )
    return full, top_band, bottom_band, content


@dataclass
class Banner:
    text: str

    @property
    def colour(self) -> str | None:
        upper = self.text.strip().upper()
        for label, colour in TLP_COLOURS.items():
            if upper.startswith(label):
                return colour
        return None


class ReportDocument:
    """Collects HTML and pictures, then paints them page by page into a PDF."""

    def __init__(self, title: str, banner: str = "", right_to_left: bool | None = None) -> None:
        """``right_to_left``: pages set right to left in the Arabic-script face (default:
        as the interface language runs, so a Dari or Pashto report reads as the window)."""
        fonts.load()
        self.right_to_left = i18n.right_to_left() if right_to_left is None else right_to_left
        self.title = title
        self.banner = Banner(banner)
        self.html: list[str] = []
        self.pictures: dict[str, Picture] = {}

    def add_html(self, html: str) -> None:
        self.html.append(html)

    def page_break(self) -> None:
        self.html.append(PAGE_BREAK)

    def add_picture(self, key: str, picture: Picture) -> str:
        """Store a picture; returns the placeholder to put in the HTML where it belongs."""
        self.pictures[key] = picture
        return f"<!--picture:{key}-->"

    # -- layout --------------------------------------------------------------------------
    def _page_geometry(self, writer: QPdfWriter) -> tuple[QRectF, QRectF, QRectF, QRectF]:
        return _geometry(QRectF(writer.pageLayout().fullRectPixels(DPI)))

    def _document(self, writer: QPdfWriter, content: QRectF) -> tuple[QTextDocument, object]:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        rtl = self.right_to_left
        doc.setDefaultFont(fonts.font(9.5, arabic_first=rtl))
        doc.setDocumentMargin(0)
        doc.setPageSize(QSizeF(content.width(), content.height()))
        # Header cells start where the language starts its lines.
        doc.setDefaultStyleSheet(
            STYLE.replace("text-align: left", "text-align: right") if rtl else STYLE
        )
        handler = _PictureHandler(self.pictures, content.height() * MAX_PICTURE_HEIGHT)
        doc.documentLayout().registerHandler(PICTURE_TYPE, handler)
        cursor = QTextCursor(doc)
        first = True
        for chunk in self.html:
            if chunk == PAGE_BREAK:
                block = QTextBlockFormat()
                block.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.insertBlock(block)
                continue
            if not first:
                cursor.insertBlock(QTextBlockFormat())
            first = False
            for piece in _split_pictures(chunk):
                if isinstance(piece, tuple):
                    fmt = QTextCharFormat()
                    fmt.setObjectType(PICTURE_TYPE)
                    fmt.setProperty(PICTURE_KEY, piece[0])
                    cursor.insertBlock()
                    cursor.insertText("\ufffc", fmt)
                    cursor.insertBlock(QTextBlockFormat())
                else:
                    cursor.insertHtml(piece)
        if rtl:
            mirror(doc)
        _keep_pictures_whole(doc, content.height())
        return doc, handler

    def page_count(self) -> int:
        """Pages the report will have (for the export dialog's preview)."""
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            writer = _writer(Path(tmp) / "count.pdf", self.title)
            _, _, _, content = self._page_geometry(writer)
            doc, _handler = self._document(writer, content)
            return int(doc.pageCount())

    def write(
        self,
        out: Path,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Paint every page into ``out`` (via a temporary file); returns the page count."""
        out = Path(out)
        tmp = out.with_name(f".{out.name}.part")
        if not out.parent.is_dir():
            raise ExportFailed(f"Folder does not exist: {out.parent}")
        if not os.access(out.parent, os.W_OK):
            raise ExportFailed(f"Cannot write to {out.parent}: permission denied")
        from khorasan_desktop.data.files import tracked

        try:
            with tracked(tmp):
                pages = self._paint(tmp, progress, cancelled)
                if tmp.stat().st_size == 0:
                    raise ExportFailed(f"Could not write {out}: the PDF came out empty")
                os.replace(tmp, out)
            return pages
        except OSError as exc:
            raise ExportFailed(f"Could not write {out}: {exc.strerror or exc}") from exc
        finally:
            if tmp.exists():
                tmp.unlink()

    def _paint(
        self,
        path: Path,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> int:
        writer = _writer(path, self.title)
        _full, top_band, bottom_band, content = self._page_geometry(writer)
        doc, _handler = self._document(writer, content)
        pages = int(doc.pageCount())
        painter = QPainter()
        if not painter.begin(writer):
            raise ExportFailed(f"Could not open {path} for writing")
        try:
            for i in range(pages):
                if cancelled and cancelled():
                    raise Cancelled()
                if i:
                    writer.newPage()
                painter.save()
                painter.translate(content.topLeft())
                painter.translate(0, -i * content.height())
                doc.drawContents(
                    painter, QRectF(0, i * content.height(), content.width(), content.height())
                )
                painter.restore()
                self._bands(painter, top_band, bottom_band, i + 1, pages)
                if progress:
                    progress(i + 1, pages)
        finally:
            painter.end()
        return pages

    def _bands(self, painter: QPainter, top: QRectF, bottom: QRectF, page: int, pages: int) -> None:
        painter.save()
        rtl = self.right_to_left
        font = fonts.font(8.5, bold=True, arabic_first=rtl)
        painter.setFont(font)
        for band in (top, bottom):
            if self.banner.text.strip():
                colour = self.banner.colour
                if colour:  # TLP labels: coloured text on black, as the standard asks
                    metrics_w = painter.fontMetrics().horizontalAdvance(self.banner.text) + 16
                    box = QRectF(
                        band.center().x() - metrics_w / 2, band.top(), metrics_w, band.height()
                    )
                    painter.fillRect(box, QColor("#000000"))
                    painter.setPen(QColor(colour))
                else:
                    painter.setPen(QColor("#8b0000"))
                painter.drawText(band, Qt.AlignmentFlag.AlignCenter, self.banner.text.strip())
        painter.setFont(fonts.font(7.5, arabic_first=rtl))
        painter.setPen(QColor("#444444"))
        # The page number at the end of the line, the title at its start.
        start, end = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        if rtl:
            start, end = end, start
        painter.drawText(
            bottom,
            end | Qt.AlignmentFlag.AlignVCenter,
            translate("ReportDocument", "page {page} of {pages}").format(page=page, pages=pages),
        )
        painter.drawText(
            bottom,
            start | Qt.AlignmentFlag.AlignVCenter,
            _elide(self.title, 60),
        )
        painter.restore()


KEEP_WITH_HEADING = 48.0  # what must follow a heading on its page: about three rows


def _keep_pictures_whole(doc: QTextDocument, page_height: float) -> None:
    """A picture that would cross the foot of a page starts the next one instead (Qt's
    layout moves lines of text to the next page, but not a tall inline picture: a graph's
    legend under a two-line Dari heading was cut in half). A heading goes with them: one
    whose next picture, or first rows, would start the next page moves there too."""
    layout = doc.documentLayout()
    for _ in range(200):  # each pass moves the first block that breaks a rule
        block = doc.begin()
        while block.isValid():
            heading = block.blockFormat().headingLevel() > 0 and block.next().isValid()
            if not heading and "\ufffc" not in block.text():
                block = block.next()
                continue
            rect = layout.blockBoundingRect(block)
            bottom = rect.bottom()
            if heading:
                after = block.next()
                kept = layout.blockBoundingRect(after)
                # a picture after it in full (it moves whole), else the first rows
                if "\ufffc" in after.text() and kept.height() < page_height:
                    bottom = max(bottom, kept.bottom())
                else:
                    bottom = max(bottom + KEEP_WITH_HEADING, kept.bottom())
            first = int((rect.top() + 0.5) // page_height)  # (a page top, give or take)
            last = int((bottom - 1) // page_height)
            fmt = block.blockFormat()
            moved = fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
            at_top = rect.top() - first * page_height < 1.0
            if first != last and bottom - rect.top() < page_height and not (moved or at_top):
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
                break
            block = block.next()
        else:
            return


def mirror(doc: QTextDocument) -> None:
    """Tables and the page right to left, as Dari and Pashto are read: columns run from
    the right. Each paragraph takes its direction from its first letters, so a heading in
    Dari starts at the right edge and a quoted English sentence reads left to right with
    its full stop where it belongs. The user guide's window starts its Dari and Pashto
    text from this too."""
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    block = QTextBlockFormat()
    block.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    cursor.mergeBlockFormat(block)
    frames = list(doc.rootFrame().childFrames())
    while frames:
        frame = frames.pop()
        fmt = frame.frameFormat()
        fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        frame.setFrameFormat(fmt)
        frames.extend(frame.childFrames())


def _elide(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _writer(path: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Khorasan Desktop")
    return writer


def _split_pictures(html: str) -> list[str | tuple[str]]:
    """Cut HTML at ``<!--picture:KEY-->`` markers into text and picture pieces."""
    out: list[str | tuple[str]] = []
    rest = html
    while "<!--picture:" in rest:
        before, _, after = rest.partition("<!--picture:")
        key, _, rest = after.partition("-->")
        if before.strip():
            out.append(before)
        out.append((key,))
    if rest.strip():
        out.append(rest)
    return out


STYLE = """
h1 { font-size: 17pt; margin-top: 0; margin-bottom: 4px; }
h2 { font-size: 13pt; margin-top: 14px; margin-bottom: 4px; color: #1f3a5f; }
h3 { font-size: 10.5pt; margin-top: 10px; margin-bottom: 3px; }
p { margin-top: 2px; margin-bottom: 4px; }
.meta { color: #555555; font-size: 8pt; }
.caveat { color: #7a4100; font-size: 8.5pt; }
.vague { background-color: #fff4d6; }
table.grid { border-collapse: collapse; }
table.grid th { background-color: #e8edf3; font-weight: bold; text-align: left; }
table.grid td, table.grid th { padding: 2px 4px; font-size: 8pt; }
table.kv th { text-align: left; padding-right: 10px; font-size: 9pt; }
table.kv td { font-size: 9pt; }
"""
