"""The content every package carries: key images, annotations, MDT decisions and segments.

The case itself (title, question, preparation) and its outcome report are added by
``case_document.CaseProvider``.

Each provider returns DICOM objects built against the case's original UIDs (the exporter
de-identifies them like the images) and a JSON document that keeps what casereview needs to
show the same content again. They are registered at start-up by ``casereview.app.exchange_setup``.
The export's options change nothing they gather: the exporter applies them to every header and
text, and no content of theirs holds a patient characteristic (a liver plan's height and weight
do: ``liver_plan_provider`` reads the options).

The DICOM writers, the services they read and pydicom are imported when a provider gathers,
not when this module is imported: registration runs at every start of the application and
the command line, which must stay fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from casereview.domain.packages import DeidOptions
from casereview.services.exchange.providers import DEFAULT_OPTIONS, ExtraContent
from casereview.services.layers import origins
from casereview.store.database import Database
from casereview.store.repositories_packages import ExchangeRepository

if TYPE_CHECKING:
    from pydicom.dataset import Dataset

    from casereview.domain.segments import Segment


def evidence_header(path: str) -> Dataset:
    """An image header for building SR/KOS evidence, with values highdicom refuses blanked.

    Scanner data is sometimes off-standard (a Patient's Sex of "U", free text); that must not
    make an export fail. The header is de-identified with the object afterwards anyway.
    """
    from casereview.dicom.deid import read_header

    header = read_header(Path(path))
    if str(header.get("PatientSex", "")) not in ("", "M", "F", "O"):
        header.PatientSex = ""
    return header


class KeyImageProvider:
    """Key images as a Key Object Selection ("For Conference") and as ``key-images.json``.

    The KOS is for any DICOM viewer and lists the images of the 2-D key images; the JSON keeps
    everything casereview needs to show the same views again (plane or 3-D camera and scene,
    window, zoom, caption) for the recipient's layer importer, which draws a 3-D key image
    again from its own copy of the series and segments.
    """

    name = "key-images"

    def gather(
        self, db: Database, case_id: int, *, options: DeidOptions = DEFAULT_OPTIONS
    ) -> ExtraContent:
        """The case's key images on indexed images (others cannot be referenced): 2-D ones
        by their image, 3-D ones by their series."""
        from casereview.dicom.kos import key_object_selection
        from casereview.services.annotations import list_key_images
        from casereview.services.exchange.documents import (
            key_images_description,
            key_images_document,
        )

        key_images = list_key_images(db, case_id)
        on_images = [k for k in key_images if k.reference.sop_instance_uid]
        views_3d = [
            k for k in key_images if k.camera is not None and not k.reference.sop_instance_uid
        ]
        with db.reading() as session:
            repository = ExchangeRepository(session)
            paths = repository.instance_paths(k.reference.sop_instance_uid for k in on_images)
            held = {
                series
                for series in {k.reference.series_instance_uid for k in views_3d}
                if repository.evidence_paths((), (series,))
            }
        shown = [k for k in on_images if k.reference.sop_instance_uid in paths]
        listed = {k.uuid for k in shown} | {
            k.uuid for k in views_3d if k.reference.series_instance_uid in held
        }
        if not listed:
            return ExtraContent()
        document = key_images_document(
            [k for k in key_images if k.uuid in listed], origins(db, case_id)
        )
        datasets: list[tuple[str, Dataset]] = []
        if shown:
            evidence = [evidence_header(paths[k.reference.sop_instance_uid]) for k in shown]
            kos = key_object_selection(evidence, description=key_images_description(shown))
            datasets.append(("dicom-ko", kos))
        return ExtraContent(datasets=datasets, documents=[("key-images.json", document)])


class AnnotationProvider:
    """Annotations as a Comprehensive 3-D SR (TID 1500) and as ``annotations.json``.

    The SR is for other DICOM software; the JSON keeps the exact geometry (LPS mm), kind,
    label, text and measurements for the recipient's layer importer.
    """

    name = "annotations"

    def gather(
        self, db: Database, case_id: int, *, options: DeidOptions = DEFAULT_OPTIONS
    ) -> ExtraContent:
        """The case's annotations; the SR only when they lie in a frame of reference."""
        from casereview.dicom.sr import measurement_report
        from casereview.services.annotations import list_annotations
        from casereview.services.exchange.documents import annotations_document

        annotations = list_annotations(db, case_id)
        if not annotations:
            return ExtraContent()
        wanted = {a.reference.sop_instance_uid for a in annotations if a.reference.sop_instance_uid}
        series = {a.reference.series_instance_uid for a in annotations}
        with db.reading() as session:
            paths = ExchangeRepository(session).evidence_paths(wanted, series)
        evidence = [evidence_header(path) for path in paths.values()]
        document = annotations_document(annotations, origins(db, case_id))
        datasets: list[tuple[str, Dataset]] = []
        if evidence and any(a.reference.frame_of_reference_uid for a in annotations):
            datasets.append(("dicom-sr", measurement_report(annotations, evidence)))
        return ExtraContent(datasets=datasets, documents=[("annotations.json", document)])


class DecisionProvider:
    """The case's current MDT decisions as ``decisions.json``.

    Names of the people in the discussion are left out (the Basic Profile removes staff names
    too); the exporter removes the patient's identifiers from every text. The outcome report
    (PDF) comes with the case (``case_document.CaseProvider``).
    """

    name = "decisions"

    def gather(
        self, db: Database, case_id: int, *, options: DeidOptions = DEFAULT_OPTIONS
    ) -> ExtraContent:
        """The current version of each decision."""
        from casereview.services.decisions import decisions_of_case
        from casereview.services.exchange.documents import decision_entry, decisions_document

        decisions = [d for d in decisions_of_case(db, case_id) if d.is_current]
        if not decisions:
            return ExtraContent()
        document = decisions_document([decision_entry(d) for d in decisions])
        return ExtraContent(documents=[("decisions.json", document)])


class SegmentProvider:
    """Segments as DICOM SEG (one per series) and as ``segments.json``.

    The exporter de-identifies the SEG with the images' UID mapping, so its references point
    at the exported images, and scrubs its text (segment labels and descriptions are user text)
    like every document's.
    """

    name = "segments"

    def gather(
        self, db: Database, case_id: int, *, options: DeidOptions = DEFAULT_OPTIONS
    ) -> ExtraContent:
        """One SEG per series with segments, and the segments' identity.

        The SEGs are built in memory: they carry the images' patient module until the exporter
        de-identifies them, so they are never written anywhere before that.
        """
        from casereview.services.exchange.documents import segment_entry, segments_document
        from casereview.services.segmentations import case_seg, list_segments

        segments = list_segments(db, case_id)
        if not segments:
            return ExtraContent()
        layers = origins(db, case_id)
        by_series: dict[str, list[Segment]] = {}
        for segment in segments:
            by_series.setdefault(segment.series_instance_uid, []).append(segment)
        datasets: list[tuple[str, Dataset]] = []
        entries = []
        for _series_uid, members in sorted(by_series.items()):
            dataset = case_seg(db, case_id, segment_uuids=[s.uuid for s in members])
            seg_uid = str(dataset.SOPInstanceUID)
            entries += [
                segment_entry(segment, layers, seg_uid, index)
                for index, segment in enumerate(members, start=1)
            ]
            datasets.append(("dicom-seg", dataset))
        return ExtraContent(
            datasets=datasets, documents=[("segments.json", segments_document(entries))]
        )
