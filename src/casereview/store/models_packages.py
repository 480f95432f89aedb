"""SQLAlchemy models: Exchange packages: imported and exported packages, pseudonym mappings, institution keys (issue 9).

Tables share :class:`casereview.store.models.Base`; ``models`` imports this module at its end so
every table is registered wherever the models are used.
"""

from __future__ import annotations
