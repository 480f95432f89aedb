"""The import report: what an import found, added and left out, and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casereview.dicom.scan import ScanProblem
from casereview.services.indexing import ImportReport
from casereview.ui.core_messages import translate_message


def summary_text(report: ImportReport) -> str:
    """One sentence for the status bar: what was imported and what was not."""
    left_out = len(report.problems) + len(report.conflicts)
    text = QCoreApplication.translate(
        "ImportReport", "Import finished: {new} new images in {series} series"
    ).format(new=report.imported, series=len(report.series_ids))
    if left_out:
        text += QCoreApplication.translate(
            "ImportReport", "; {n} files not imported (see the report)"
        ).format(n=left_out)
    return text


class ImportReportDialog(QDialog):
    """Counts of an import and the table of files that were not imported, with reasons.

    Parameters
    ----------
    report
        What :func:`casereview.services.indexing.import_paths` returned.
    parent
        Window the dialog belongs to.
    """

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(QCoreApplication.translate("ImportReport", "Import report"))
        self.report = report
        left_out = [
            (QCoreApplication.translate("ImportReport", "Conflict, quarantined"), p)
            for p in report.conflicts
        ]
        left_out += [
            (QCoreApplication.translate("ImportReport", "Not imported"), p) for p in report.problems
        ]

        self.headline = QLabel(self)
        self.headline.setObjectName("importHeadline")
        self.headline.setWordWrap(True)
        if report.imported:
            self.headline.setText(
                QCoreApplication.translate(
                    "ImportReport", "{n} new images were added to the index."
                ).format(n=report.imported)
            )
        else:
            self.headline.setText(
                QCoreApplication.translate("ImportReport", "No new images were added to the index.")
            )

        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)

        # Numbers right-aligned next to their labels (not at the far edge of the dialog), so
        # the eye reads each pair as one line.
        counts = QGridLayout()
        counts.setHorizontalSpacing(24)
        counts.setColumnStretch(2, 1)
        self.count_labels: dict[str, QLabel] = {}
        rows = (
            ("found", QCoreApplication.translate("ImportReport", "Files found"), report.files_seen),
            ("imported", QCoreApplication.translate("ImportReport", "Imported"), report.imported),
            (
                "unchanged",
                QCoreApplication.translate("ImportReport", "Already indexed, unchanged"),
                report.unchanged,
            ),
            (
                "duplicates",
                QCoreApplication.translate("ImportReport", "Identical copies skipped"),
                report.duplicates,
            ),
            (
                "conflicts",
                QCoreApplication.translate("ImportReport", "Conflicts, quarantined"),
                len(report.conflicts),
            ),
            (
                "not_imported",
                QCoreApplication.translate("ImportReport", "Not imported"),
                len(report.problems),
            ),
        )
        for row, (key, label, value) in enumerate(rows):
            number = QLabel(str(value), self)
            number.setObjectName(f"count_{key}")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.count_labels[key] = number
            counts.addWidget(QLabel(label, self), row, 0)
            counts.addWidget(number, row, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(counts)

        self.problem_table = QTableWidget(len(left_out), 3, self)
        self.problem_table.setObjectName("problemTable")
        self.problem_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportReport", "File"),
                QCoreApplication.translate("ImportReport", "Outcome"),
                QCoreApplication.translate("ImportReport", "Reason"),
            ]
        )
        self.problem_table.verticalHeader().hide()
        self.problem_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problem_table.setWordWrap(False)
        self.problem_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        for row, (outcome, problem) in enumerate(left_out):
            self._fill_row(row, outcome, problem)
        header = self.problem_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problem_table.setColumnWidth(0, 420)
        self.problem_heading = QLabel(
            QCoreApplication.translate("ImportReport", "Files not imported"), self
        )
        self.problem_heading.setObjectName("sectionHeading")
        heading_font = self.problem_heading.font()
        heading_font.setBold(True)
        self.problem_heading.setFont(heading_font)
        layout.addWidget(self.problem_heading)
        layout.addWidget(self.problem_table, 1)
        self.problem_heading.setVisible(bool(left_out))
        self.problem_table.setVisible(bool(left_out))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(
            QCoreApplication.translate("ImportReport", "Copy list"), self
        )
        self.copy_button.setObjectName("copyProblems")
        self.copy_button.setToolTip(
            QCoreApplication.translate(
                "ImportReport",
                "Copy the files not imported and the reasons, e.g. for the PACS team",
            )
        )
        self.copy_button.setVisible(bool(left_out))
        self.copy_button.clicked.connect(self.copy_problems)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 520 if left_out else 280)

    def _fill_row(self, row: int, outcome: str, problem: ScanProblem) -> None:
        path_item = QTableWidgetItem(problem.path)
        path_item.setToolTip(problem.path)
        # The core's reasons are messages (core catalogue); a plain one is shown as written.
        reason = translate_message(problem.reason)
        reason_item = QTableWidgetItem(reason)
        reason_item.setToolTip(reason)
        self.problem_table.setItem(row, 0, path_item)
        self.problem_table.setItem(row, 1, QTableWidgetItem(outcome))
        self.problem_table.setItem(row, 2, reason_item)

    def reasons(self) -> dict[str, str]:
        """Reason shown for each file not imported, by path (for tests and the clipboard)."""
        table = self.problem_table
        cells = [(table.item(row, 0), table.item(row, 2)) for row in range(table.rowCount())]
        return {path.text(): reason.text() for path, reason in cells if path and reason}

    def copy_problems(self) -> None:
        """Put the files not imported and their reasons on the clipboard, one per line."""
        lines = [f"{path}\t{reason}" for path, reason in self.reasons().items()]
        QGuiApplication.clipboard().setText("\n".join(lines))
