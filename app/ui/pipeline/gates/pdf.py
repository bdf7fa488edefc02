"""The hand-off packet printed to PDF through Qt (on the GUI thread: fonts live there)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter


def print_packet_pdf(html: str, path: Path) -> Path:
    """Print the packet's HTML to a PDF file (A4, 15 mm margins); returns the path.

    Raises:
        OSError: the PDF was not written (Qt reports no error of its own).
    """
    document = QTextDocument()
    document.setHtml(html)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(printer)
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"the PDF {path} was not written")
    return path


__all__ = ["print_packet_pdf"]
