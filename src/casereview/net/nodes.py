"""PACS nodes in the settings, their secrets kept apart, and the client for a node.

Nodes (:class:`~casereview.domain.pacs_nodes.DimseNode`,
:class:`~casereview.domain.pacs_nodes.WebNode`) are part of ``settings.json``. A DICOMweb
password or token is not: it goes to ``pacs-secrets.json`` in the keys folder (beside the
signing key), readable by its owner only (0600), written atomically, and never logged or shown.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path

from casereview.domain.pacs_nodes import DimseNode, WebAuth, WebNode, check_node_name
from casereview.domain.settings import Settings
from casereview.errors import ConfigurationError, NotFoundError, ValidationError
from casereview.messages import Message
from casereview.net.dimse import DimseClient
from casereview.net.web import WebClient
from casereview.store.settings_file import load_settings, save_settings

__all__ = [
    "SECRETS_NAME",
    "DimseNode",
    "WebNode",
    "add_node",
    "client_for",
    "find_node",
    "forget_secret",
    "list_nodes",
    "load_secret",
    "remove_node",
    "store_secret",
]

log = logging.getLogger(__name__)

#: The owner-only file of DICOMweb passwords and tokens, by node name.
SECRETS_NAME = "pacs-secrets.json"

PacsNode = DimseNode | WebNode


def list_nodes(settings: Settings) -> list[PacsNode]:
    """Every configured node: DIMSE nodes first, then DICOMweb endpoints, each by name."""
    return [
        *sorted(settings.dimse_nodes, key=lambda n: n.name.casefold()),
        *sorted(settings.web_nodes, key=lambda n: n.name.casefold()),
    ]


def find_node(settings: Settings, name: str) -> PacsNode:
    """The node called ``name`` (letter case does not matter).

    Raises
    ------
    NotFoundError
        If there is none; the message lists the configured names.
    """
    wanted = name.strip().casefold()
    for node in list_nodes(settings):
        if node.name.casefold() == wanted:
            return node
    known = ", ".join(node.name for node in list_nodes(settings)) or "none yet"
    raise NotFoundError(
        Message(
            "No PACS node '{name}' (configured: {known}). Add one with "
            "'casereview-cli pacs node add'.",
            name=name,
            known=known,
        )
    )


def add_node(settings_path: Path, node: PacsNode, *, replace: bool = False) -> Settings:
    """Add ``node`` to the settings file (or replace the node of that name).

    Returns
    -------
    Settings
        The settings as saved.

    Raises
    ------
    ValidationError
        If a node of that name exists and ``replace`` is false.
    ConfigurationError
        If the settings file cannot be read.
    """
    settings = load_settings(settings_path)
    exists = any(n.name.casefold() == node.name.casefold() for n in list_nodes(settings))
    if exists and not replace:
        raise ValidationError(
            Message(
                "A PACS node called '{name}' exists already. Choose another name, or replace "
                "it (--replace).",
                name=node.name,
            )
        )
    dimse = tuple(n for n in settings.dimse_nodes if n.name.casefold() != node.name.casefold())
    web = tuple(n for n in settings.web_nodes if n.name.casefold() != node.name.casefold())
    if isinstance(node, DimseNode):
        dimse = (*dimse, node)
    else:
        web = (*web, node)
    updated = settings.with_changes(dimse_nodes=dimse, web_nodes=web)
    save_settings(settings_path, updated)
    log.info("PACS node added or replaced (%s)", type(node).__name__)
    return updated


def remove_node(settings_path: Path, keys_dir: Path, name: str) -> Settings:
    """Remove the node called ``name`` and forget its secret.

    Raises
    ------
    NotFoundError
        If there is no such node.
    """
    settings = load_settings(settings_path)
    node = find_node(settings, name)
    updated = settings.with_changes(
        dimse_nodes=tuple(n for n in settings.dimse_nodes if n is not node),
        web_nodes=tuple(n for n in settings.web_nodes if n is not node),
    )
    save_settings(settings_path, updated)
    forget_secret(keys_dir, node.name)
    return updated


# --- secrets -------------------------------------------------------------------------------


def _read_secrets(keys_dir: Path) -> dict[str, str]:
    path = keys_dir / SECRETS_NAME
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigurationError(
            Message(
                "The PACS passwords file {name} cannot be read ({reason}). Delete it and store "
                "the passwords or tokens again.",
                name=SECRETS_NAME,
                reason=type(exc).__name__,
            )
        ) from exc
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise ConfigurationError(
            Message(
                "The PACS passwords file {name} is damaged. Delete it and store the passwords "
                "or tokens again.",
                name=SECRETS_NAME,
            )
        )
    return data


def _write_secrets(keys_dir: Path, secrets: dict[str, str]) -> None:
    """Replace the secrets file atomically; it is created 0600 and never exists wider."""
    keys_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp_name = tempfile.mkstemp(prefix=".pacs-secrets.", dir=keys_dir)  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(secrets, handle, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, keys_dir / SECRETS_NAME)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def store_secret(keys_dir: Path, node_name: str, secret: str) -> None:
    """Keep the password or token of node ``node_name`` (owner-only file, never logged).

    Raises
    ------
    ValidationError
        If the secret is empty or spans several lines.
    """
    value = secret.strip()
    if not value or "\n" in value:
        raise ValidationError(
            Message("A password or token is one line of text; the one given was empty.")
        )
    secrets = _read_secrets(keys_dir)
    secrets[check_node_name(node_name).casefold()] = value
    _write_secrets(keys_dir, secrets)


def load_secret(keys_dir: Path, node_name: str) -> str | None:
    """The stored password or token of ``node_name``, or ``None``."""
    return _read_secrets(keys_dir).get(node_name.strip().casefold())


def forget_secret(keys_dir: Path, node_name: str) -> bool:
    """Delete the secret of ``node_name``; whether there was one."""
    secrets = _read_secrets(keys_dir)
    if secrets.pop(node_name.strip().casefold(), None) is None:
        return False
    _write_secrets(keys_dir, secrets)
    return True


def client_for(node: PacsNode, keys_dir: Path, *, method: str = "get") -> DimseClient | WebClient:
    """The client that talks to ``node``: DIMSE (retrieving by ``method``) or DICOMweb.

    Raises
    ------
    ConfigurationError
        If a DICOMweb node needs a secret that is not stored.
    """
    if isinstance(node, DimseNode):
        return DimseClient(node, method)
    secret = load_secret(keys_dir, node.name) if node.auth is not WebAuth.NONE else None
    return WebClient(node, secret)
