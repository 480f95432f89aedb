"""Give every pytest-xdist worker an X server of its own.

``make test`` runs the suite on every core under one ``xvfb-run``. Workers sharing that one
display share its pointer and keyboard focus: QTest's mouse moves warp the real X pointer, so a
window of one worker receives motion events from the other worker's test and a measurement
drawn there comes out wrong (seen as a bidirectional short axis of 40 px instead of 30 px in
about half of the runs). A private Xvfb per worker removes the coupling. Without xdist, or
without a display at all, nothing changes.
"""

from __future__ import annotations

import os
import shutil
import subprocess

#: The screen every worker gets: the size of the one ``make test`` asks xvfb-run for.
SCREEN = "1920x1080x24"

#: Kept for the life of the worker (a Popen collected while running warns).
_processes: list[subprocess.Popen[bytes]] = []


def use_own_display() -> None:
    """Start a private Xvfb for this xdist worker and point ``DISPLAY`` at it.

    Only acts in an xdist worker that was given a display (so ``make test``) and where ``Xvfb``
    is installed; the server is stopped when the worker exits.
    """
    if not os.environ.get("PYTEST_XDIST_WORKER") or not os.environ.get("DISPLAY"):
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        return
    read_end, write_end = os.pipe()
    # -displayfd lets the server pick a free display number and tell us which one it took.
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()
    if not number.isdigit():
        server.terminate()
        return  # keep the shared display rather than fail every GUI test
    os.environ["DISPLAY"] = f":{number}"
    # Stopped once this worker has exited, not from an atexit hook: Qt and VTK close their
    # connections only as the interpreter shuts down, and a server gone before that makes Qt
    # print "The X11 connection broke" and exit with an error.
    watcher = subprocess.Popen(
        [
            "sh",
            "-c",
            f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 1; done; kill {server.pid}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    _processes.extend((server, watcher))
