"""Invitations to a session: the session key wrapped for invited institutions, or a code.

An *invitation* is one line of text (``casereview-invite:…``) the presenter sends to the
invited sites: the session id, the relay's address, the session's case packages and, for each
invited institution, the session key wrapped with X25519 for that institution's key
(:mod:`casereview.joint.keys`). It is signed with the presenter's institution key, and a site
accepts it only from an institution among its trusted keys.

A *one-time code* is read out on the phone instead, with the session id. The presenter leaves
the session key in a lobby slot on the relay, encrypted with a key derived from code and
session id (:func:`casereview.joint.crypto.code_key`) under a name derived from that key; the
first participant to join with the code takes it and removes the slot, so the code opens one
join, and the slot expires after :data:`CODE_LIFETIME_S` in any case.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from casereview.domain.packages import TrustedKey
from casereview.joint.crypto import (
    code_key,
    lobby_slot,
    normalise_code,
    open_with,
    public_bytes,
    seal_with,
    unwrap_key,
    wrap_key,
)
from casereview.joint.errors import InvitationError
from casereview.joint.keys import PartnerKey, institution_of_signing_key
from casereview.messages import Message
from casereview.services.signing import SigningKey, verify_signature

INVITE_PREFIX = "casereview-invite:"
INVITE_VERSION = 1
#: How long a one-time code's lobby slot stays on the relay (seconds).
CODE_LIFETIME_S = 600.0
#: The relay's bucket of lobby slots (shared by all sessions; slot names are random).
LOBBY_BUCKET = "CRJ_LOBBY"
_SIGN_CONTEXT = b"casereview joint invitation v1|"


@dataclass(frozen=True)
class SessionCredentials:
    """What joining a session takes: its id, key, packages and relay, and who presents.

    Attributes
    ----------
    session_id
        The session id (canonical ``ABCDE-FGHJK`` form).
    key
        The 256-bit session key.
    packages
        The case packages the session shows (every site must hold them).
    relay_url
        The relay's address as the presenter gave it (a site may reach it by another).
    presenter_institution
        The presenting institution's name (from the invitation; "" for a code).
    """

    session_id: str
    key: bytes = field(repr=False)
    packages: tuple[str, ...]
    relay_url: str = ""
    presenter_institution: str = ""


def _fingerprint(agreement_key: bytes) -> str:
    return hashlib.sha256(agreement_key).hexdigest()[:16]


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")


def make_invitation(
    credentials: SessionCredentials,
    signing: SigningKey,
    institution: str,
    partners: Sequence[PartnerKey],
) -> str:
    """The invitation for ``partners`` as one line of text, signed by this institution.

    Raises
    ------
    InvitationError
        If no partner is invited.
    """
    if not partners:
        raise InvitationError(
            Message(
                "Choose at least one partner institution to invite, or invite with a one-time "
                "code instead."
            )
        )
    ephemeral = X25519PrivateKey.generate()
    data: dict[str, Any] = {
        "v": INVITE_VERSION,
        "session": credentials.session_id,
        "relay": credentials.relay_url,
        "packages": list(credentials.packages),
        "from": institution,
        "signer": base64.b64encode(signing.public_bytes).decode("ascii"),
        "ephemeral": base64.b64encode(public_bytes(ephemeral.public_key())).decode("ascii"),
        "keys": [
            {
                "for": _fingerprint(p.agreement_key),
                "wrapped": base64.b64encode(
                    wrap_key(credentials.key, ephemeral, p.agreement_key, credentials.session_id)
                ).decode("ascii"),
            }
            for p in partners
        ],
    }
    data["signature"] = base64.b64encode(signing.sign(_SIGN_CONTEXT + _canonical(data))).decode(
        "ascii"
    )
    encoded = base64.urlsafe_b64encode(_canonical(data)).decode("ascii").rstrip("=")
    return INVITE_PREFIX + encoded


def _damaged() -> InvitationError:
    return InvitationError(
        Message("The invitation is damaged; copy the whole line again, or ask for a new one.")
    )


def read_invitation(text: str) -> dict[str, Any]:
    """The content of an invitation, unchecked (its signature is checked by
    :func:`open_invitation`).

    Raises
    ------
    InvitationError
        If the text is not an invitation or is damaged.
    """
    body = "".join(text.split())
    if not body.startswith(INVITE_PREFIX):
        raise InvitationError(
            Message(
                "That is not a casereview invitation (it starts with casereview-invite:). "
                "Paste the whole line the presenter sent."
            )
        )
    body = body[len(INVITE_PREFIX) :]
    try:
        data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except (ValueError, binascii.Error):
        raise _damaged() from None
    if not isinstance(data, dict):
        raise _damaged()
    if data.get("v") != INVITE_VERSION:
        raise InvitationError(
            Message(
                "The invitation was made by another casereview version; use the same version "
                "at every site."
            )
        )
    return data


def open_invitation(
    text: str, own: X25519PrivateKey, trusted: Sequence[TrustedKey]
) -> SessionCredentials:
    """The session an invitation opens for this institution.

    Parameters
    ----------
    text
        The invitation line.
    own
        This installation's X25519 private key.
    trusted
        The trusted partner signing keys (the invitation must be signed by one of them).

    Raises
    ------
    InvitationError
        If it is damaged, not signed by a trusted institution, or not made for us.
    WrongKeyError
        If our wrapped key does not open with our private key.
    """
    data = read_invitation(text)
    try:
        signer = base64.b64decode(data["signer"], validate=True)
        signature = base64.b64decode(data.pop("signature"), validate=True)
        ephemeral = base64.b64decode(data["ephemeral"], validate=True)
        session_id = normalise_code(str(data["session"]))
        packages = tuple(str(p) for p in data["packages"])
        entries = {str(e["for"]): str(e["wrapped"]) for e in data["keys"]}
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise _damaged() from None
    institution = institution_of_signing_key(signer, trusted)
    if institution is None:
        raise InvitationError(
            Message(
                "The invitation is signed by an institution that is not among your trusted "
                "partners. Trust their signing key first (after comparing its fingerprint by "
                "phone), or join with a one-time code."
            )
        )
    if not verify_signature(signer, signature, _SIGN_CONTEXT + _canonical(data)):
        raise InvitationError(
            Message(
                "The invitation's signature does not verify: it was altered. Ask for a new one."
            )
        )
    wrapped = entries.get(_fingerprint(public_bytes(own.public_key())))
    if wrapped is None:
        raise InvitationError(
            Message(
                "This invitation was made for other institutions. Send the presenter your key "
                "card (casereview-cli session key) and ask for a new invitation."
            )
        )
    key = unwrap_key(base64.b64decode(wrapped), ephemeral, own, session_id)
    return SessionCredentials(session_id, key, packages, str(data.get("relay", "")), institution)


# --- one-time codes ----------------------------------------------------------------------


def _slot_aad(session_id: str) -> bytes:
    return b"casereview joint lobby v1|" + session_id.encode("ascii")


def code_slot(credentials: SessionCredentials, code: str) -> tuple[str, bytes]:
    """The lobby slot for a one-time code: its key-value key and its encrypted content."""
    secret = code_key(code, credentials.session_id)
    content = _canonical(
        {
            "session": credentials.session_id,
            "key": base64.b64encode(credentials.key).decode("ascii"),
            "packages": list(credentials.packages),
            "from": credentials.presenter_institution,
        }
    )
    return lobby_slot(secret), seal_with(secret, content, _slot_aad(credentials.session_id))


def slot_name(code: str, session_id: str) -> tuple[str, bytes]:
    """The lobby slot's key for a code, and the key that opens it (scrypt: about 0.1 s)."""
    secret = code_key(code, session_id)
    return lobby_slot(secret), secret


def open_code_slot(
    data: bytes, secret: bytes, session_id: str, relay_url: str
) -> SessionCredentials:
    """The session a lobby slot opens.

    Raises
    ------
    WrongKeyError
        If the slot does not open with the code's key.
    InvitationError
        If its content is damaged.
    """
    session_id = normalise_code(session_id)
    content = open_with(
        secret,
        data,
        _slot_aad(session_id),
        Message("The one-time code does not fit this session. Check the code and the session id."),
    )
    try:
        payload = json.loads(content)
        key = base64.b64decode(payload["key"], validate=True)
        packages = tuple(str(p) for p in payload["packages"])
        institution = str(payload.get("from", ""))
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise InvitationError(
            Message("The session's lobby slot on the relay is damaged.")
        ) from None
    return SessionCredentials(session_id, key, packages, relay_url, institution)
