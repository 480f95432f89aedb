"""casereview: surgical case review and MDT meetings for hepatopancreatobiliary teams."""

from __future__ import annotations

import os
import sys

# NumPy asks the kernel for huge pages behind every array of 4 MiB or more. Where the kernel
# compacts memory to honour that on the first touch (transparent huge pages in "madvise" mode,
# the usual default), a workstation whose memory is fragmented stalls: on these machines a new
# 300x512x512 CT volume took 2.2 s to fill with the advice and 0.06 s without (most of the time
# from a retrieve to its first image on screen), and the test suite's numpy-heavy tests ran
# 20 % faster without it. The advice is off unless the user's environment says otherwise.
os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")


def _tell_numpy_imported_first() -> None:
    """Switch the advice off in a NumPy imported before casereview (a test runner's plugin, a
    script): NumPy reads the variable only when first imported. Its switch is private; without
    it the advice stays as NumPy set it."""
    numpy = sys.modules.get("numpy")
    if numpy is None or os.environ["NUMPY_MADVISE_HUGEPAGE"] != "0":
        return
    switch = getattr(
        getattr(getattr(numpy, "_core", None), "multiarray", None), "_set_madvise_hugepage", None
    )
    if switch is not None:
        switch(False)


_tell_numpy_imported_first()

# The one place the version is written: the build reads it from here (pyproject.toml's
# [tool.hatch.version]), so the program knows it without importlib.metadata, which costs every
# start-up ~50 ms and needs the installed metadata (absent in a frozen build).
__version__ = "0.1.0"
