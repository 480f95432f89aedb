"""Case packages: export a case to a partner, import a partner's package, signing keys.

The dialogs live in :mod:`casereview.ui.exchange`; this feature adds their actions and tells
the other views what an import changed (the index, the cases, and the partner's layers).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from casereview.domain.changes import Changes
from casereview.domain.packages import PackageImportReport
from casereview.ui.actions import ActionSpec
from casereview.ui.exchange import (
    ExportDialog,
    PackageImporter,
    PartnerKeysDialog,
    show_export_report,
)
from casereview.ui.shell_protocol import Shell

#: What importing a package may change: new images and cases, the sender's marks, segments,
#: key images and decisions as a layer of their own.
PACKAGE_IMPORT_CHANGES = (
    Changes.of("index")
    | Changes.of("cases")
    | Changes.of("annotations")
    | Changes.of("key_images")
    | Changes.of("segments")
    | Changes.of("decisions")
    | Changes.of("layers")
)


def export_package(shell: Shell) -> ExportDialog:
    """Case → Export case package…: options, preview and export of the selected case."""
    parent = shell.as_widget()
    dialog = ExportDialog(shell.context, shell.tasks, shell.selection().case_id, parent)

    def exported() -> None:
        if dialog.report is not None:
            show_export_report(parent, dialog.report, dialog.sent_opinion_only)

    dialog.accepted.connect(exported)
    shell.show_dialog("export_package", dialog)
    return dialog


def import_package(shell: Shell) -> PackageImporter:
    """File → Import case package…: choose, verify, then import."""

    def imported(_report: PackageImportReport) -> None:
        shell.publish(PACKAGE_IMPORT_CHANGES)

    importer = PackageImporter(shell.as_widget(), shell.context, shell.tasks, imported)
    importer.choose_and_verify()
    return importer


def open_partner_keys(shell: Shell) -> PartnerKeysDialog:
    """Tools → Package signing keys…"""
    dialog = PartnerKeysDialog(shell.context, shell.as_widget())
    shell.show_dialog("partner_keys", dialog)
    return dialog


def install(shell: Shell) -> None:
    """Add Import case package, Export case package and Package signing keys."""
    shell.action_registry.register_all(
        [
            ActionSpec(
                "casereview.file.import_package",
                QT_TRANSLATE_NOOP("actions", "Import case &package…"),
                "file",
                lambda: import_package(shell),
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Verify a package from a partner (signature, every file) and import it",
                ),
            ),
            ActionSpec(
                "casereview.case.export_package",
                QT_TRANSLATE_NOOP("actions", "&Export case package…"),
                "case",
                lambda: export_package(shell),
                shortcut="Ctrl+E",
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Send a case de-identified and signed to a partner: DICOMDIR, documents and "
                    "manifest in one zip",
                ),
            ),
            ActionSpec(
                "casereview.tools.partner_keys",
                QT_TRANSLATE_NOOP("actions", "Package signing &keys…"),
                "tools",
                lambda: open_partner_keys(shell),
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Show this institution's public key; trust partner institutions' keys",
                ),
            ),
        ]
    )
