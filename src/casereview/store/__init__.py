"""Persistence: SQLAlchemy models, engine setup, migrations and repositories."""
