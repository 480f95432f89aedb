"""Typed errors of the network adapters, each with a message a clinician can act on.

Messages name the node (the user's own name for it) and what to check; never patient data.
"""

from __future__ import annotations

from casereview.errors import CasereviewError
from casereview.messages import Message


class PacsError(CasereviewError):
    """Talking to an archive (PACS) failed."""

    title = Message("PACS problem")


class ServerUnreachableError(PacsError):
    """Nothing answers at the node's address and port (server down, wrong port, firewall)."""

    title = Message("PACS not reachable")


class AssociationRejectedError(PacsError):
    """The archive answered but refused to talk to us (unknown AE title, busy, no service)."""

    title = Message("PACS refused the connection")


class NetworkTimeoutError(PacsError):
    """The archive stopped answering within the node's timeout."""

    title = Message("PACS did not answer in time")


class AuthenticationFailedError(PacsError):
    """A DICOMweb server refused the user name, password or token (HTTP 401 or 403)."""

    title = Message("PACS refused the credentials")


class PacsRequestError(PacsError):
    """The archive answered a request with a failure status."""

    title = Message("PACS request failed")


class FailureStatusError(PacsRequestError):
    """The archive answered a DIMSE request with a failure status (it may not offer the
    request, or not at this level), rather than hanging up or going silent."""
