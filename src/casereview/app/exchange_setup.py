"""What every case package carries and how a received one is merged: registered at start-up.

The composition root decides which content providers, layer importers and report writer the
exchange uses; :func:`register_exchange_providers` is called once by
:func:`casereview.app.context.bootstrap` (and by tests and benchmarks that export without
bootstrapping). Importing a module registers nothing, so what a package contains is decided here
and nowhere else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from casereview.services.exchange.builtin_providers import (
    AnnotationProvider,
    DecisionProvider,
    KeyImageProvider,
    SegmentProvider,
)
from casereview.services.exchange.case_document import CaseProvider
from casereview.services.exchange.layer_merge import CaseLayerImporter
from casereview.services.exchange.liver_plan_provider import (
    LiverPlanLayerImporter,
    LiverPlanProvider,
)
from casereview.services.exchange.providers import (
    register_case_report_writer,
    register_content_provider,
    register_layer_importer,
)
from casereview.services.exchange.resectability_provider import (
    ResectabilityLayerImporter,
    ResectabilityProvider,
)

if TYPE_CHECKING:
    from casereview.services.case_summary import CaseSummary


def package_case_report(summary: CaseSummary) -> bytes:
    """The app's case report of a scrubbed summary, with identity hidden, as PDF bytes.

    Qt is imported on the first package export, not at start-up: the command line registers
    the providers at every start and must stay fast.
    """
    from casereview.ui.reports import ReportOptions, case_report_pdf, report_application

    report_application()
    return case_report_pdf(summary, ReportOptions(hide_identity=True))


def register_exchange_providers() -> None:
    """Register the built-in providers, the report writer and the sender's-layer importer.

    Key images (KOS), annotations (SR TID 1500), decisions, segments (SEG), the case with
    its outcome report (PDF), the resectability assessment (SR TID 1500 and JSON) and the
    liver plan (SR TID 1500, SEG and JSON) go into every export, in this order; received
    packages merge as the sender's layer (the assessment and the plan after the case layer,
    which makes the case and merges the segments they name).
    Registering again changes nothing.
    """
    register_content_provider(KeyImageProvider())
    register_content_provider(AnnotationProvider())
    register_content_provider(DecisionProvider())
    register_content_provider(SegmentProvider())
    register_content_provider(CaseProvider())
    register_content_provider(ResectabilityProvider())
    register_content_provider(LiverPlanProvider())
    register_case_report_writer(package_case_report)
    register_layer_importer(CaseLayerImporter())
    register_layer_importer(ResectabilityLayerImporter())
    register_layer_importer(LiverPlanLayerImporter())
