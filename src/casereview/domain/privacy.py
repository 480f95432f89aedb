"""Helpers that keep patient identity out of logs and messages."""

from __future__ import annotations

import hashlib


def pseudonymous_tag(value: str) -> str:
    """Return a short, stable, non-reversible tag for a UID or identifier, for logs.

    Parameters
    ----------
    value
        A DICOM UID or another identifier that must not appear in a log.

    Returns
    -------
    str
        ``"h:"`` followed by the first 12 hex digits of the SHA-256 of ``value``.
    """
    return "h:" + hashlib.sha256(value.encode("utf-8")).hexdigest()[:12]
