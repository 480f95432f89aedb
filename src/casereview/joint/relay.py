"""The relay: a nats-server configured for joint review sessions, run in the foreground.

``casereview-cli relay`` writes a nats-server configuration (JetStream on, with limits; loopback
by default; TLS when a certificate is given) into the store folder and runs ``nats-server``
(Debian package ``nats-server``) until Ctrl-C or SIGTERM, which it passes on so the server stops
cleanly. The relay never sees a key: every payload is encrypted end to end and every subject and
bucket name is random (:mod:`casereview.joint.crypto`).

For many hospitals, each site can run a relay of its own as a *leaf node* of a hub
(``--hub URL``): the site relay runs no JetStream of its own, so the session's key-value
buckets live at the hub and every site sees the same state; workstations connect to their
site's relay on the LAN, and the site keeps one connection to the hub. The hub accepts site
relays with ``--leaf-listen HOST:PORT`` and keeps the state in its JetStream domain ``hub``;
workstations at a site connect to their site relay with ``--relay-domain hub``.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from casereview.errors import ConfigurationError
from casereview.joint.errors import RelayError
from casereview.messages import Message

DEFAULT_PORT = 4222
DEFAULT_LEAF_PORT = 7422
CONFIG_NAME = "nats-server.conf"
#: How long to wait for nats-server to accept connections after it starts (seconds).
START_TIMEOUT_S = 10.0


def parse_listen(text: str, default_port: int = DEFAULT_PORT) -> tuple[str, int]:
    """``HOST:PORT`` (or ``HOST``, or ``:PORT``) as a host and a port.

    Raises
    ------
    ConfigurationError
        If the port is not a number from 1 to 65535.
    """
    host, _, port_text = text.strip().rpartition(":") if ":" in text else (text, "", "")
    host = host.strip("[]") or "127.0.0.1"
    try:
        port = int(port_text) if port_text else default_port
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise ConfigurationError(
            Message("Give the address to listen on as HOST:PORT, e.g. 0.0.0.0:4222.")
        )
    return host, port


def _quoted(value: object) -> str:
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


@dataclass(frozen=True)
class RelayConfig:
    """What the relay's nats-server configuration says.

    Attributes
    ----------
    store_dir
        Where JetStream keeps the sessions' state (and where the configuration is written).
    host, port
        Where workstations connect (loopback by default).
    tls_cert, tls_key
        PEM certificate and key: workstations then connect with ``tls://HOST:PORT``.
    hub
        The hub's leaf node URL (``nats-leaf://`` or ``tls://``): run as a site relay.
    leaf_host, leaf_port
        Accept site relays as leaf nodes here (a hub); ``None``: do not.
    domain
        The JetStream domain of this relay's state (a hub's: workstations at the sites reach
        it through their site relay with ``--relay-domain``).
    max_memory, max_file
        JetStream limits in bytes.
    max_connections, max_payload
        Limits of the server.
    """

    store_dir: Path
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    tls_cert: Path | None = None
    tls_key: Path | None = None
    hub: str | None = None
    leaf_host: str | None = None
    leaf_port: int = DEFAULT_LEAF_PORT
    domain: str | None = None
    max_memory: int = 256 * 1024 * 1024
    max_file: int = 8 * 1024 * 1024 * 1024
    max_connections: int = 2000
    max_payload: int = 1024 * 1024
    server_name: str = field(default="casereview-relay")

    def __post_init__(self) -> None:
        if (self.tls_cert is None) != (self.tls_key is None):
            raise ConfigurationError(Message("Give both --tls-cert and --tls-key, or neither."))
        if self.hub is not None and self.leaf_host is not None:
            raise ConfigurationError(
                Message(
                    "A relay is either a hub (--leaf-listen) or a site relay (--hub), not both."
                )
            )

    def text(self) -> str:
        """The nats-server configuration file's content."""
        lines = [
            "# Written by casereview-cli relay: a relay for remote joint review sessions.",
            "# Payloads are encrypted end to end; subjects and bucket names are random.",
            f"server_name: {_quoted(self.server_name)}",
            f"listen: {_quoted(f'{self.host}:{self.port}')}",
            f"max_connections: {self.max_connections}",
            f"max_payload: {self.max_payload}",
            # Seconds between server pings: a dropped workstation is noticed within a minute.
            'ping_interval: "20s"',
            "ping_max: 3",
        ]
        if self.tls_cert is not None and self.tls_key is not None:
            lines += [
                "tls {",
                f"  cert_file: {_quoted(self.tls_cert.resolve())}",
                f"  key_file: {_quoted(self.tls_key.resolve())}",
                "  timeout: 5",
                "}",
            ]
        if self.hub is None:
            # A site relay runs no JetStream: the requests go to the hub, where the state is.
            # (nats-server keeps its files in a "jetstream" folder inside store_dir.)
            lines += [
                "jetstream {",
                f"  store_dir: {_quoted(self.store_dir.resolve())}",
                *([f"  domain: {_quoted(self.domain)}"] if self.domain else []),
                f"  max_memory_store: {self.max_memory}",
                f"  max_file_store: {self.max_file}",
                "}",
            ]
        if self.leaf_host is not None:
            lines += ["leafnodes {", f"  listen: {_quoted(f'{self.leaf_host}:{self.leaf_port}')}"]
            if self.tls_cert is not None and self.tls_key is not None:
                lines += [
                    "  tls {",
                    f"    cert_file: {_quoted(self.tls_cert.resolve())}",
                    f"    key_file: {_quoted(self.tls_key.resolve())}",
                    "  }",
                ]
            lines.append("}")
        if self.hub is not None:
            lines += [
                "leafnodes {",
                "  remotes: [",
                f"    {{ url: {_quoted(self.hub)} }}",
                "  ]",
                "}",
            ]
        return "\n".join(lines) + "\n"

    @property
    def client_url(self) -> str:
        """The URL workstations give to connect (``0.0.0.0`` means this machine's name)."""
        host = socket.gethostname() if self.host in ("0.0.0.0", "::") else self.host
        scheme = "tls" if self.tls_cert is not None else "nats"
        return f"{scheme}://{host}:{self.port}"


def nats_server_binary() -> str:
    """The path of ``nats-server``.

    Raises
    ------
    ConfigurationError
        If it is not installed.
    """
    found = shutil.which("nats-server")
    if found is None:
        raise ConfigurationError(
            Message(
                "nats-server is not installed. Install the Debian package nats-server "
                "(sudo apt-get install nats-server), or give the address of the hospital's own "
                "NATS server instead of running a relay."
            )
        )
    return found


def write_config(config: RelayConfig) -> Path:
    """Write the configuration into the store folder and return its path."""
    config.store_dir.mkdir(parents=True, exist_ok=True)
    path = config.store_dir / CONFIG_NAME
    path.write_text(config.text(), encoding="utf-8")
    return path


def _wait_until_listening(host: str, port: int, process: subprocess.Popen[bytes]) -> bool:
    probe_host = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with socket.create_connection((probe_host, port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


def run_relay(config: RelayConfig, ready: Callable[[Path], None] | None = None) -> int:
    """Run nats-server with ``config`` in the foreground until it stops, Ctrl-C or SIGTERM.

    Parameters
    ----------
    config
        The relay's configuration.
    ready
        Called with the configuration file's path once the relay accepts connections.

    Returns
    -------
    int
        0 when stopped by a signal, else nats-server's exit code.

    Raises
    ------
    ConfigurationError
        If nats-server is not installed.
    RelayError
        If it does not start (the port is taken, the configuration is refused).
    """
    binary = nats_server_binary()
    path = write_config(config)
    process = subprocess.Popen([binary, "-c", str(path)], stdout=subprocess.DEVNULL)
    stopping = False

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        process.terminate()

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        if not _wait_until_listening(config.host, config.port, process):
            process.terminate()
            process.wait(10)
            raise RelayError(
                Message(
                    "The relay did not start: nats-server refused its configuration or port "
                    "{port} is taken. Its messages above say which; the configuration is in "
                    "{path}.",
                    port=config.port,
                    path=path,
                )
            )
        if ready is not None:
            ready(path)
        code = process.wait()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
    return 0 if stopping else code
