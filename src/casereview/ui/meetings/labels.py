"""Translated names of the meeting and decision codes, shared by the meeting widgets."""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casereview.domain.decisions import ActionStatus, Intent, Recommendation, TrialEligibility
from casereview.domain.meetings import AgendaStatus, Attendance, ChecklistItem, MeetingStatus
from casereview.domain.users import Role
from casereview.ui.dialogs import ROLE_NAMES

RECOMMENDATIONS = {
    Recommendation.UPFRONT_RESECTION: QT_TRANSLATE_NOOP("Meetings", "Upfront resection"),
    Recommendation.NEOADJUVANT_THEN_RESTAGING: QT_TRANSLATE_NOOP(
        "Meetings", "Neoadjuvant therapy, then restaging"
    ),
    Recommendation.DEFINITIVE_CHEMORADIOTHERAPY: QT_TRANSLATE_NOOP(
        "Meetings", "Definitive chemo(radio)therapy"
    ),
    Recommendation.FURTHER_INVESTIGATION: QT_TRANSLATE_NOOP("Meetings", "Further investigation"),
    Recommendation.SURVEILLANCE: QT_TRANSLATE_NOOP("Meetings", "Surveillance"),
    Recommendation.BEST_SUPPORTIVE_CARE: QT_TRANSLATE_NOOP("Meetings", "Best supportive care"),
    Recommendation.OTHER: QT_TRANSLATE_NOOP("Meetings", "Other"),
}
INTENTS = {
    Intent.CURATIVE: QT_TRANSLATE_NOOP("Meetings", "Curative"),
    Intent.PALLIATIVE: QT_TRANSLATE_NOOP("Meetings", "Palliative"),
    Intent.DIAGNOSTIC: QT_TRANSLATE_NOOP("Meetings", "Diagnostic"),
    Intent.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Meetings", "Not applicable"),
}
TRIALS = {
    TrialEligibility.NOT_ASSESSED: QT_TRANSLATE_NOOP("Meetings", "Not assessed"),
    TrialEligibility.ELIGIBLE: QT_TRANSLATE_NOOP("Meetings", "Eligible"),
    TrialEligibility.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("Meetings", "Not eligible"),
}
ATTENDANCE = {
    Attendance.EXPECTED: QT_TRANSLATE_NOOP("Meetings", "Expected"),
    Attendance.PRESENT: QT_TRANSLATE_NOOP("Meetings", "Present"),
    Attendance.REMOTE: QT_TRANSLATE_NOOP("Meetings", "Remote"),
    Attendance.ABSENT: QT_TRANSLATE_NOOP("Meetings", "Absent"),
}
AGENDA_STATUS = {
    AgendaStatus.PREPARING: QT_TRANSLATE_NOOP("Meetings", "Preparing"),
    AgendaStatus.READY: QT_TRANSLATE_NOOP("Meetings", "Ready"),
    AgendaStatus.DISCUSSED: QT_TRANSLATE_NOOP("Meetings", "Discussed"),
    AgendaStatus.DEFERRED: QT_TRANSLATE_NOOP("Meetings", "Deferred"),
}
MEETING_STATUS = {
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("Meetings", "Planned"),
    MeetingStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Meetings", "In progress"),
    MeetingStatus.CLOSED: QT_TRANSLATE_NOOP("Meetings", "Closed"),
}
CHECKLIST = {
    ChecklistItem.IMAGING_REVIEWED: QT_TRANSLATE_NOOP("Meetings", "Imaging reviewed"),
    ChecklistItem.KEY_IMAGES_SELECTED: QT_TRANSLATE_NOOP("Meetings", "Key images selected"),
    ChecklistItem.PATHOLOGY_AVAILABLE: QT_TRANSLATE_NOOP("Meetings", "Pathology available"),
}
ACTION_STATUS = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("Meetings", "Open"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Meetings", "Done"),
}


def label(value: enum.Enum) -> str:
    """The translated name of a meeting, decision or role code."""
    # Looked up by type: codes of different enums share values ("other", "open").
    table, context = _TABLES[type(value)]
    return QCoreApplication.translate(context, table[value])


_TABLES: dict[type, tuple[dict, str]] = {
    Recommendation: (RECOMMENDATIONS, "Meetings"),
    Intent: (INTENTS, "Meetings"),
    TrialEligibility: (TRIALS, "Meetings"),
    Attendance: (ATTENDANCE, "Meetings"),
    AgendaStatus: (AGENDA_STATUS, "Meetings"),
    MeetingStatus: (MEETING_STATUS, "Meetings"),
    ChecklistItem: (CHECKLIST, "Meetings"),
    ActionStatus: (ACTION_STATUS, "Meetings"),
    Role: (ROLE_NAMES, "Dialogs"),
}
