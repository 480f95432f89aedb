"""The institution's signing key and de-identification secret, and signature checks.

Each installation has one Ed25519 key pair, generated on first use in ``keys/`` of the data
directory with owner-only permissions (0600). Packages are signed with the private key; partners
add the public key (shown with its fingerprint in Settings and by ``casereview-cli keys``) to
their trusted keys. The same folder holds the secret from which pseudonyms and replacement UIDs
are derived, so they stay the same across exports and cannot be recomputed elsewhere.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

from casereview.domain.packages import PackageError, TrustedKey
from casereview.errors import ConfigurationError
from casereview.messages import Message

log = logging.getLogger(__name__)

PRIVATE_KEY_NAME = "institution_ed25519.pem"
SECRET_NAME = "deid_secret.bin"
SECRET_BYTES = 32


@dataclass(frozen=True, slots=True)
class SigningKey:
    """This installation's key pair."""

    private_key: Ed25519PrivateKey

    @property
    def public_bytes(self) -> bytes:
        return self.private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def public_key_b64(self) -> str:
        """The public key as partners paste it into their trusted keys."""
        return base64.b64encode(self.public_bytes).decode("ascii")

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_bytes)

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)


def fingerprint(public_key: bytes) -> str:
    """A short, readable fingerprint of a raw public key (compare it by phone)."""
    digest = hashlib.sha256(public_key).hexdigest()[:24].upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def write_private_file(path: Path, data: bytes) -> None:
    """Create ``path`` holding ``data``, readable by its owner only (0600), durably.

    Raises
    ------
    FileExistsError
        If the file exists (another process made it first; use that one).
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def load_or_create_private_key(
    path: Path, generate: Callable[[], PrivateKeyTypes]
) -> tuple[PrivateKeyTypes, bool]:
    """A private key kept in ``path`` (PEM, 0600), made with ``generate`` on first use.

    Two processes starting at once make one key: the second finds the first's file.

    Returns
    -------
    tuple
        The key and whether this call created it.

    Raises
    ------
    OSError, ValueError
        If the file exists but cannot be read as a key (the caller says what to do).
    """
    created = False
    if not path.exists():
        pem = generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        try:
            write_private_file(path, pem)
            created = True
        except FileExistsError:
            pass  # another process made it first; use that one
    return serialization.load_pem_private_key(path.read_bytes(), password=None), created


def load_or_create_signing_key(keys_dir: Path) -> SigningKey:
    """The installation's key pair, generated (0600) on first use.

    Raises
    ------
    ConfigurationError
        If the key file exists but cannot be read.
    """
    try:
        loaded, created = load_or_create_private_key(
            keys_dir / PRIVATE_KEY_NAME, Ed25519PrivateKey.generate
        )
    except (OSError, ValueError) as exc:
        raise ConfigurationError(
            Message(
                (
                    "The institution signing key in {keys_dir} cannot be read ({exc}). "
                    "Restore it from a backup; partners trust only that key."
                ),
                keys_dir=keys_dir,
                exc=exc,
            )
        ) from exc
    if created:
        log.info("generated the institution signing key")
    if not isinstance(loaded, Ed25519PrivateKey):
        raise ConfigurationError(
            Message("The signing key in {keys_dir} is not an Ed25519 key.", keys_dir=keys_dir)
        )
    return SigningKey(loaded)


def load_or_create_secret(keys_dir: Path) -> bytes:
    """The de-identification secret (32 random bytes, 0600), created on first use.

    Raises
    ------
    ConfigurationError
        If the secret file is unreadable or damaged.
    """
    path = keys_dir / SECRET_NAME
    if not path.exists():
        try:
            write_private_file(path, secrets.token_bytes(SECRET_BYTES))
        except FileExistsError:
            pass
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigurationError(
            Message("The de-identification secret cannot be read ({exc}).", exc=exc)
        ) from exc
    if len(data) != SECRET_BYTES:
        raise ConfigurationError(
            Message(
                (
                    "The de-identification secret in {keys_dir} is damaged; restore it "
                    "from a backup."
                ),
                keys_dir=keys_dir,
            )
        )
    return data


def decode_public_key(text: str) -> bytes:
    """A raw 32-byte Ed25519 public key from its base64 text.

    Raises
    ------
    PackageError
        If the text is not such a key.
    """
    try:
        raw = base64.b64decode(text.strip(), validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, TypeError) as exc:
        raise PackageError(
            Message(
                "That is not an Ed25519 public key; ask the partner for the key shown in their "
                "casereview Settings."
            )
        ) from exc
    return raw


def verify_signature(public_key: bytes, signature: bytes, data: bytes) -> bool:
    """Whether ``signature`` over ``data`` was made with the key's private half."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def trusted_institution(
    public_key: bytes, trusted: Iterable[TrustedKey], own: SigningKey | None
) -> str:
    """Name of the trusted institution holding ``public_key``, or ``""`` if none does."""
    if own is not None and public_key == own.public_bytes:
        return "this institution"
    for key in trusted:
        try:
            if base64.b64decode(key.public_key.strip(), validate=True) == public_key:
                return key.institution
        except ValueError:
            continue
    return ""
