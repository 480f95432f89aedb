"""End-to-end encryption of a joint review session: keys, names, sealed messages, codes.

Every session has a random 256-bit session key. From it (HKDF-SHA256, the session id as salt)
come the AES-256-GCM key of every payload and the names the relay sees: the JetStream
key-value bucket, the subject of pointers and the key of each state facet. Those names are
random to anyone without the session key, so the relay sees ciphertext and random names only.

A sealed message is ``version (1 byte) | sender (8) | sequence (8, big-endian) | nonce (12) |
ciphertext``. The associated data binds it to the protocol version, the session id, the sender,
its sequence number and the name it was stored or published under: a message cannot be moved to
another facet or session, or replayed under another sequence number, without failing to open.

Invitations wrap the session key for each invited institution with X25519 (an ephemeral key
per invitation, HKDF, AES-GCM). A one-time code read out on the phone is 10 characters of
Crockford base32 (50 bits); the key it opens is derived with scrypt (N=2^15, r=8, p=1: about
0.1 s and 32 MiB per guess) from the code and the session id. The brute-force bound is in
:func:`code_key`.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import struct
import threading
import time
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from casereview.joint.errors import InvitationError, ProtocolVersionError, WrongKeyError
from casereview.messages import Message

#: Version of the wire format of sealed messages (the first byte of every message).
WIRE_VERSION = 1
KEY_BYTES = 32
SENDER_BYTES = 8
NONCE_BYTES = 12
_HEADER = struct.Struct(">B8sQ12s")
#: Crockford's base32: no I, L, O or U, so a code read out on the phone is typed without doubt.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
#: Characters of a session id and of a one-time code (5 bits each: 50 bits).
CODE_LENGTH = 10
#: scrypt's cost for one-time codes: 2^15 x 8 x 128 bytes = 32 MiB of memory per guess.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_CONTEXT = b"casereview-joint/1"


def new_session_key() -> bytes:
    """A random 256-bit session key."""
    return secrets.token_bytes(KEY_BYTES)


def _random_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def _grouped(code: str) -> str:
    return f"{code[:5]}-{code[5:]}"


def normalise_code(text: str) -> str:
    """A session id or one-time code as typed, in its canonical form (``ABCDE-FGHJK``).

    Case, spaces and dashes do not matter; the letters people confuse with digits (I, L, O)
    are read as the digits.

    Raises
    ------
    InvitationError
        If it is not 10 characters of the code alphabet.
    """
    cleaned = "".join(text.split()).replace("-", "").upper()
    cleaned = cleaned.translate(str.maketrans("ILO", "110"))
    if len(cleaned) != CODE_LENGTH or any(c not in ALPHABET for c in cleaned):
        raise InvitationError(
            Message(
                "A session id or one-time code has 10 letters and digits, such as "
                "7KX2M-Q9T4B. Check what was read out and type it again."
            )
        )
    return _grouped(cleaned)


def new_session_id() -> str:
    """A random session id (``ABCDE-FGHJK``, 50 bits), read out with a one-time code."""
    return _grouped(_random_code())


def new_one_time_code() -> str:
    """A random one-time code (``ABCDE-FGHJK``, 50 bits)."""
    return _grouped(_random_code())


def _hkdf(key: bytes, salt: bytes, info: bytes, length: int = KEY_BYTES) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(key)


class SequenceClock:
    """Sequence numbers of one sender: strictly increasing, also across restarts.

    A number is the time in microseconds, or one more than the previous number when the clock
    has not moved on, so a participant who rejoins under the same id never reuses one
    (receivers drop a number they have already seen from that sender: replays).
    """

    def __init__(self) -> None:
        self._last = 0
        self._lock = threading.Lock()

    def next(self) -> int:
        """The next sequence number."""
        with self._lock:
            self._last = max(self._last + 1, time.time_ns() // 1000)
            return self._last


@dataclass(frozen=True)
class SessionSecrets:
    """What the session key and the session id give: the cipher and the relay-side names.

    Attributes
    ----------
    session_id
        The session id (canonical form).
    bucket
        Name of the JetStream key-value bucket holding the session's state.
    pointer_subject
        Subject of pointers and presence (not stored by the relay).
    """

    session_id: str
    key: bytes = field(repr=False)
    bucket: str = field(init=False)
    pointer_subject: str = field(init=False)
    _aead: AESGCM = field(init=False, repr=False)
    _names: bytes = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if len(self.key) != KEY_BYTES:
            raise WrongKeyError(Message("The session key is damaged: it must be 256 bits."))
        salt = self.session_id.encode("ascii")
        object.__setattr__(self, "_aead", AESGCM(_hkdf(self.key, salt, b"payload")))
        object.__setattr__(self, "_names", _hkdf(self.key, salt, b"names"))
        names = _hkdf(self.key, salt, b"relay", 32).hex()
        object.__setattr__(self, "bucket", "CRJ_" + names[:32].upper())
        object.__setattr__(self, "pointer_subject", "crj." + names[32:])

    def channel(self, facet: str) -> str:
        """The key-value key (random to the relay) under which ``facet`` is stored."""
        return hmac.new(self._names, facet.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def _aad(self, sender: bytes, seq: int, channel: str) -> bytes:
        return b"|".join(
            (
                _CONTEXT,
                bytes([WIRE_VERSION]),
                self.session_id.encode("ascii"),
                sender,
                seq.to_bytes(8, "big"),
                channel.encode("ascii"),
            )
        )

    def seal(self, sender: bytes, seq: int, channel: str, plaintext: bytes) -> bytes:
        """Encrypt ``plaintext`` from ``sender`` (8 bytes) with sequence number ``seq``."""
        nonce = os.urandom(NONCE_BYTES)
        ciphertext = self._aead.encrypt(nonce, plaintext, self._aad(sender, seq, channel))
        return _HEADER.pack(WIRE_VERSION, sender, seq, nonce) + ciphertext

    def open(self, channel: str, data: bytes) -> tuple[bytes, int, bytes]:
        """``(sender, sequence, plaintext)`` of a sealed message stored under ``channel``.

        Raises
        ------
        ProtocolVersionError
            If the message was written in another version of the wire format.
        WrongKeyError
            If it does not open with this session's key (another session, altered, moved).
        """
        if len(data) < _HEADER.size + 16:
            raise WrongKeyError(
                Message("A session message is too short to be one of this session's messages.")
            )
        version, sender, seq, nonce = _HEADER.unpack_from(data)
        if version != WIRE_VERSION:
            raise ProtocolVersionError(
                Message(
                    "A participant's casereview speaks version {theirs} of the session "
                    "protocol; this one speaks version {ours}. Use the same casereview "
                    "version at every site.",
                    theirs=version,
                    ours=WIRE_VERSION,
                )
            )
        try:
            plaintext = self._aead.decrypt(
                nonce, data[_HEADER.size :], self._aad(sender, seq, channel)
            )
        except InvalidTag as exc:
            raise WrongKeyError(
                Message(
                    "A message on the relay does not open with this session's key: it belongs "
                    "to another session or was altered. It was ignored."
                )
            ) from exc
        return sender, seq, plaintext


# --- one-time codes ----------------------------------------------------------------------


def code_key(code: str, session_id: str) -> bytes:
    """The 256-bit key a one-time code opens, derived with scrypt from code and session id.

    Brute-force bound: the code has 50 bits. Someone holding only what the relay stores (the
    lobby slot's random name and its ciphertext) must guess code and session id together
    (100 bits). Someone who also overheard the session id must still try up to 2^50 codes at
    one scrypt each (32 MiB, about 0.1 s on one core): about 3.6 million core-years, or on
    the order of months for a farm of a thousand large GPUs. The slot is removed when the
    first participant joins with it and expires after :data:`~casereview.joint.invitation.
    CODE_LIFETIME_S` anyway, so a guess made after that opens nothing that is still stored.
    A code protects one join; institutions that meet often should use invitations (X25519).
    """
    material = normalise_code(code).replace("-", "").encode("ascii")
    salt = b"casereview-joint-code|" + normalise_code(session_id).encode("ascii")
    return hashlib.scrypt(
        material, salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=64 * 1024 * 1024, dklen=32
    )


def lobby_slot(code_secret: bytes) -> str:
    """The key-value key (random to the relay) of the lobby slot a one-time code opens."""
    return hmac.new(code_secret, b"slot", hashlib.sha256).hexdigest()[:32]


def seal_with(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """AES-256-GCM encryption under ``key``: ``nonce | ciphertext``."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_with(key: bytes, data: bytes, aad: bytes, wrong: Message) -> bytes:
    """Decrypt what :func:`seal_with` made, or raise :class:`WrongKeyError` with ``wrong``."""
    try:
        return AESGCM(key).decrypt(data[:NONCE_BYTES], data[NONCE_BYTES:], aad)
    except (InvalidTag, ValueError) as exc:
        raise WrongKeyError(wrong) from exc


# --- X25519 key wrapping ---------------------------------------------------------------------


def public_bytes(key: X25519PublicKey) -> bytes:
    """The raw 32 bytes of an X25519 public key."""
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def wrap_key(
    session_key: bytes, ephemeral: X25519PrivateKey, recipient: bytes, session_id: str
) -> bytes:
    """The session key encrypted for the holder of the X25519 key ``recipient`` (raw bytes)."""
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    kek = _hkdf(
        shared,
        session_id.encode("ascii"),
        b"wrap|" + public_bytes(ephemeral.public_key()) + recipient,
    )
    return seal_with(kek, session_key, _CONTEXT + b"|wrap|" + session_id.encode("ascii"))


def unwrap_key(
    wrapped: bytes, ephemeral_public: bytes, own: X25519PrivateKey, session_id: str
) -> bytes:
    """The session key from :func:`wrap_key`'s output, with our X25519 private key.

    Raises
    ------
    InvitationError
        If the ephemeral key is damaged.
    WrongKeyError
        If it was not wrapped for our key.
    """
    try:
        shared = own.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError as exc:
        raise InvitationError(Message("The invitation is damaged (its key exchange).")) from exc
    kek = _hkdf(
        shared,
        session_id.encode("ascii"),
        b"wrap|" + ephemeral_public + public_bytes(own.public_key()),
    )
    key = open_with(
        kek,
        wrapped,
        _CONTEXT + b"|wrap|" + session_id.encode("ascii"),
        Message(
            "The invitation's session key does not open with this institution's key: it was "
            "made for another institution, or this workstation's key changed. Ask the "
            "presenter for a new invitation."
        ),
    )
    if len(key) != KEY_BYTES:
        raise InvitationError(Message("The invitation is damaged (its session key)."))
    return key
