"""Every SQLAlchemy model of the case database, and the metadata they make up together.

The tables live in one module per area (``models_index``, ``models_cases``,
``models_annotations``, ``models_meetings``, ``models_packages``, ``models_rendering``,
``models_resectability``, ``models_liver``), all on
:class:`~casereview.store.model_base.Base`. This module imports each of them, so importing it
registers the whole schema: Alembic's environment and ``create_all`` read :data:`metadata` from
here. The index and case models are re-exported because most queries use them
(``models.Series``).

The schema itself is owned by the Alembic migrations in ``store/migrations``; a test compares
these models with the migrated schema so the two cannot drift apart.
"""

from __future__ import annotations

from sqlalchemy import MetaData

from casereview.store import (  # noqa: F401 - imported for their tables, which join the metadata
    models_annotations,
    models_liver,
    models_meetings,
    models_packages,
    models_rendering,
    models_resectability,
)
from casereview.store.model_base import UID_LENGTH, Base
from casereview.store.models_cases import (
    AuditEvent,
    AuditHead,
    Case,
    CaseTag,
    User,
    case_series,
    case_studies,
)
from casereview.store.models_index import Instance, Patient, Series, Study

__all__ = [
    "UID_LENGTH",
    "AuditEvent",
    "AuditHead",
    "Base",
    "Case",
    "CaseTag",
    "Instance",
    "Patient",
    "Series",
    "Study",
    "User",
    "case_series",
    "case_studies",
    "metadata",
]

#: Every table of the case database.
metadata: MetaData = Base.metadata
