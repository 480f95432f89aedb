"""Typed errors of remote joint review, each with a message a clinician can act on.

A problem found in a message received from the relay is never raised into the code that reads
the network: it becomes a :class:`JointProblem` event carrying one of these errors, and nothing
local changes. Messages name no patient, no UID and no participant's institution key material.
"""

from __future__ import annotations

from casereview.errors import CasereviewError
from casereview.messages import Message


class JointError(CasereviewError):
    """A remote joint review session could not do what was asked."""

    title = Message("Joint review problem")


class RelayUnreachableError(JointError):
    """Nothing answers at the relay's address (relay not running, wrong address, firewall)."""

    title = Message("Relay not reachable")


class RelayError(JointError):
    """The relay answered but refused or failed a request (limits, configuration)."""

    title = Message("Relay problem")


class PackageNotHeldError(JointError):
    """The session shows a case package this workstation has not imported or exported."""

    title = Message("Case package missing")


class WrongKeyError(JointError):
    """A message, invitation or one-time code does not open with the key this workstation has."""

    title = Message("Wrong session key")


class ForeignPackageError(JointError):
    """A message names a case package that is not part of this session."""

    title = Message("Message for another case")


class ProtocolVersionError(JointError):
    """A message was written by a casereview speaking another version of the session protocol."""

    title = Message("Other casereview version")


class MalformedMessageError(JointError):
    """A message decrypted but its content is not a valid session message."""

    title = Message("Unreadable session message")


class InvitationError(JointError):
    """An invitation or one-time code cannot be used (damaged, not for us, used, expired)."""

    title = Message("Invitation cannot be used")


class ControlError(JointError):
    """A control change was refused (someone else changed control first, or not allowed)."""

    title = Message("Control not changed")


class NotDrivingError(JointError):
    """Only the participant in control may change what everyone sees."""

    title = Message("Not in control")


class PartnerKeyError(JointError):
    """A partner's session key card is damaged or not signed by a trusted institution key."""

    title = Message("Partner key not accepted")
