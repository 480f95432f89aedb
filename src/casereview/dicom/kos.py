"""Key Object Selection documents ("For Conference") for the key images of a case.

Written with highdicom, which validates the document as it builds it (strict when encoding).
"""

from __future__ import annotations

from collections.abc import Sequence

import highdicom as hd
from pydicom.dataset import Dataset
from pydicom.sr.codedict import codes
from pydicom.uid import generate_uid

from casereview import __version__


def key_object_selection(
    evidence: Sequence[Dataset],
    *,
    description: str,
    series_number: int = 900,
    instance_number: int = 1,
) -> Dataset:
    """A KOS document titled "For Conference" selecting ``evidence``.

    Parameters
    ----------
    evidence
        Headers of the selected images (one per key image, in order; duplicates are merged).
    description
        The key object description (the captions of the key images).
    series_number, instance_number
        Numbers of the new series and instance.

    Returns
    -------
    Dataset
        The KOS instance, in the study of the evidence.

    Raises
    ------
    ValueError
        If there is no evidence.
    """
    unique: dict[str, Dataset] = {}
    for ds in evidence:
        unique.setdefault(str(ds.SOPInstanceUID), ds)
    if not unique:
        raise ValueError("A key object selection needs at least one image.")
    content = hd.ko.KeyObjectSelection(
        document_title=codes.DCM.ForConference,
        referenced_objects=list(unique.values()),
        description=description[:10000] or None,
    )
    document = hd.ko.KeyObjectSelectionDocument(
        evidence=list(unique.values()),
        content=content,
        series_instance_uid=generate_uid(),
        series_number=series_number,
        sop_instance_uid=generate_uid(),
        instance_number=instance_number,
        manufacturer="casereview",
        institution_name=None,
    )
    document.SoftwareVersions = __version__
    return document
