"""Patient identity: merge two flagged patient rows, keep them apart, split studies off.

The browser marks rows the index flagged ("possible same patient", "identity conflict");
this feature offers the decisions as registry actions of the Patient menu. Each decision is
an undoable command on the shell's undo stack (the identity service audits every step and
undoes merges and splits itself), and goes out as a ``Changes`` record so the browser reads
the index again. Confirmations name what moves; nothing here logs an identity.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from casereview.commands import Command
from casereview.domain.changes import Changes
from casereview.services import identity as identity_service
from casereview.store.database import Database
from casereview.ui.actions import ActionSpec
from casereview.ui.browser import format_person_name
from casereview.ui.shell_protocol import Shell

#: The identity commands' texts in the Edit menu's Undo/Redo entries.
UNDO_TEXTS = (
    QT_TRANSLATE_NOOP("Undo", "Merge patients"),
    QT_TRANSLATE_NOOP("Undo", "Keep patients apart"),
    QT_TRANSLATE_NOOP("Undo", "Split studies off"),
)

# What identity decisions change: which patient holds studies, and the cases that move.
IDENTITY_CHANGES = Changes.of("index", None) | Changes.of("cases", None)


class IdentityCommand(Command):
    """A decision about patient rows, done and undone through the identity service."""

    changed_kind = "index"

    def __init__(self, db: Database, actor: Callable[[], str]) -> None:
        self.db = db
        self.actor = actor

    def changes(self) -> Changes:
        """Any patient row and any case may show differently afterwards."""
        return IDENTITY_CHANGES


class MergePatients(IdentityCommand):
    """Move every study and case of one patient row into another; undo moves them back."""

    def __init__(self, db: Database, actor: Callable[[], str], source: int, target: int) -> None:
        super().__init__(db, actor)
        self.source, self.target = source, target
        self.change_id: int | None = None
        self.text = "Merge patients"

    def do(self) -> None:
        """Merge (again, on redo: a new recorded change)."""
        change = identity_service.merge_patients(self.db, self.source, self.target, self.actor())
        self.change_id = change.id

    def undo(self) -> None:
        """Revert the merge."""
        if self.change_id is not None:
            identity_service.undo_change(self.db, self.change_id, self.actor())


class SplitStudies(IdentityCommand):
    """Move studies of a patient row to a new row; undo moves them back."""

    def __init__(
        self, db: Database, actor: Callable[[], str], patient: int, study_ids: tuple[int, ...]
    ) -> None:
        super().__init__(db, actor)
        self.patient, self.study_ids = patient, study_ids
        self.change_id: int | None = None
        self.new_patient: int | None = None
        self.text = "Split studies off"

    def do(self) -> None:
        """Split (again, on redo: into another new row)."""
        change = identity_service.split_patient(
            self.db, self.patient, list(self.study_ids), self.actor()
        )
        self.change_id, self.new_patient = change.id, change.target_patient_pk

    def undo(self) -> None:
        """Revert the split."""
        if self.change_id is not None:
            identity_service.undo_change(self.db, self.change_id, self.actor())


class KeepApart(IdentityCommand):
    """Record that flagged rows are different people; undo opens the flags again."""

    def __init__(self, db: Database, actor: Callable[[], str], flag_ids: tuple[int, ...]) -> None:
        super().__init__(db, actor)
        self.flag_ids = flag_ids
        self.text = "Keep patients apart"

    def do(self) -> None:
        """Decide every flag of the pair."""
        for flag_id in self.flag_ids:
            identity_service.keep_apart(self.db, flag_id, self.actor())

    def undo(self) -> None:
        """Take the decisions back."""
        for flag_id in self.flag_ids:
            identity_service.reopen_flag(self.db, flag_id, self.actor())


# --- asking the user (module functions, so tests can answer them) ---------------------------


def confirm(shell: Shell, title: str, text: str) -> bool:
    """Ask a yes/no question; whether the user said yes."""
    answer = QMessageBox.question(shell.as_widget(), title, text)
    return answer == QMessageBox.StandardButton.Yes


def choose_partner(shell: Shell, labels: list[str]) -> int | None:
    """Which of several flagged rows the user means (an index into ``labels``)."""
    label, accepted = QInputDialog.getItem(
        shell.as_widget(),
        QCoreApplication.translate("Identity", "Choose a patient"),
        QCoreApplication.translate(
            "Identity", "The selected patient is flagged with several rows. Which one?"
        ),
        labels,
        0,
        False,
    )
    return labels.index(label) if accepted and label in labels else None


# --- what the selection means -----------------------------------------------------------------


def patient_label(shell: Shell, patient_id: int) -> str:
    """How a patient row is named in a question: name and ID, or "Patient N" with identity
    hidden (the number the browser shows)."""
    patients = shell.index.patients
    position = next((n for n, p in enumerate(patients, start=1) if p.id == patient_id), None)
    patient = shell.index.patient(patient_id)
    if patient is None or position is None:
        return QCoreApplication.translate("Identity", "patient #{id}").format(id=patient_id)
    if shell.phi_hidden():
        return QCoreApplication.translate("Browser", "Patient {n}").format(n=position)
    name = format_person_name(patient.patient_name) or QCoreApplication.translate(
        "Browser", "(no name)"
    )
    return QCoreApplication.translate("Identity", "{name} (ID {id})").format(
        name=name, id=patient.patient_id or "—"
    )


def partners(shell: Shell, patient_id: int) -> dict[int, tuple[int, ...]]:
    """The rows flagged with ``patient_id`` → the ids of the open flags of each pair."""
    pairs: dict[int, tuple[int, ...]] = {}
    for flag in shell.index.flags_of(patient_id):
        other = flag.other_patient_pk if flag.patient_pk == patient_id else flag.patient_pk
        pairs[other] = (*pairs.get(other, ()), flag.id)
    return pairs


def _chosen_partner(shell: Shell) -> tuple[int, int, tuple[int, ...]] | None:
    """``(selected patient, flagged partner, flag ids)`` the user means, or ``None``."""
    patient_id = shell.selection().patient_id
    if patient_id is None:
        return None
    pairs = partners(shell, patient_id)
    if not pairs:
        return None
    others = list(pairs)
    if len(others) == 1:
        other = others[0]
    else:
        choice = choose_partner(shell, [patient_label(shell, pk) for pk in others])
        if choice is None:
            return None
        other = others[choice]
    return patient_id, other, pairs[other]


def studies_to_split(shell: Shell) -> tuple[int, ...]:
    """Studies selected (directly or through their series) that can leave their patient row:
    some, not all, of one patient's studies."""
    selection = shell.selection()
    if selection.patient_id is None:
        return ()
    patient = shell.index.patient(selection.patient_id)
    if patient is None:
        return ()
    chosen = set(selection.study_ids)
    chosen |= {
        study.id
        for study in patient.studies
        if any(series.id in selection.series_ids for series in study.series)
    }
    if not chosen or len(chosen) >= len(patient.studies):
        return ()
    return tuple(study.id for study in patient.studies if study.id in chosen)


def _cases_of(shell: Shell, patient_id: int) -> int:
    return sum(1 for case in shell.index.cases if case.patient_id == patient_id)


def _actor(shell: Shell) -> Callable[[], str]:
    return lambda: shell.context.user.username


# --- the actions ------------------------------------------------------------------------------


def merge(shell: Shell) -> None:
    """Merge the selected patient into the row it is flagged with, after a confirmation."""
    chosen = _chosen_partner(shell)
    if chosen is None:
        return
    source, target, _flags = chosen
    patient = shell.index.patient(source)
    studies = len(patient.studies) if patient is not None else 0
    text = QCoreApplication.translate(
        "Identity",
        "Move {studies} studies and {cases} cases of {source} into {target}?\n\n"
        "{target} keeps its name, ID and birth date; {source} is no longer listed. "
        "The merge is recorded in the audit trail and can be undone (Edit ▸ Undo).",
    ).format(
        studies=studies,
        cases=_cases_of(shell, source),
        source=patient_label(shell, source),
        target=patient_label(shell, target),
    )
    if not confirm(shell, QCoreApplication.translate("Identity", "Merge patients"), text):
        return
    if shell.undo_stack.run(MergePatients(shell.context.db, _actor(shell), source, target)):
        shell.show_status(
            QCoreApplication.translate(
                "Identity", "Patients merged. Edit ▸ Undo takes the merge back."
            )
        )


def keep_apart(shell: Shell) -> None:
    """Record that the selected patient and its flagged row are different people."""
    chosen = _chosen_partner(shell)
    if chosen is None:
        return
    patient, other, flag_ids = chosen
    text = QCoreApplication.translate(
        "Identity",
        "Record that {first} and {second} are different people? They stay separate and are "
        "no longer flagged together.",
    ).format(first=patient_label(shell, patient), second=patient_label(shell, other))
    if not confirm(shell, QCoreApplication.translate("Identity", "Keep patients apart"), text):
        return
    if shell.undo_stack.run(KeepApart(shell.context.db, _actor(shell), flag_ids)):
        shell.show_status(QCoreApplication.translate("Identity", "Recorded as different patients."))


def split(shell: Shell) -> None:
    """Move the selected studies of a patient to a new patient row, after a confirmation."""
    study_ids = studies_to_split(shell)
    patient_id = shell.selection().patient_id
    patient = shell.index.patient(patient_id) if patient_id is not None else None
    if not study_ids or patient is None:
        return
    descriptions = [
        study.description or QCoreApplication.translate("Browser", "(study without description)")
        for study in patient.studies
        if study.id in study_ids
    ]
    text = QCoreApplication.translate(
        "Identity",
        "Move {count} studies ({studies}) of {patient} to a new patient row with the same "
        "identity?\n\nCases that hold only these studies move with them. The split is "
        "recorded in the audit trail and can be undone (Edit ▸ Undo).",
    ).format(
        count=len(study_ids),
        studies="; ".join(descriptions),
        patient=patient_label(shell, patient.id),
    )
    if not confirm(shell, QCoreApplication.translate("Identity", "Split studies off"), text):
        return
    command = SplitStudies(shell.context.db, _actor(shell), patient.id, study_ids)
    if shell.undo_stack.run(command):
        shell.show_status(
            QCoreApplication.translate("Identity", "Studies moved to a new patient row.")
        )


def _flagged(shell: Shell) -> bool:
    patient_id = shell.selection().patient_id
    return patient_id is not None and bool(shell.index.flags_of(patient_id))


def install(shell: Shell) -> None:
    """Add Merge…, Keep apart and Split studies off… to the Patient menu."""
    shell.action_registry.register_all(
        [
            ActionSpec(
                "casereview.patient.merge",
                QT_TRANSLATE_NOOP("actions", "&Merge with flagged patient…"),
                "patient",
                lambda: merge(shell),
                enabled_when=lambda: _flagged(shell),
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Move the selected patient's studies and cases into the row it is flagged with",
                ),
            ),
            ActionSpec(
                "casereview.patient.keep_apart",
                QT_TRANSLATE_NOOP("actions", "&Keep apart"),
                "patient",
                lambda: keep_apart(shell),
                enabled_when=lambda: _flagged(shell),
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Record that the flagged rows are different patients"
                ),
            ),
            ActionSpec(
                "casereview.patient.split",
                QT_TRANSLATE_NOOP("actions", "&Split studies off…"),
                "patient",
                lambda: split(shell),
                enabled_when=lambda: bool(studies_to_split(shell)),
                separator_before=True,
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Move the selected studies to a new patient row of their own"
                ),
            ),
        ]
    )
