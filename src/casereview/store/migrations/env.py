"""Alembic environment: always run by ``casereview.store.migrate`` with a live connection."""

from __future__ import annotations

from alembic import context

from casereview.store.models import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "casereview migrations run through casereview.store.migrate (the app does it on open), "
        "not through the alembic command line."
    )

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables.
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
