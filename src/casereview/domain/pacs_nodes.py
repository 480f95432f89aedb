"""The archives (PACS) a workstation talks to: DIMSE nodes and DICOMweb endpoints.

Plain, validated data kept in the settings (``Settings.dimse_nodes`` / ``Settings.web_nodes``).
Secrets (a DICOMweb password or bearer token) are never part of a node: they live in an
owner-only file beside the signing key (:mod:`casereview.net.nodes`).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from casereview.errors import ValidationError
from casereview.messages import Message

#: DICOM PS3.5: an AE title is at most 16 characters of the default repertoire, no backslash
#: and no control characters; leading and trailing spaces are not significant.
AE_TITLE_MAX = 16
_AE_TITLE = re.compile(r"^[\x20-\x5b\x5d-\x7e]+$")

#: A node name is typed on the command line and shown in menus: keep it plain.
_NODE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$")

#: Host names and IP addresses (IPv6 in brackets is not needed by DIMSE: plain form).
_HOST = re.compile(r"^[A-Za-z0-9:._-]{1,253}$")


class WebAuth(enum.StrEnum):
    """How a DICOMweb endpoint wants us to identify ourselves."""

    NONE = "none"
    BASIC = "basic"
    BEARER = "bearer"


def check_node_name(name: str) -> str:
    """The node name, stripped, or a clinician-readable refusal.

    Raises
    ------
    ValidationError
        If the name is empty, too long or has characters other than letters, digits, spaces,
        dots, dashes and underscores.
    """
    value = name.strip()
    if not _NODE_NAME.match(value):
        raise ValidationError(
            Message(
                "A PACS node name has 1 to 64 letters, digits, spaces, dots, dashes or "
                "underscores and starts with a letter or digit (got '{name}').",
                name=name,
            )
        )
    return value


def check_ae_title(title: str, what: Message) -> str:
    """An AE title, stripped of its insignificant spaces, or a refusal naming ``what`` it is.

    Raises
    ------
    ValidationError
        If it is empty, longer than 16 characters or holds a backslash or control character.
    """
    value = title.strip()
    if not value or len(value) > AE_TITLE_MAX or not _AE_TITLE.match(value):
        raise ValidationError(
            Message(
                "{what} must be 1 to 16 characters without backslash (got '{title}', "
                "{length} characters). Ask the PACS administrator for the exact AE title.",
                what=what,
                title=title,
                length=len(value),
            )
        )
    return value


def check_port(port: int, what: Message) -> int:
    """A TCP port number 1–65535, or a refusal naming ``what`` port it is.

    Raises
    ------
    ValidationError
        If the number is outside 1–65535.
    """
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        raise ValidationError(
            Message("{what} must be a number from 1 to 65535 (got {port}).", what=what, port=port)
        )
    return port


@dataclass(frozen=True, slots=True)
class DimseNode:
    """A DICOM (DIMSE) archive: where to reach it and who we are to it.

    Parameters
    ----------
    name
        What the user calls it ("Hospital PACS").
    ae_title, host, port
        The archive's (called) AE title, host name or address and DICOM port.
    our_ae_title
        Our (calling) AE title; the archive must know it, and sends C-MOVE results to it.
    our_port
        Port of our storage SCP for C-MOVE (the archive is configured to send there).
    timeout
        Seconds to wait for the connection and for each answer.
    """

    name: str
    ae_title: str
    host: str
    port: int
    our_ae_title: str = "CASEREVIEW"
    our_port: int = 11112
    timeout: float = 30.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", check_node_name(self.name))
        object.__setattr__(
            self, "ae_title", check_ae_title(self.ae_title, Message("The archive's AE title"))
        )
        object.__setattr__(
            self, "our_ae_title", check_ae_title(self.our_ae_title, Message("Our AE title"))
        )
        host = self.host.strip()
        if not _HOST.match(host):
            raise ValidationError(
                Message(
                    "The archive's host must be a host name or an IP address (got '{host}').",
                    host=self.host,
                )
            )
        object.__setattr__(self, "host", host)
        check_port(self.port, Message("The archive's port"))
        check_port(self.our_port, Message("Our port for C-MOVE"))
        if not 1 <= self.timeout <= 3600:
            raise ValidationError(Message("A network timeout must be between 1 and 3600 seconds."))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready mapping (as kept in settings.json)."""
        return {
            "name": self.name,
            "ae_title": self.ae_title,
            "host": self.host,
            "port": self.port,
            "our_ae_title": self.our_ae_title,
            "our_port": self.our_port,
            "timeout": self.timeout,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DimseNode:
        """A node from :meth:`to_dict`'s mapping.

        Raises
        ------
        ValidationError
            If a value is missing, of the wrong type or out of range.
        """
        try:
            return cls(
                name=str(data["name"]),
                ae_title=str(data["ae_title"]),
                host=str(data["host"]),
                port=int(data["port"]),
                our_ae_title=str(data.get("our_ae_title", "CASEREVIEW")),
                our_port=int(data.get("our_port", 11112)),
                timeout=float(data.get("timeout", 30.0)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(
                Message("A DICOM node in the settings is incomplete ({exc}).", exc=exc)
            ) from exc


@dataclass(frozen=True, slots=True)
class WebNode:
    """A DICOMweb endpoint (QIDO-RS, WADO-RS and STOW-RS under one base URL).

    Parameters
    ----------
    name
        What the user calls it.
    base_url
        The service root, e.g. ``https://pacs.example.org/dicom-web``.
    auth
        No authentication, HTTP basic (``username`` and a password kept as a secret) or a
        bearer token (kept as a secret).
    username
        User name for basic authentication (not a secret; the password is).
    timeout
        Seconds to wait for each answer.
    """

    name: str
    base_url: str
    auth: WebAuth = WebAuth.NONE
    username: str = ""
    timeout: float = 60.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", check_node_name(self.name))
        url = self.base_url.strip().rstrip("/")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValidationError(
                Message(
                    "A DICOMweb address starts with https:// (or http:// inside the hospital "
                    "network) and names a server, e.g. https://pacs.example.org/dicom-web "
                    "(got '{url}').",
                    url=self.base_url,
                )
            )
        if parts.username or parts.password:
            raise ValidationError(
                Message(
                    "Do not put a user name or password in the DICOMweb address; choose basic "
                    "authentication and give them separately."
                )
            )
        object.__setattr__(self, "base_url", url)
        object.__setattr__(self, "auth", WebAuth(self.auth))
        if self.auth is WebAuth.BASIC and not self.username.strip():
            raise ValidationError(
                Message("Basic authentication needs a user name for the DICOMweb server.")
            )
        if not 1 <= self.timeout <= 3600:
            raise ValidationError(Message("A network timeout must be between 1 and 3600 seconds."))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready mapping (as kept in settings.json); never a secret."""
        return {
            "name": self.name,
            "base_url": self.base_url,
            "auth": self.auth.value,
            "username": self.username,
            "timeout": self.timeout,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WebNode:
        """A node from :meth:`to_dict`'s mapping.

        Raises
        ------
        ValidationError
            If a value is missing, of the wrong type or out of range.
        """
        try:
            return cls(
                name=str(data["name"]),
                base_url=str(data["base_url"]),
                auth=WebAuth(str(data.get("auth", "none"))),
                username=str(data.get("username", "")),
                timeout=float(data.get("timeout", 60.0)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(
                Message("A DICOMweb node in the settings is incomplete ({exc}).", exc=exc)
            ) from exc


#: Addresses a storage listener may be bound to: every interface, or one IPv4 address.
_BIND_HOST = re.compile(r"^(0\.0\.0\.0|[0-9]{1,3}(\.[0-9]{1,3}){3}|localhost)$")


@dataclass(frozen=True, slots=True)
class StorageListenerSettings:
    """Our own storage SCP, started with the application: where archives send images to us.

    C-MOVE results arrive here when a DIMSE node's ``our_ae_title`` and ``our_port`` are the
    listener's, and so do images an archive or a modality pushes unasked (they are imported
    once no image of their series arrived for a few seconds).

    Parameters
    ----------
    enabled
        Start the listener with the application.
    ae_title
        Our AE title as the archives know it (they must have it registered with this
        workstation's address and ``port``).
    port
        The TCP port to listen on (104 needs administrator rights; 11112 is the usual choice).
    bind_host
        ``0.0.0.0`` (every network interface: the archive is on another machine) or one
        address of this machine (``127.0.0.1`` for an archive on this machine only).
    accept_unknown_callers
        Take images from any caller; otherwise only from the AE titles of the configured
        DICOM nodes (a caller with another AE title is refused at association).
    """

    enabled: bool = False
    ae_title: str = "CASEREVIEW"
    port: int = 11112
    bind_host: str = "0.0.0.0"
    accept_unknown_callers: bool = False

    def __post_init__(self) -> None:
        for name in ("enabled", "accept_unknown_callers"):
            if not isinstance(getattr(self, name), bool):
                raise ValidationError(
                    Message("The storage listener's '{name}' must be true or false.", name=name)
                )
        object.__setattr__(
            self,
            "ae_title",
            check_ae_title(self.ae_title, Message("The storage listener's AE title")),
        )
        check_port(self.port, Message("The storage listener's port"))
        host = self.bind_host.strip()
        if not _BIND_HOST.match(host) or any(int(p) > 255 for p in host.split(".") if p.isdigit()):
            raise ValidationError(
                Message(
                    "The storage listener listens on 0.0.0.0 (every network interface) or on "
                    "one IPv4 address of this machine such as 127.0.0.1 (got '{host}').",
                    host=self.bind_host,
                )
            )
        object.__setattr__(self, "bind_host", host)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready mapping (as kept in settings.json)."""
        return {
            "enabled": self.enabled,
            "ae_title": self.ae_title,
            "port": self.port,
            "bind_host": self.bind_host,
            "accept_unknown_callers": self.accept_unknown_callers,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StorageListenerSettings:
        """Listener settings from :meth:`to_dict`'s mapping (missing keys take defaults).

        Raises
        ------
        ValidationError
            If a value is of the wrong type or out of range.
        """
        try:
            return cls(
                enabled=data.get("enabled", False),
                ae_title=str(data.get("ae_title", "CASEREVIEW")),
                port=int(data.get("port", 11112)),
                bind_host=str(data.get("bind_host", "0.0.0.0")),
                accept_unknown_callers=data.get("accept_unknown_callers", False),
            )
        except (TypeError, ValueError, AttributeError) as exc:
            raise ValidationError(
                Message("The storage listener in the settings is not valid ({exc}).", exc=exc)
            ) from exc
