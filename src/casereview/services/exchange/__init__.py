"""Case packages: export a de-identified, signed case; verify and import a received one.

The work is split by job:

``export``
    Gathering a case, running de-identification (``deidentify``), writing the zip
    (``writer``).
``documents``
    The JSON documents, ``README.TXT``, ``INDEX.HTM``, the manifest and its signature.
``verify``
    Staging a received archive, checking hashes, unlisted files and the signature.
``importing``
    ``import_package``: verify, index, merge, record and audit (``history`` lists packages).
``providers``
    The ContentProvider / LayerImporter protocols and their registry; ``builtin_providers``
    holds the key image, annotation, decision and segment providers.
``layer_merge``
    Turning a received package into the sender's layer (``uid_mapping`` recognises our own
    work coming back).
``scrub``
    Removing the patient's identity from text and documents.

The front ends import the entry points from this package. They are loaded on first use
(PEP 562): the composition root registers the providers at every start, and importing this
package must not pull in pydicom and the DICOM writers before a package is made or read.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casereview.services.exchange.export import (
        HeldBackPicture,
        export_case,
        held_back_picture,
        preview_export,
        reply_partner,
    )
    from casereview.services.exchange.history import package_history
    from casereview.services.exchange.importing import import_package, referenced_images
    from casereview.services.exchange.verify import PACKAGE_ZIP_LIMITS, verify_package

#: Entry point → the module of this package that defines it.
_ENTRY_POINTS = {
    "HeldBackPicture": "export",
    "export_case": "export",
    "held_back_picture": "export",
    "preview_export": "export",
    "reply_partner": "export",
    "package_history": "history",
    "import_package": "importing",
    "referenced_images": "importing",
    "PACKAGE_ZIP_LIMITS": "verify",
    "verify_package": "verify",
}

__all__ = [
    "PACKAGE_ZIP_LIMITS",
    "HeldBackPicture",
    "export_case",
    "held_back_picture",
    "import_package",
    "package_history",
    "preview_export",
    "referenced_images",
    "reply_partner",
    "verify_package",
]


def __getattr__(name: str) -> Any:
    module = _ENTRY_POINTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
