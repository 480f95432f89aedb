"""What every case package carries and how a received one is merged: registered at start-up.

The composition root decides which content providers and layer importers the exchange uses;
:func:`register_exchange_providers` is called once by :func:`casereview.app.context.bootstrap`
(and by tests and benchmarks that export without bootstrapping). Importing a module registers
nothing, so what a package contains is decided here and nowhere else.
"""

from __future__ import annotations

from casereview.services.exchange.builtin_providers import (
    AnnotationProvider,
    DecisionProvider,
    KeyImageProvider,
    SegmentProvider,
)
from casereview.services.exchange.layer_merge import CaseLayerImporter
from casereview.services.exchange.providers import (
    register_content_provider,
    register_layer_importer,
)


def register_exchange_providers() -> None:
    """Register the built-in providers and the sender's-layer importer (idempotent).

    Key images (KOS), annotations (SR TID 1500), decisions (PDF) and segments (SEG) go into
    every export, in this order; received packages merge as the sender's layer.
    """
    register_content_provider(KeyImageProvider())
    register_content_provider(AnnotationProvider())
    register_content_provider(DecisionProvider())
    register_content_provider(SegmentProvider())
    register_layer_importer(CaseLayerImporter())
