"""SQLAlchemy models: Annotations, key images and segmentations (issue 7).

Tables share :class:`casereview.store.models.Base`; ``models`` imports this module at its end so
every table is registered wherever the models are used.
"""

from __future__ import annotations
