"""``casereview-cli relay`` and ``casereview-cli session``: remote joint review without a screen.

``relay`` runs nats-server configured for sessions (JetStream, limits, loopback by default) in
the foreground. ``session key`` prints this institution's key card and ``session trust`` accepts
a partner's, so invitations can be made for them. ``session start CASE`` starts a session for a
case exchanged as a package, prints the invitation or one-time code, and presents: every line
on standard input is a change sent to everyone (a script drives the session), until the input
ends or Ctrl-C. ``session join`` joins and prints what happens; ``session follow`` is the same
follower for scripts and benchmarks, printing every event as one JSON line.

Drive lines (``session start``'s standard input) are JSON: ``{"f": FACET, "d": BODY}`` as the
protocol writes them (series named by our own Series Instance UIDs; they are sent as the
package's), or a control command: ``{"control": "take-back"}``, ``{"control": "open"}``,
``{"control": "grant", "to": NAME}``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casereview.app.cli_common import (
    EXIT_OK,
    SubParsers,
    command,
    emit,
    group,
    resolve_case,
)
from casereview.errors import ConfigurationError, ValidationError
from casereview.messages import Message

if TYPE_CHECKING:
    from casereview.app.context import AppContext
    from casereview.joint.client import JointSession, Relay
    from casereview.joint.packages import PackageBinding

#: The relay used when neither --relay, $CASEREVIEW_RELAY nor the invitation names one.
DEFAULT_RELAY = "nats://127.0.0.1:4222"
RELAY_ENV = "CASEREVIEW_RELAY"
DOMAIN_ENV = "CASEREVIEW_RELAY_DOMAIN"
#: How long starting or joining may take before the command gives up (seconds).
JOIN_TIMEOUT_S = 30.0


# --- relay ------------------------------------------------------------------------------------


def cmd_relay(ctx: AppContext, args: argparse.Namespace) -> int:
    """Run the relay in the foreground until Ctrl-C or SIGTERM."""
    from casereview.joint.relay import RelayConfig, parse_listen, run_relay

    host, port = parse_listen(args.listen)
    leaf_host, leaf_port = parse_listen(args.leaf_listen, 7422) if args.leaf_listen else (None, 0)
    config = RelayConfig(
        store_dir=Path(args.store) if args.store else ctx.paths.root / "relay",
        host=host,
        port=port,
        tls_cert=Path(args.tls_cert) if args.tls_cert else None,
        tls_key=Path(args.tls_key) if args.tls_key else None,
        hub=args.hub,
        leaf_host=leaf_host,
        leaf_port=leaf_port or 7422,
        domain=args.domain or ("hub" if leaf_host else None),
    )

    def ready(path: Path) -> None:
        payload = {"event": "relay", "url": config.client_url, "config": str(path)}
        lines = [
            f"relay      {config.client_url}",
            f"config     {path}",
            f"state      {config.store_dir}" if config.hub is None else f"hub        {config.hub}",
        ]
        if config.tls_cert is None and host not in ("127.0.0.1", "::1", "localhost"):
            lines.append(
                "warning    no TLS: payloads stay encrypted end to end, but give --tls-cert "
                "and --tls-key on a network others share."
            )
        lines.append("Ctrl-C stops the relay.")
        if args.json:
            print(json.dumps(payload), flush=True)
        else:
            print("\n".join(lines), flush=True)

    return run_relay(config, ready)


# --- keys -------------------------------------------------------------------------------------


def cmd_session_key(ctx: AppContext, args: argparse.Namespace) -> int:
    """Print this institution's key card (partners trust it to invite us)."""
    from casereview.joint.keys import own_card
    from casereview.services.signing import fingerprint

    card = own_card(ctx.paths.keys, ctx.settings.institution_name)
    emit(
        args,
        {"card": card.text(), "key_fingerprint": fingerprint(card.signing_key)},
        "\n".join(
            [
                card.text(),
                "Send this line to partner institutions: with it they can invite this "
                "institution to joint review sessions",
                f"(it is signed with the key of fingerprint {fingerprint(card.signing_key)}).",
            ]
        ),
    )
    return EXIT_OK


def cmd_session_trust(ctx: AppContext, args: argparse.Namespace) -> int:
    """Accept a partner's key card (signed by a key among the trusted partner keys)."""
    from casereview.joint.keys import trust_card

    partner = trust_card(ctx.paths.keys, args.card, ctx.settings.trusted_keys)
    emit(
        args,
        {"institution": partner.institution, "key_fingerprint": partner.fingerprint},
        f"{partner.institution} can now be invited to joint review sessions.",
    )
    return EXIT_OK


def cmd_session_partners(ctx: AppContext, args: argparse.Namespace) -> int:
    """List the partner institutions that can be invited."""
    from casereview.joint.keys import partner_keys

    partners = partner_keys(ctx.paths.keys, ctx.settings.trusted_keys)
    emit(
        args,
        [{"institution": p.institution, "key_fingerprint": p.fingerprint} for p in partners],
        "\n".join(f"{p.institution}  {p.fingerprint}" for p in partners)
        or "No partner can be invited yet: add their key card with "
        "'casereview-cli session trust CARD'.",
    )
    return EXIT_OK


# --- shared -------------------------------------------------------------------------------------


def _relay(args: argparse.Namespace, invited: str = "") -> Relay:
    from casereview.joint.client import Relay

    url = args.relay or os.environ.get(RELAY_ENV) or invited or DEFAULT_RELAY
    domain = args.relay_domain or os.environ.get(DOMAIN_ENV) or None
    return Relay(url, Path(args.relay_ca) if args.relay_ca else None, domain)


class _Printer:
    """Prints session events as they arrive (on the network thread), one line each."""

    def __init__(
        self,
        args: argparse.Namespace,
        session: JointSession,
        bindings: dict[str, PackageBinding],
        json_lines: bool,
    ) -> None:
        self.args = args
        self.session = session
        self.bindings = bindings
        self.json_lines = json_lines
        self.lock = threading.Lock()
        self.changes = 0
        self.enough = threading.Event()
        session.state_changed.connect(self._state)
        session.control_changed.connect(self._control)
        session.participants_changed.connect(self._participants)
        session.problem.connect(self._problem)
        session.connection_changed.connect(self._connection)
        session.pointer_moved.connect(self._pointer)

    def line(self, payload: dict[str, Any], text: str) -> None:
        with self.lock:
            print(json.dumps(payload, ensure_ascii=False) if self.json_lines else text, flush=True)

    def _name(self, participant_id: str) -> str:
        return self.session.participant_name(participant_id) or participant_id

    def _state(self, change: Any) -> None:
        from casereview.joint.bridge import local_series
        from casereview.joint.protocol import SeriesState

        body = change.value.body() if change.value is not None else None
        payload: dict[str, Any] = {
            "event": "state",
            "facet": change.facet,
            "value": body,
            "from": self._name(change.sender) if change.sender else "",
        }
        if isinstance(change.value, SeriesState) and change.value.package in self.bindings:
            primary, comparison = local_series(self.bindings[change.value.package], change.value)
            payload["local"] = {"primary": primary, "comparison": comparison}
        self.line(payload, f"{change.facet:<20} {json.dumps(body)}")
        self.changes += 1
        if self.args.count and self.changes >= self.args.count:
            self.enough.set()

    def _control(self, change: Any) -> None:
        driver = self._name(change.control.driver)
        self.line(
            {"event": "control", "driver": driver, "mode": change.control.mode.value},
            f"control              {driver} drives"
            + (" (open: the first to ask takes it)" if change.control.mode.value == "open" else ""),
        )

    def _participants(self, participants: Any) -> None:
        listed = [
            {
                "name": p.name,
                "institution": p.institution,
                "role": p.role.value,
                "connection": p.connection.value,
                "driving": p.driving,
                "requesting": p.requesting,
            }
            for p in participants
        ]
        text = ", ".join(
            f"{p.name}{' (drives)' if p.driving else ''}{' (asks for control)' if p.requesting else ''}"
            f"{'' if p.connection.value == 'connected' else ' [' + p.connection.value + ']'}"
            for p in participants
        )
        self.line({"event": "participants", "participants": listed}, f"participants         {text}")

    def _problem(self, problem: Any) -> None:
        error = problem.error
        self.line(
            {"event": "problem", "kind": type(error).__name__, "message": str(error)},
            f"problem              {error}",
        )

    def _connection(self, state: Any) -> None:
        self.line(
            {"event": "connection", "state": state.value}, f"connection           {state.value}"
        )

    def _pointer(self, moved: Any) -> None:
        if self.json_lines:
            self.line({"event": "pointer", "from": moved.name, "pointer": moved.pointer.body()}, "")


def _wait(args: argparse.Namespace, future: Any) -> Any:
    import concurrent.futures

    try:
        return future.result(JOIN_TIMEOUT_S)
    except concurrent.futures.TimeoutError:
        from casereview.joint.errors import RelayUnreachableError

        raise RelayUnreachableError(
            Message(
                "The relay did not answer within {seconds} seconds; nothing was changed.",
                seconds=int(JOIN_TIMEOUT_S),
            )
        ) from None


# --- start and drive ------------------------------------------------------------------------


def cmd_session_start(ctx: AppContext, args: argparse.Namespace) -> int:
    """Start a session for a case exchanged as a package; present from standard input."""
    from casereview.joint.client import start_session
    from casereview.joint.invitation import make_invitation
    from casereview.joint.keys import partner_keys
    from casereview.joint.packages import bind_packages, case_packages, holdings_check
    from casereview.services.signing import load_or_create_signing_key

    case_id = resolve_case(ctx, args.case)
    packages = args.package or case_packages(ctx.db, case_id)
    if not packages:
        raise ValidationError(
            Message(
                "Case #{case_id} was never exchanged as a package, so partners cannot show it "
                "from their own copy. Export it for them first (casereview-cli export), or "
                "import the package they sent.",
                case_id=case_id,
            )
        )
    bindings = bind_packages(ctx.db, packages)
    partners = []
    if args.invite:
        known = {
            p.institution.casefold(): p
            for p in partner_keys(ctx.paths.keys, ctx.settings.trusted_keys)
        }
        for name in args.invite:
            if name.casefold() not in known:
                raise ConfigurationError(
                    Message(
                        "{institution} cannot be invited: add their key card first "
                        "(casereview-cli session trust CARD; session partners lists who can be).",
                        institution=name,
                    )
                )
            partners.append(known[name.casefold()])
    institution = ctx.settings.institution_name
    session = _wait(
        args,
        start_session(
            _relay(args),
            packages,
            name=args.name or ctx.settings.user_display_name,
            institution=institution,
            check=holdings_check(bindings),
        ),
    )
    try:
        invitation = (
            make_invitation(
                session.credentials,
                load_or_create_signing_key(ctx.paths.keys),
                institution,
                partners,
            )
            if partners
            else ""
        )
        code = _wait(args, session.issue_code()) if args.code or not partners else ""
        payload = {
            "event": "started",
            "session": session.session_id,
            "relay": session.relay.url,
            "packages": list(packages),
            "participant": session.participant_id,
            "invitation": invitation,
            "code": code,
        }
        lines = [f"session    {session.session_id}", f"relay      {session.relay.url}"]
        if invitation:
            lines.append(f"invitation {invitation}")
            lines.append(f"           (for {', '.join(p.institution for p in partners)})")
        if code:
            lines.append(
                f"code       {code}  (one join, valid 10 minutes; read it out with the session id)"
            )
        lines.append(
            "Presenting: one change per line on standard input; Ctrl-C or end of input ends."
        )
        printer = _Printer(args, session, bindings, args.json)
        printer.line(payload, "\n".join(lines))
        _drive(session, bindings, printer)
    finally:
        session.leave().result(JOIN_TIMEOUT_S)
    return EXIT_OK


def _drive(session: JointSession, bindings: dict[str, PackageBinding], printer: _Printer) -> None:
    """Apply each line of standard input until it ends (see the module's drive lines)."""
    for raw in sys.stdin:
        text = raw.strip()
        if not text:
            continue
        try:
            _drive_line(session, bindings, json.loads(text), printer)
        except ValueError as exc:
            printer.line(
                {"event": "problem", "kind": "InvalidLine", "message": str(exc)},
                f"problem              not a drive line ({exc})",
            )


def _drive_line(
    session: JointSession,
    bindings: dict[str, PackageBinding],
    line: Any,
    printer: _Printer,
) -> None:
    from casereview.errors import CasereviewError
    from casereview.joint.bridge import series_state
    from casereview.joint.protocol import SeriesState, decode

    if not isinstance(line, dict):
        raise ValueError("a JSON object per line")
    try:
        control = line.get("control")
        if control == "take-back":
            session.take_control_back().result(JOIN_TIMEOUT_S)
        elif control == "open":
            session.open_control().result(JOIN_TIMEOUT_S)
        elif control == "grant":
            wanted = str(line.get("to", ""))
            found = [p for p in session.participants() if wanted in (p.name, p.participant_id)]
            if not found:
                raise ValueError(f"no participant named {wanted!r}")
            session.grant_control(found[0].participant_id).result(JOIN_TIMEOUT_S)
        elif control is not None:
            raise ValueError(f"unknown control command {control!r}")
        else:
            value = decode(str(line.get("f", "")), line.get("d"))
            if isinstance(value, SeriesState) and value.package in bindings:
                value = series_state(bindings[value.package], value.primary, value.comparison)
            if value is None:
                session.remove_annotation(str(line.get("f", "")).removeprefix("annotation/"))
            else:
                session.change(value).result(JOIN_TIMEOUT_S)
    except CasereviewError as exc:
        printer.line(
            {"event": "problem", "kind": type(exc).__name__, "message": str(exc)},
            f"problem              {exc}",
        )


# --- join and follow --------------------------------------------------------------------------


def _join(ctx: AppContext, args: argparse.Namespace, json_lines: bool) -> int:
    from casereview.joint.client import join_session, join_with_code
    from casereview.joint.invitation import open_invitation, read_invitation
    from casereview.joint.keys import load_or_create_agreement_key
    from casereview.joint.packages import bind_packages, holdings_check

    name = args.name or ctx.settings.user_display_name
    institution = ctx.settings.institution_name
    bindings: dict[str, PackageBinding] = {}
    if args.code:
        if not args.session:
            raise ConfigurationError(
                Message("A one-time code needs the session id read out with it: --session ID.")
            )

        def require(packages: tuple[str, ...]) -> None:
            bindings.update(bind_packages(ctx.db, packages))

        def check(value: Any) -> Any:
            return holdings_check(bindings)(value)

        future = join_with_code(
            _relay(args),
            args.session,
            args.code,
            name=name,
            institution=institution,
            require=require,
            check=check,
        )
    elif args.invite:
        text = args.invite
        if text == "-":
            text = sys.stdin.readline()
        credentials = open_invitation(
            text, load_or_create_agreement_key(ctx.paths.keys), ctx.settings.trusted_keys
        )
        bindings.update(bind_packages(ctx.db, credentials.packages))
        relay = _relay(args, str(read_invitation(text).get("relay", "")))
        future = join_session(
            relay, credentials, name=name, institution=institution, check=holdings_check(bindings)
        )
    else:
        raise ConfigurationError(
            Message(
                "Give the invitation (or - to read it from standard input), or --code and --session."
            )
        )
    session = _wait(args, future)
    printer = _Printer(args, session, bindings, json_lines)
    try:
        printer.line(
            {
                "event": "joined",
                "session": session.session_id,
                "participant": session.participant_id,
                "state": {facet: value.body() for facet, value in session.shown().items()},
            },
            f"joined     {session.session_id} on {session.relay.url}; Ctrl-C leaves.",
        )
        for facet, value in sorted(session.shown().items()):
            printer.line(
                {
                    "event": "state",
                    "facet": facet,
                    "value": value.body(),
                    "from": "",
                    "initial": True,
                },
                f"{facet:<20} {json.dumps(value.body())}",
            )
        try:
            printer.enough.wait(args.timeout if args.timeout else None)
        except KeyboardInterrupt:
            pass
    finally:
        session.leave().result(JOIN_TIMEOUT_S)
    return EXIT_OK


def cmd_session_join(ctx: AppContext, args: argparse.Namespace) -> int:
    """Join a session and print what happens in it until Ctrl-C."""
    return _join(ctx, args, args.json)


def cmd_session_follow(ctx: AppContext, args: argparse.Namespace) -> int:
    """Join as a scriptable follower: every event as one JSON line."""
    return _join(ctx, args, True)


# --- parser ---------------------------------------------------------------------------------------


def _relay_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--relay",
        metavar="URL",
        help=f"the relay (nats:// or tls://HOST:PORT; default: ${RELAY_ENV}, the invitation's, "
        f"else {DEFAULT_RELAY})",
    )
    parser.add_argument("--relay-ca", metavar="FILE", help="CA certificate of a TLS relay")
    parser.add_argument(
        "--relay-domain",
        metavar="NAME",
        help=f"the JetStream domain of the state behind a site relay (hub; default: ${DOMAIN_ENV})",
    )
    parser.add_argument("--name", help="your name as the others see it (default: the user's)")


def _join_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "invite",
        nargs="?",
        metavar="INVITE",
        help="the invitation line (- reads it from standard input)",
    )
    parser.add_argument("--code", help="a one-time code read out by the presenter")
    parser.add_argument("--session", metavar="ID", help="the session id read out with the code")
    _relay_options(parser)
    parser.add_argument(
        "--count", type=int, default=0, metavar="N", help="leave after N state changes"
    )
    parser.add_argument(
        "--timeout", type=float, default=0.0, metavar="S", help="leave after S seconds"
    )


def add_commands(commands: SubParsers, common: argparse.ArgumentParser) -> None:
    """Add ``relay`` and ``session …``."""
    relay = command(
        commands,
        "relay",
        common,
        cmd_relay,
        "run the relay of remote joint review sessions (nats-server) in the foreground",
    )
    relay.add_argument(
        "--listen",
        default="127.0.0.1:4222",
        metavar="HOST:PORT",
        help="where workstations connect (default: loopback 127.0.0.1:4222)",
    )
    relay.add_argument("--tls-cert", metavar="FILE", help="TLS certificate (PEM)")
    relay.add_argument("--tls-key", metavar="FILE", help="TLS private key (PEM)")
    relay.add_argument(
        "--store",
        metavar="DIR",
        help="where the sessions' state is kept (default: relay/ in the data directory)",
    )
    relay.add_argument(
        "--hub",
        metavar="URL",
        help="run as a site relay: a leaf node of this hub (nats-leaf:// or tls://HOST:7422)",
    )
    relay.add_argument(
        "--domain",
        metavar="NAME",
        help="JetStream domain of this relay's state (default with --leaf-listen: hub)",
    )
    relay.add_argument(
        "--leaf-listen", metavar="HOST:PORT", help="run as a hub: accept site relays here"
    )

    session = group(
        commands, "session", common, "remote joint review: start, join, follow a live session"
    )
    command(
        session, "key", common, cmd_session_key, "print this institution's key card for partners"
    )
    trust = command(
        session,
        "trust",
        common,
        cmd_session_trust,
        "accept a partner's key card (so they can be invited)",
    )
    trust.add_argument("card", metavar="CARD")
    command(
        session, "partners", common, cmd_session_partners, "list the partners that can be invited"
    )
    start = command(
        session,
        "start",
        common,
        cmd_session_start,
        "start a session for a case exchanged as a package and present it (changes from standard input)",
    )
    start.add_argument("case", metavar="CASE")
    start.add_argument(
        "--package", action="append", metavar="ID", help="only these of the case's packages"
    )
    start.add_argument(
        "--invite",
        action="append",
        metavar="INSTITUTION",
        help="invite a partner (their key card trusted)",
    )
    start.add_argument(
        "--code",
        action="store_true",
        help="also print a one-time code (the default without --invite)",
    )
    _relay_options(start)
    join = command(
        session, "join", common, cmd_session_join, "join a session and watch it until Ctrl-C"
    )
    _join_options(join)
    follow = command(
        session,
        "follow",
        common,
        cmd_session_follow,
        "join as a scriptable follower: every event as a JSON line",
    )
    _join_options(follow)
