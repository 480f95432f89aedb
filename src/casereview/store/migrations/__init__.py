"""Alembic migrations of the case database, shipped inside the package."""
