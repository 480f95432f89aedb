"""Fill a schema 0007-0009 database with a release's code, as far as its schema reaches.

Every one: 3-D views and presets (0005's tables), annotations, key images and a segment
(0006's), a meeting with agenda, attendance, a decision signed and amended and an action item
(0007's). From 0008: the case sent to a partner and the partner's answer received (the 0009
release merges it as the partner's layer with its opinion). Package steps run the release's own
command line, as a user would.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import era
import numpy as np
from sqlalchemy import select

from casereview.services.cases import list_cases
from casereview.store.models import Instance, Patient, Series, Study


def cli(data: Path, *arguments: str) -> str:
    """Run this release's ``casereview-cli`` on ``data`` and return what it printed."""
    done = subprocess.run(
        [sys.executable, "-m", "casereview.app.cli", "--data-dir", str(data), *arguments],
        capture_output=True,
        text=True,
        env=os.environ,
    )
    if done.returncode != 0:
        raise RuntimeError(f"casereview-cli {arguments[0]} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def ct_series(station: era.Workstation) -> tuple[int, str, str, list[str]]:
    """Internal id, series and frame-of-reference UIDs and SOP instance UIDs of the CT series."""
    with station.db.reading() as session:
        series = session.scalars(select(Series).where(Series.series_number == 2)).one()
        sops = list(
            session.scalars(
                select(Instance.sop_instance_uid)
                .where(Instance.series_id == series.id)
                .order_by(Instance.instance_number)
            )
        )
        return series.id, series.series_instance_uid, series.frame_of_reference_uid, sops


def rendering(station: era.Workstation, case_id: int) -> None:
    """A named 3-D view and a user preset (0005)."""
    from casereview.domain.rendering import CameraView, ColourPoint, OpacityPoint, TransferFunction
    from casereview.services.rendering import save_preset, save_view

    series_id, *_ = ct_series(station)
    preset = TransferFunction(
        name="我的血管 My CTA",
        colours=(ColourPoint(120.0, (0.5, 0.1, 0.05)), ColourPoint(450.0, (1.0, 0.9, 0.8))),
        opacities=(OpacityPoint(120.0, 0.0), OpacityPoint(450.0, 0.8)),
    )
    save_preset(station.db, era.LOCAL, preset)
    save_view(
        station.db,
        era.LOCAL,
        series_id=series_id,
        name="肿瘤与肠系膜上静脉 Tumour vs SMV",
        camera=CameraView((0.0, -500.0, 0.0), (0.0, 0.0, 0.0), (0.0, 0.0, 1.0)),
        preset=preset,
        case_id=case_id,
    )


def annotations(station: era.Workstation, case_id: int) -> None:
    """Measurements, a note, a key image and a painted segment (0006)."""
    from casereview.domain.annotations import (
        AnnotationDraft,
        AnnotationKind,
        ImageReference,
        KeyImageDraft,
        ViewPlane,
    )
    from casereview.domain.segments import Code, SegmentDraft
    from casereview.services.annotations import (
        change_annotation,
        create_annotation,
        delete_annotation,
        flag_key_image,
    )
    from casereview.services.segmentations import change_segment, create_segment, set_segment_mask

    _, series_uid, frame_uid, sops = ct_series(station)
    z = -70.7
    reference = ImageReference(series_uid, sops[1], frame_uid)
    length = create_annotation(
        station.db,
        case_id,
        AnnotationDraft(
            AnnotationKind.LENGTH,
            ((-60.0, -100.0, z), (-32.5, -88.0, z)),
            reference,
            label="肿瘤长径 tumour long axis",
        ),
        era.LOCAL,
    )
    change_annotation(station.db, length.uuid, era.COLLEAGUE, text="与门静脉接触 abuts the SMV")
    create_annotation(
        station.db,
        case_id,
        AnnotationDraft(
            AnnotationKind.TEXT,
            ((-20.0, -60.0, z),),
            reference,
            label="备注",
            text="胆总管扩张 CBD dilated",
        ),
        era.COLLEAGUE,
    )
    removed = create_annotation(
        station.db,
        case_id,
        AnnotationDraft(AnnotationKind.POINT, ((-40.0, -90.0, z),), reference, label="淋巴结 node"),
        era.LOCAL,
    )
    delete_annotation(station.db, removed.uuid, era.LOCAL)
    flag_key_image(
        station.db,
        case_id,
        KeyImageDraft(
            reference=reference,
            orientation="axial",
            plane=ViewPlane((-158.1, -179.0, z), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
            window_center=40.0,
            window_width=400.0,
            caption="门静脉期 肿瘤最大层面 largest tumour slice",
        ),
        era.LOCAL,
    )
    segment = create_segment(
        station.db,
        case_id,
        SegmentDraft(
            name="胰腺肿瘤 Pancreatic tumour",
            category=Code("49755003", "SCT", "Morphologically Altered Structure"),
            type=Code("108369006", "SCT", "Neoplasm"),
            colour=(230, 80, 60),
            series_instance_uid=series_uid,
            frame_of_reference_uid=frame_uid,
        ),
        (3, 128, 128),
        era.LOCAL,
    )
    mask = np.zeros((3, 128, 128), dtype=bool)
    mask[0:2, 40:60, 50:75] = True
    set_segment_mask(station.db, segment.uuid, mask, None, era.LOCAL)
    change_segment(station.db, segment.uuid, era.COLLEAGUE, name="胰头癌 Pancreatic head tumour")


def meeting(station: era.Workstation, case_id: int) -> None:
    """A meeting with agenda, attendance, a signed and amended decision, an action (0007)."""
    from casereview.domain.decisions import (
        ActionItemDraft,
        DecisionContent,
        Intent,
        Recommendation,
    )
    from casereview.domain.meetings import (
        AgendaStatus,
        Attendance,
        AttendeeDraft,
        ChecklistItem,
        MeetingDraft,
        MeetingStatus,
        QuorumRule,
    )
    from casereview.domain.users import Role
    from casereview.services.decisions import (
        add_action_item,
        amend_decision,
        record_decision,
        sign_decision,
    )
    from casereview.services.meetings import (
        add_attendee,
        add_case,
        create_meeting,
        set_attendance,
        set_meeting_status,
        update_agenda_item,
    )

    created = create_meeting(
        station.db,
        MeetingDraft(
            title="肝胆胰多学科会诊 HPB MDT",
            scheduled_at=datetime(2026, 11, 10, 7, 30, tzinfo=UTC),
            location="外科楼 3 楼会议室",
            chair="本地用户 Local user",
        ),
        QuorumRule(required_roles=(Role.SURGEON, Role.RADIOLOGIST), minimum_attendees=2),
        era.LOCAL,
    )
    item = add_case(station.db, created.id, case_id, era.LOCAL, question="能否直接手术？")
    update_agenda_item(
        station.db,
        item.id,
        era.LOCAL,
        history="68岁女性，无痛性黄疸三周。 68-year-old woman, painless jaundice for 3 weeks.",
        staging="cT2 N0 M0",
        checklist=frozenset({ChecklistItem.IMAGING_REVIEWED, ChecklistItem.KEY_IMAGES_SELECTED}),
    )
    for name, role, attendance in (
        ("本地用户 Local user", Role.SURGEON, Attendance.PRESENT),
        ("李娜 Li Na", Role.RADIOLOGIST, Attendance.PRESENT),
        ("Dr Claire Dupont", Role.ONCOLOGIST, Attendance.REMOTE),
        ("王芳 Wang Fang", Role.PATHOLOGIST, Attendance.EXPECTED),
    ):
        attendee = add_attendee(station.db, created.id, AttendeeDraft(name, role), era.LOCAL)
        set_attendance(station.db, attendee.id, attendance, era.LOCAL)
    set_meeting_status(station.db, created.id, MeetingStatus.IN_PROGRESS, era.LOCAL)
    first = record_decision(
        station.db,
        case_id,
        DecisionContent(
            recommendation=Recommendation.UPFRONT_RESECTION,
            rationale="肿瘤与门静脉接触小于180°，可直接切除。 Contact < 180°, resectable.",
            procedure="胰十二指肠切除术 Whipple",
            intent=Intent.CURATIVE,
            staging="cT2 N0 M0",
            dissent="王芳：建议先穿刺活检。",
            participants=("本地用户 Local user", "李娜 Li Na", "Dr Claire Dupont"),
        ),
        era.LOCAL,
        agenda_item_id=item.id,
    )
    sign_decision(station.db, first.id, "本地用户 Local user", era.LOCAL)
    amendment = amend_decision(
        station.db,
        first.id,
        DecisionContent(
            recommendation=Recommendation.NEOADJUVANT_THEN_RESTAGING,
            rationale="复核：门静脉接触 180°，先 FOLFIRINOX ×4 再评估。 On review: 180° contact, "
            "neoadjuvant first.",
            intent=Intent.CURATIVE,
            staging="cT3 N0 M0",
            participants=("本地用户 Local user", "李娜 Li Na"),
        ),
        "影像复核后更正 corrected after image review",
        era.LOCAL,
    )
    sign_decision(station.db, amendment.id, "本地用户 Local user", era.LOCAL)
    add_action_item(
        station.db,
        item.id,
        ActionItemDraft(
            "预约新辅助化疗 book neoadjuvant chemotherapy", "Dr Claire Dupont", date(2026, 11, 17)
        ),
        era.LOCAL,
    )
    update_agenda_item(station.db, item.id, era.LOCAL, status=AgendaStatus.DISCUSSED)
    set_meeting_status(station.db, created.id, MeetingStatus.CLOSED, era.LOCAL)


def case_of_received_study(station: era.Workstation) -> int:
    """The case the release made of an imported package, or one made of its study.

    Releases before 0009 index a package's images without making a case; the partner's user
    then makes one, as the user of that release would.
    """
    from casereview.domain.cases import CaseDraft
    from casereview.services.cases import create_case

    cases = list_cases(station.db)
    if cases:
        return max(case.id for case in cases)
    with station.db.reading() as session:
        patient_id = session.scalars(select(Patient.id)).one()
        study_ids = tuple(session.scalars(select(Study.id).where(Study.patient_id == patient_id)))
        series_ids = tuple(session.scalars(select(Series.id).where(Series.study_id.in_(study_ids))))
    draft = CaseDraft(
        patient_id=patient_id,
        title="合作医院会诊 Case from HOSP-A",
        study_ids=study_ids,
        series_ids=series_ids,
    )
    return create_case(station.db, draft, era.LOCAL).id


def packages(station: era.Workstation, args: argparse.Namespace, case_id: int) -> None:
    """Send the case to a partner and import the partner's answer (0008 on).

    The partner is a second data directory run by the same release: it trusts our key,
    imports our package, adds its annotations and its meeting's decision to the case it
    received and sends it back; we trust its key and import the answer.
    """
    scratch = Path(args.scratch)
    scratch.mkdir(parents=True, exist_ok=True)
    ours, partner = station.data, scratch / "partner"
    cli(ours, "--user", era.LOCAL, "export", str(case_id), "--out", str(scratch / "ours.zip"))
    partner_station = era.start(
        argparse.Namespace(
            revision=args.revision, data=partner, incoming=args.incoming, scratch=scratch
        ),
        institution="Hôpital B",
    )
    partner_station.close()
    our_key = json.loads(cli(ours, "--json", "keys"))["public_key"]
    cli(partner, "keys", "--trust", "浙江第一医院 Hospital A", our_key)
    cli(partner, "--user", era.LOCAL, "import-package", str(scratch / "ours.zip"))
    partner_station = era.start(
        argparse.Namespace(
            revision=args.revision, data=partner, incoming=args.incoming, scratch=scratch
        ),
        institution="Hôpital B",
    )
    try:
        received_case = case_of_received_study(partner_station)
        annotations(partner_station, received_case)
        meeting(partner_station, received_case)
    finally:
        partner_station.close()
    cli(
        partner,
        "--user",
        era.LOCAL,
        "export",
        str(received_case),
        "--out",
        str(scratch / "theirs.zip"),
    )
    their_key = json.loads(cli(partner, "--json", "keys"))["public_key"]
    cli(ours, "keys", "--trust", "Hôpital B", their_key)
    cli(ours, "--user", era.LOCAL, "import-package", str(scratch / "theirs.zip"))


def main() -> None:
    """Start the release at the wanted revision and fill what its schema holds."""
    args = era.arguments()
    station = era.start(args)
    try:
        era.import_images(station, args.incoming)
        case_id = era.make_case(station)
        rendering(station, case_id)
        annotations(station, case_id)
        meeting(station, case_id)
    finally:
        station.close()
    if int(args.revision) >= 8:
        packages(station, args, case_id)


if __name__ == "__main__":
    main()
