"""SQLAlchemy models: MDT meetings, agenda, attendance, decisions, action items and the hash-chained audit trail (issue 8).

Tables share :class:`casereview.store.models.Base`; ``models`` imports this module at its end so
every table is registered wherever the models are used.
"""

from __future__ import annotations
