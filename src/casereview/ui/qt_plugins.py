"""Qt plugins loaded on the GUI thread before background work can need them.

Qt instantiates an image format plugin the first time any thread asks for one and then moves
the plugin object to the application's thread (``QObject::moveToThread`` under Qt's object
lock). When that first time is on a worker thread painting a PDF (``QPdfEngine`` asks
``QImageWriter.supportedImageFormats`` for every picture) while the GUI thread is inside a
PySide call that waits for Python's GIL under the same lock, the two wait for each other for
ever (seen in the suite: a meeting report's export never finished). Loading the plugins once on
the GUI thread, before the first background job starts, takes that first time off the workers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtGui import QImageReader, QImageWriter

_loaded = False


def preload_image_plugins() -> None:
    """Instantiate Qt's image format plugins now, on the GUI thread (once per process).

    Call it on the GUI thread before handing work that draws or writes images to a thread
    pool; on any other thread it does nothing (that is the case it exists to avoid).
    """
    global _loaded
    app = QCoreApplication.instance()
    if _loaded or app is None or QThread.currentThread() is not app.thread():
        return
    QImageReader.supportedImageFormats()
    QImageWriter.supportedImageFormats()
    _loaded = True
