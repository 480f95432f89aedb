"""Decision drafts: what was typed into a decision form and not yet recorded.

A draft is kept per agenda item so that paging to another case, closing the presentation or
closing the application never loses what the secretary typed. It is not a decision: nothing
is audited and nothing clinical is stored until the form is saved (then the draft is cleared).

The database has no table for loose form state, and a schema change is not warranted for it,
so drafts are files in ``<data>/decision-drafts``. A draft's text may name the patient (staff
write "Mrs Wang" in a rationale), so each file is encrypted (AES-256-GCM with a key derived
from the installation secret in the keys folder), written atomically and readable by the owner
only. File names carry the agenda item's internal id and nothing else.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casereview.dicom.scan import os_error_kind
from casereview.errors import ConfigurationError
from casereview.messages import Message
from casereview.services.signing import load_or_create_secret

log = logging.getLogger(__name__)

#: Folder of the data directory that holds the drafts.
DRAFTS_FOLDER = "decision-drafts"
#: Format of a draft file's plaintext; a file of another version is ignored.
DRAFT_VERSION = 1
_NONCE_BYTES = 12
_KEY_INFO = b"casereview decision drafts v1"


@dataclass(frozen=True, slots=True)
class DecisionDraft:
    """What a decision form held when it was last changed.

    Parameters
    ----------
    based_on
        Id of the decision the form showed when typing began (``None``: no decision yet);
        a draft is offered again only over that same decision.
    amending
        Whether the form was amending a signed decision.
    values
        Field name → text (typed text, or the data value of a drop-down's choice).
    ticked
        Participants ticked as taking part.
    """

    based_on: int | None
    amending: bool = False
    values: Mapping[str, str] = field(default_factory=dict)
    ticked: tuple[str, ...] = ()

    def to_json(self) -> bytes:
        """The draft as UTF-8 JSON."""
        return json.dumps(
            {
                "version": DRAFT_VERSION,
                "based_on": self.based_on,
                "amending": self.amending,
                "values": dict(self.values),
                "ticked": list(self.ticked),
            },
            ensure_ascii=False,
        ).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> DecisionDraft | None:
        """Read a draft written by :meth:`to_json`; ``None`` if it is not one."""
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None
        if not isinstance(raw, dict) or raw.get("version") != DRAFT_VERSION:
            return None
        based_on, amending = raw.get("based_on"), raw.get("amending")
        values, ticked = raw.get("values"), raw.get("ticked")
        if not (based_on is None or isinstance(based_on, int)) or not isinstance(amending, bool):
            return None
        if not isinstance(values, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in values.items()
        ):
            return None
        if not isinstance(ticked, list) or not all(isinstance(n, str) for n in ticked):
            return None
        return cls(based_on, amending, values, tuple(ticked))


class DecisionDraftStore:
    """Encrypted drafts of decision forms, one file per agenda item.

    Parameters
    ----------
    directory
        Where the draft files live (created on first save).
    key
        32-byte AES key.
    """

    def __init__(self, directory: Path, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("a draft key has 32 bytes")
        self.directory = directory
        self._cipher = AESGCM(key)

    @classmethod
    def in_data_dir(cls, root: Path, keys_dir: Path) -> DecisionDraftStore:
        """The store of a data directory, keyed from its installation secret.

        Raises
        ------
        ConfigurationError
            If the installation secret cannot be read or created.
        """
        secret = load_or_create_secret(keys_dir)
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_KEY_INFO).derive(secret)
        return cls(root / DRAFTS_FOLDER, key)

    def path(self, agenda_item_id: int) -> Path:
        """File of the draft of ``agenda_item_id`` (its name holds only that id)."""
        return self.directory / f"agenda-item-{int(agenda_item_id)}.draft"

    def save(self, agenda_item_id: int, draft: DecisionDraft) -> None:
        """Store ``draft`` as the draft of ``agenda_item_id``, replacing any earlier one.

        Raises
        ------
        ConfigurationError
            If the drafts folder cannot be written.
        """
        target = self.path(agenda_item_id)
        nonce = secrets.token_bytes(_NONCE_BYTES)
        # The file name is bound into the ciphertext: a draft copied onto another agenda
        # item's file does not decrypt there.
        sealed = nonce + self._cipher.encrypt(nonce, draft.to_json(), target.name.encode())
        partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(sealed)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise ConfigurationError(
                Message(
                    "The decision draft cannot be kept ({reason}). Free disk space or fix the "
                    "permissions of the data folder, then save the decision.",
                    reason=os_error_kind(exc),
                )
            ) from exc

    def load(self, agenda_item_id: int) -> DecisionDraft | None:
        """The draft of ``agenda_item_id``, or ``None`` if there is none that can be read."""
        target = self.path(agenda_item_id)
        try:
            sealed = target.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning(
                "decision draft of agenda item %d unreadable: %s",
                agenda_item_id,
                os_error_kind(exc),
            )
            return None
        try:
            plain = self._cipher.decrypt(
                sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:], target.name.encode()
            )
        except (InvalidTag, ValueError):
            log.warning("decision draft of agenda item %d does not decrypt", agenda_item_id)
            return None
        draft = DecisionDraft.from_json(plain)
        if draft is None:
            log.warning("decision draft of agenda item %d is not a draft", agenda_item_id)
        return draft

    def clear(self, agenda_item_id: int) -> None:
        """Forget the draft of ``agenda_item_id`` (its decision was recorded)."""
        try:
            self.path(agenda_item_id).unlink(missing_ok=True)
        except OSError as exc:
            log.warning(
                "decision draft of agenda item %d not removed: %s",
                agenda_item_id,
                os_error_kind(exc),
            )
