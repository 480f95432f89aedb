"""Institution keys for joint review invitations: an X25519 key pair beside the signing key.

Invitations wrap the session key for each invited institution with X25519 key agreement. Ed25519
signing keys cannot do key agreement, so each installation has a second key pair,
``keys/institution_x25519.pem`` (generated on first use, owner-only like the signing key).

How its public half travels: ``casereview-cli session key`` prints a *key card*, the X25519
public key signed with the institution's Ed25519 signing key. The partner adds the card with
``casereview-cli session trust CARD``; it is accepted only when the signature verifies with a
signing key already in their trusted keys (``Settings.trusted_keys``, the record compared by
phone for package exchange), and it is listed under the institution name of that trusted
record, not the name the card claims. So trusting a partner for packages once is enough, and
removing their signing key from the trusted keys also stops inviting them. Accepted cards are
kept in ``keys/joint_partner_keys.json`` (public keys only).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from casereview.domain.packages import TrustedKey
from casereview.errors import ConfigurationError
from casereview.joint.crypto import public_bytes
from casereview.joint.errors import PartnerKeyError
from casereview.messages import Message
from casereview.services.signing import (
    SigningKey,
    fingerprint,
    load_or_create_private_key,
    load_or_create_signing_key,
    verify_signature,
)

AGREEMENT_KEY_NAME = "institution_x25519.pem"
PARTNERS_NAME = "joint_partner_keys.json"
CARD_PREFIX = "casereview-joint-key:"
_CARD_CONTEXT = b"casereview joint agreement key v1|"


def load_or_create_agreement_key(keys_dir: Path) -> X25519PrivateKey:
    """This installation's X25519 key pair, generated (0600) on first use.

    Raises
    ------
    ConfigurationError
        If the key file exists but cannot be read.
    """
    try:
        loaded, _created = load_or_create_private_key(
            keys_dir / AGREEMENT_KEY_NAME, X25519PrivateKey.generate
        )
    except (OSError, ValueError) as exc:
        raise ConfigurationError(
            Message(
                "The joint review key in {keys_dir} cannot be read ({exc}). Restore it from a "
                "backup, or delete it and send partners a new key card.",
                keys_dir=keys_dir,
                exc=exc,
            )
        ) from exc
    if not isinstance(loaded, X25519PrivateKey):
        raise ConfigurationError(
            Message("The joint review key in {keys_dir} is not an X25519 key.", keys_dir=keys_dir)
        )
    return loaded


@dataclass(frozen=True, slots=True)
class KeyCard:
    """An institution's X25519 public key signed with its Ed25519 signing key."""

    institution: str
    agreement_key: bytes
    signing_key: bytes
    signature: bytes

    def signed_data(self) -> bytes:
        return _CARD_CONTEXT + self.agreement_key + self.signing_key

    def text(self) -> str:
        """The card as one line to send a partner (e-mail, chat)."""
        data = {
            "institution": self.institution,
            "x25519": base64.b64encode(self.agreement_key).decode("ascii"),
            "ed25519": base64.b64encode(self.signing_key).decode("ascii"),
            "signature": base64.b64encode(self.signature).decode("ascii"),
        }
        encoded = base64.urlsafe_b64encode(json.dumps(data).encode("utf-8")).decode("ascii")
        return CARD_PREFIX + encoded.rstrip("=")

    @classmethod
    def parse(cls, text: str) -> KeyCard:
        """Read a card made by :meth:`text`.

        Raises
        ------
        PartnerKeyError
            If it is not a key card or is damaged.
        """
        body = "".join(text.split())
        if not body.startswith(CARD_PREFIX):
            raise PartnerKeyError(
                Message(
                    "That is not a casereview joint review key card (it starts with "
                    "casereview-joint-key:). Ask the partner for the line "
                    "'casereview-cli session key' prints."
                )
            )
        body = body[len(CARD_PREFIX) :]
        try:
            raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
            data = json.loads(raw.decode("utf-8"))
            card = cls(
                str(data["institution"]),
                base64.b64decode(data["x25519"], validate=True),
                base64.b64decode(data["ed25519"], validate=True),
                base64.b64decode(data["signature"], validate=True),
            )
            X25519PublicKey.from_public_bytes(card.agreement_key)
        except (ValueError, KeyError, TypeError, binascii.Error) as exc:
            raise PartnerKeyError(
                Message("The key card is damaged; ask the partner to send it again.")
            ) from exc
        return card


@dataclass(frozen=True, slots=True)
class PartnerKey:
    """An institution that can be invited: its name (from our trusted keys) and X25519 key."""

    institution: str
    agreement_key: bytes
    signing_key: bytes

    @property
    def fingerprint(self) -> str:
        """The fingerprint of the partner's signing key (as Settings shows it)."""
        return fingerprint(self.signing_key)


def own_card(keys_dir: Path, institution: str) -> KeyCard:
    """This institution's key card (creating the X25519 key on first use)."""
    signing: SigningKey = load_or_create_signing_key(keys_dir)
    agreement = public_bytes(load_or_create_agreement_key(keys_dir).public_key())
    unsigned = KeyCard(institution, agreement, signing.public_bytes, b"")
    return KeyCard(
        institution, agreement, signing.public_bytes, signing.sign(unsigned.signed_data())
    )


def institution_of_signing_key(signing_key: bytes, trusted: Sequence[TrustedKey]) -> str | None:
    """The name of the trusted partner whose signing key is ``signing_key`` (``None``: none)."""
    for key in trusted:
        try:
            if base64.b64decode(key.public_key.strip(), validate=True) == signing_key:
                return key.institution
        except (ValueError, binascii.Error):
            continue
    return None


def _accepted(card: KeyCard, trusted: Sequence[TrustedKey]) -> PartnerKey:
    institution = institution_of_signing_key(card.signing_key, trusted)
    if institution is None:
        raise PartnerKeyError(
            Message(
                "The key card is signed with a key that is not among your trusted partner keys "
                "(fingerprint {fingerprint}). Trust the partner's signing key first "
                "(Settings, or casereview-cli keys --trust), after comparing its fingerprint "
                "with them by phone.",
                fingerprint=fingerprint(card.signing_key),
            )
        )
    if not verify_signature(card.signing_key, card.signature, card.signed_data()):
        raise PartnerKeyError(
            Message(
                "The key card's signature does not verify: it was altered. Ask the partner to "
                "send it again."
            )
        )
    return PartnerKey(institution, card.agreement_key, card.signing_key)


def _read_cards(keys_dir: Path) -> list[dict[str, Any]]:
    path = keys_dir / PARTNERS_NAME
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigurationError(
            Message(
                "The partner key cards in {path} cannot be read ({exc}); delete the file and "
                "add the cards again.",
                path=path,
                exc=exc,
            )
        ) from exc
    cards = data.get("cards", []) if isinstance(data, dict) else []
    return [c for c in cards if isinstance(c, dict) and isinstance(c.get("card"), str)]


def trust_card(keys_dir: Path, text: str, trusted: Sequence[TrustedKey]) -> PartnerKey:
    """Accept a partner's key card and keep it (replacing an older card of the same key).

    Raises
    ------
    PartnerKeyError
        If the card is damaged, altered, or not signed by a trusted signing key.
    """
    card = KeyCard.parse(text)
    partner = _accepted(card, trusted)
    kept = [
        c for c in _read_cards(keys_dir) if KeyCard.parse(c["card"]).signing_key != card.signing_key
    ]
    kept.append({"card": card.text()})
    keys_dir.mkdir(parents=True, exist_ok=True)
    # Written to a temporary file and renamed: a crash leaves the old list or the new one.
    handle, temporary = tempfile.mkstemp(dir=keys_dir, prefix=".joint-partners-")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump({"cards": kept}, out, indent=2)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, keys_dir / PARTNERS_NAME)
    return partner


def partner_keys(keys_dir: Path, trusted: Sequence[TrustedKey]) -> list[PartnerKey]:
    """The partners that can be invited: kept cards whose signing key is still trusted."""
    partners = []
    for entry in _read_cards(keys_dir):
        try:
            partners.append(_accepted(KeyCard.parse(entry["card"]), trusted))
        except PartnerKeyError:
            continue  # trust withdrawn, or the file was edited: not invitable
    return partners
