"""User settings of one installation, typed and versioned.

The file format lives in ``casereview.store.settings_file``; this module only defines what a
valid setting is, so the GUI, the CLI and the services agree on it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields, replace
from typing import Any

from casereview.domain.meetings import QuorumRule
from casereview.domain.packages import TrustedKey
from casereview.domain.pacs_nodes import DimseNode, StorageListenerSettings, WebNode
from casereview.domain.users import Role
from casereview.errors import ConfigurationError, ValidationError
from casereview.messages import Message

#: Bump when a field changes meaning; ``store.settings_file`` migrates older files forward.
SETTINGS_VERSION = 1


class Language(enum.StrEnum):
    """Interface languages shipped with casereview."""

    ENGLISH = "en"
    CHINESE_SIMPLIFIED = "zh_CN"
    FRENCH = "fr"


def check_relay_url(url: str) -> str:
    """The relay URL of remote sessions, checked: "" or ``nats://``/``tls://`` host and port.

    Raises
    ------
    ConfigurationError
        If it is neither empty nor such a URL.
    """
    url = url.strip()
    if not url:
        return ""
    scheme, _, rest = url.partition("://")
    host, _, port = rest.rpartition(":")
    if (
        scheme.lower() not in ("nats", "tls")
        or not host
        or "/" in rest
        or any(c.isspace() for c in rest)
        or not port.isdigit()
        or not 1 <= int(port) <= 65535
    ):
        raise ConfigurationError(
            Message(
                "Settings: the relay of remote sessions must look like nats://host:4222 or "
                "tls://host:4222 (the address of the hospital's NATS server); leave it empty to "
                "use the one each invitation names."
            )
        )
    return url


@dataclass(frozen=True, slots=True)
class Settings:
    """Settings a user can change in the Settings dialog.

    Parameters
    ----------
    language
        Interface language.
    institution_name
        Name of this hospital, printed on reports and packages.
    user_name, user_display_name, user_role
        Who works at this workstation; recorded as author of cases and audit events.
    hide_phi_by_default
        Start with patient identity hidden on screen (for shared screens).
    volume_cache_mb
        Memory budget for open image volumes.
    quorum_roles, quorum_minimum
        MDT quorum rule: roles (``Role`` values) that must take part, and how many attendees
        present or remote at least; copied into each new meeting.
    trusted_keys
        Partner institutions' public signing keys: case packages they sign verify as trusted.
    dimse_nodes, web_nodes
        The archives this workstation queries, retrieves from and sends to: DICOM (DIMSE)
        nodes and DICOMweb endpoints, each with a name unique among both kinds (secrets are
        kept apart, see ``casereview.net.nodes``).
    storage_listener
        Our storage SCP started with the application (C-MOVE results and images pushed to
        us); disabled by default.
    joint_relay_url
        The relay of remote joint review sessions (``nats://host:port`` or ``tls://host:port``,
        a hospital's own NATS server or ``casereview-cli relay``); "" uses the invitation's.
    version
        Settings format version (see :data:`SETTINGS_VERSION`).
    """

    language: Language = Language.ENGLISH
    institution_name: str = ""
    user_name: str = "local"
    user_display_name: str = "Local user"
    user_role: Role = Role.SURGEON
    hide_phi_by_default: bool = False
    volume_cache_mb: int = 2048
    quorum_roles: tuple[str, ...] = ("surgeon", "radiologist", "oncologist", "pathologist")
    quorum_minimum: int = 4
    trusted_keys: tuple[TrustedKey, ...] = ()
    dimse_nodes: tuple[DimseNode, ...] = ()
    web_nodes: tuple[WebNode, ...] = ()
    storage_listener: StorageListenerSettings = StorageListenerSettings()
    joint_relay_url: str = ""
    version: int = SETTINGS_VERSION

    def __post_init__(self) -> None:
        if not self.user_name.strip():
            raise ConfigurationError(Message("Settings: the user name may not be empty."))
        if not 256 <= self.volume_cache_mb <= 262144:
            raise ConfigurationError(
                Message("Settings: the image memory budget must be between 256 MB and 256 GB.")
            )
        try:
            roles = tuple(Role(r).value for r in self.quorum_roles)
        except ValueError as exc:
            raise ConfigurationError(
                Message("Settings: unknown role in the quorum rule ({exc}).", exc=exc)
            ) from exc
        object.__setattr__(self, "quorum_roles", roles)
        if not 1 <= self.quorum_minimum <= 100:
            raise ConfigurationError(
                Message("Settings: a quorum needs between 1 and 100 attendees.")
            )
        names = [n.name.casefold() for n in self.dimse_nodes] + [
            n.name.casefold() for n in self.web_nodes
        ]
        if len(names) != len(set(names)):
            raise ConfigurationError(
                Message("Settings: two PACS nodes have the same name; give each its own.")
            )
        object.__setattr__(self, "joint_relay_url", check_relay_url(self.joint_relay_url))

    def quorum_rule(self) -> QuorumRule:
        """The MDT quorum rule new meetings get."""
        return QuorumRule(tuple(Role(r) for r in self.quorum_roles), self.quorum_minimum)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.value if isinstance(value, enum.Enum) else value
        out["trusted_keys"] = [key.to_dict() for key in self.trusted_keys]
        out["dimse_nodes"] = [node.to_dict() for node in self.dimse_nodes]
        out["web_nodes"] = [node.to_dict() for node in self.web_nodes]
        out["storage_listener"] = self.storage_listener.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        """Build settings from a mapping, ignoring unknown keys.

        Raises
        ------
        ConfigurationError
            If a value has the wrong type or is out of range.
        """
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        try:
            if "language" in kwargs:
                kwargs["language"] = Language(kwargs["language"])
            if "user_role" in kwargs:
                kwargs["user_role"] = Role(kwargs["user_role"])
            for name in ("institution_name", "user_name", "user_display_name", "joint_relay_url"):
                if name in kwargs and not isinstance(kwargs[name], str):
                    raise TypeError(name)
            if "hide_phi_by_default" in kwargs and not isinstance(
                kwargs["hide_phi_by_default"], bool
            ):
                raise TypeError("hide_phi_by_default")
            if "volume_cache_mb" in kwargs:
                kwargs["volume_cache_mb"] = int(kwargs["volume_cache_mb"])
            if "quorum_roles" in kwargs:
                if not isinstance(kwargs["quorum_roles"], list | tuple):
                    raise TypeError("quorum_roles")
                kwargs["quorum_roles"] = tuple(str(r) for r in kwargs["quorum_roles"])
            if "quorum_minimum" in kwargs:
                kwargs["quorum_minimum"] = int(kwargs["quorum_minimum"])
            if "trusted_keys" in kwargs:
                keys = kwargs["trusted_keys"]
                if not isinstance(keys, list | tuple) or not all(
                    isinstance(k, dict) and {"institution", "public_key"} <= k.keys() for k in keys
                ):
                    raise TypeError("trusted_keys")
                kwargs["trusted_keys"] = tuple(
                    TrustedKey(str(k["institution"]), str(k["public_key"]))
                    for k in kwargs["trusted_keys"]
                )
            for name, node_type in (("dimse_nodes", DimseNode), ("web_nodes", WebNode)):
                if name in kwargs:
                    nodes = kwargs[name]
                    if not isinstance(nodes, list | tuple) or not all(
                        isinstance(n, dict) for n in nodes
                    ):
                        raise TypeError(name)
                    kwargs[name] = tuple(node_type.from_dict(n) for n in nodes)
            if "storage_listener" in kwargs:
                if not isinstance(kwargs["storage_listener"], dict):
                    raise TypeError("storage_listener")
                try:
                    kwargs["storage_listener"] = StorageListenerSettings.from_dict(
                        kwargs["storage_listener"]
                    )
                except ValidationError as exc:
                    raise ConfigurationError(
                        Message(
                            "Settings: {problem} Fix it in settings.json or in the storage "
                            "listener's settings.",
                            problem=exc.message,
                        )
                    ) from exc
        except ValidationError as exc:
            raise ConfigurationError(
                Message(
                    "Settings: {problem} Fix it in settings.json or remove the node.",
                    problem=exc.message,
                )
            ) from exc
        except (ValueError, TypeError) as exc:
            raise ConfigurationError(
                Message(
                    (
                        "Settings: the value of '{exc}' is not valid; fix it in the Settings "
                        "dialog or delete settings.json to start from defaults."
                    ),
                    exc=exc,
                )
            ) from exc
        return cls(**kwargs)

    def with_changes(self, **changes: Any) -> Settings:
        """Return a copy with some fields changed (validated again)."""
        return replace(self, **changes)
