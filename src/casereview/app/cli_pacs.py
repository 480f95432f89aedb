"""``casereview-cli pacs``: query, retrieve from and send to the hospital's archive.

``pacs node add|list|remove`` keeps the archives in the settings (a DICOMweb password or token
in an owner-only file, never on the command line); ``pacs echo|find|get|move|send NODE`` talks
to a DICOM (DIMSE) node, ``--web NODE`` to a DICOMweb endpoint instead. Retrieved images go
through the same import as any folder; a series is indexed only once it is complete, and
retrieving again resumes an interrupted one. ``pacs send NODE --case N`` sends a case's results
(SR, SEG, KOS, outcome PDF) with the case's original UIDs. ``pacs listener show|set`` configures
our storage SCP (started with the application when enabled) and ``pacs listen`` runs it in the
foreground, importing what archives push. Handlers import the network code when they run.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casereview.app.cli_common import (
    EXIT_CANCELLED,
    EXIT_OK,
    EXIT_PROBLEMS_FOUND,
    SubParsers,
    command,
    emit,
    group,
    parse_date,
    stderr_progress,
)
from casereview.errors import ConfigurationError, ValidationError
from casereview.messages import Message

if TYPE_CHECKING:
    from casereview.app.context import AppContext
    from casereview.net.dimse import DimseClient
    from casereview.net.web import WebClient

#: Folder of the data directory where retrieved images are kept (the index points at them).
PACS_FOLDER = "pacs"


# --- nodes ---------------------------------------------------------------------------------


def _read_secret(source: str | None, prompt: str) -> str:
    """A password or token from a file, standard input (``-``) or typed unseen; never an
    argument (it would stay in the shell history and show in ``ps``)."""
    import getpass
    import sys

    if source == "-":
        return sys.stdin.readline().rstrip("\r\n")
    if source is not None:
        try:
            lines = Path(source).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ConfigurationError(
                Message(
                    "The password file {path} cannot be read ({reason}).",
                    path=source,
                    reason=exc.strerror or type(exc).__name__,
                )
            ) from exc
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        raise ConfigurationError(
            Message(
                "There is no terminal to type the password or token on: give it with "
                "--secret-file (a file, or - for standard input)."
            )
        )
    return getpass.getpass(prompt)


def _node_json(node: Any) -> dict[str, Any]:
    from casereview.domain.pacs_nodes import DimseNode

    kind = "dimse" if isinstance(node, DimseNode) else "dicomweb"
    return {"kind": kind, **node.to_dict()}


def _node_text(node: Any) -> str:
    from casereview.domain.pacs_nodes import DimseNode

    if isinstance(node, DimseNode):
        return (
            f"{node.name:<20} DICOM     {node.ae_title}@{node.host}:{node.port}  "
            f"(we are {node.our_ae_title}, C-MOVE port {node.our_port})"
        )
    auth = node.auth.value + (f" as {node.username}" if node.username else "")
    return f"{node.name:<20} DICOMweb  {node.base_url}  ({auth})"


def cmd_node_add(ctx: AppContext, args: argparse.Namespace) -> int:
    """Add (or with --replace, change) a DICOM node or a DICOMweb endpoint."""
    from casereview.domain.pacs_nodes import DimseNode, WebAuth, WebNode
    from casereview.net.nodes import add_node, store_secret

    node: DimseNode | WebNode
    if args.web:
        if args.ae_title or args.host or args.port:
            raise ValidationError(
                Message("A DICOMweb node has an address (--web URL), not an AE title or port.")
            )
        node = WebNode(
            args.name,
            args.web,
            WebAuth(args.auth),
            args.username or "",
            timeout=args.timeout or 60.0,
        )
    else:
        if not (args.ae_title and args.host and args.port):
            raise ValidationError(
                Message(
                    "A DICOM node needs --ae-title, --host and --port (or --web URL for a "
                    "DICOMweb endpoint)."
                )
            )
        node = DimseNode(
            args.name,
            args.ae_title,
            args.host,
            args.port,
            our_ae_title=args.our_ae_title,
            our_port=args.our_port,
            timeout=args.timeout or 30.0,
        )
    secret = None
    if isinstance(node, WebNode) and node.auth is not WebAuth.NONE:
        what = "Password" if node.auth is WebAuth.BASIC else "Access token"
        secret = _read_secret(args.secret_file, f"{what} for {node.name}: ")
    settings = add_node(ctx.paths.settings, node, replace=args.replace)
    if secret is not None:
        store_secret(ctx.paths.keys, node.name, secret)
    ctx.settings = settings
    emit(args, _node_json(node), "added  " + _node_text(node))
    return EXIT_OK


def cmd_node_list(ctx: AppContext, args: argparse.Namespace) -> int:
    """List the configured nodes (never their secrets)."""
    from casereview.net.nodes import list_nodes

    nodes = list_nodes(ctx.settings)
    emit(
        args,
        [_node_json(n) for n in nodes],
        "\n".join(_node_text(n) for n in nodes)
        or "No PACS node yet; add one with 'casereview-cli pacs node add'.",
    )
    return EXIT_OK


def cmd_node_remove(ctx: AppContext, args: argparse.Namespace) -> int:
    """Remove a node and forget its password or token."""
    from casereview.net.nodes import find_node, remove_node

    node = find_node(ctx.settings, args.name)
    ctx.settings = remove_node(ctx.paths.settings, ctx.paths.keys, node.name)
    emit(args, {"removed": node.name}, f"removed {node.name}")
    return EXIT_OK


# --- talking to a node ---------------------------------------------------------------------


def _client(ctx: AppContext, args: argparse.Namespace, method: str = "get") -> Any:
    """The client of the node the command names (positional NODE: DIMSE; --web NODE)."""
    from casereview.domain.pacs_nodes import DimseNode, WebNode
    from casereview.net.nodes import client_for, find_node

    if (args.node is None) == (args.web is None):
        raise ValidationError(
            Message("Name one node: NODE for a DICOM node, or --web NODE for a DICOMweb one.")
        )
    name = args.web if args.web is not None else args.node
    node = find_node(ctx.settings, name)
    if args.web is not None and not isinstance(node, WebNode):
        raise ValidationError(
            Message("{name} is a DICOM node: name it without --web.", name=node.name)
        )
    if args.web is None and not isinstance(node, DimseNode):
        raise ValidationError(
            Message("{name} is a DICOMweb node: name it with --web.", name=node.name)
        )
    return client_for(node, ctx.paths.keys, method=method)


def cmd_echo(ctx: AppContext, args: argparse.Namespace) -> int:
    """Check that a node answers (C-ECHO, or a QIDO-RS probe with --web)."""
    client: DimseClient | WebClient = _client(ctx, args)
    seconds = client.echo()
    emit(
        args,
        {"node": client.node_name, "protocol": client.protocol, "seconds": round(seconds, 3)},
        f"{client.node_name} answers ({seconds * 1000:.0f} ms).",
    )
    return EXIT_OK


def cmd_find(ctx: AppContext, args: argparse.Namespace) -> int:
    """Search a node for patients, studies or series; say what is already here."""
    from casereview.net.query import PacsQuery, QueryLevel
    from casereview.services.pacs import local_presence

    client: DimseClient | WebClient = _client(ctx, args)
    query = PacsQuery(
        level=QueryLevel(args.level.upper()),
        patient_name=args.name or "",
        patient_id=args.patient_id or "",
        accession_number=args.accession or "",
        date_from=parse_date(args.date_from),
        date_to=parse_date(args.date_to),
        modality=args.modality or "",
        study_instance_uid=args.study or "",
    )
    matches = client.find(query)
    presence = local_presence(ctx.db, matches)
    payload = [
        {**m.to_dict(), "local": {"instances": p.instances, "state": p.state}}
        for m, p in zip(matches, presence, strict=True)
    ]
    lines: list[str] = []
    for m, p in zip(matches, presence, strict=True):
        here = {"absent": "", "partial": "  [partly here]", "complete": "  [here]"}[p.state]
        count = "?" if m.number_of_instances is None else str(m.number_of_instances)
        if m.level is QueryLevel.PATIENT:
            lines.append(
                f"{m.patient_name or '(no name)'}  [{m.patient_id}]  {m.birth_date}  "
                f"{_count(m.number_of_studies, 'study', 'studies')}, {count} images{here}"
            )
        elif m.level is QueryLevel.STUDY:
            lines.append(
                f"{m.study_date}  {m.patient_name}  [{m.patient_id}]  "
                f"{'/'.join(m.modalities)}  {m.study_description}  ({count} images)  "
                f"{m.study_instance_uid}{here}"
            )
        else:
            number = "" if m.series_number is None else f"{m.series_number}: "
            lines.append(
                f"{m.modality:<4} {number}{m.series_description}  ({count} images)  "
                f"study {m.study_instance_uid}  series {m.series_instance_uid}{here}"
            )
    emit(args, payload, "\n".join(lines) if lines else "Nothing matches.")
    return EXIT_OK


def _count(n: int | None, one: str, many: str) -> str:
    if n is None:
        return f"? {many}"
    return f"{n} {one if n == 1 else many}"


def _retrieve(ctx: AppContext, args: argparse.Namespace, method: str) -> int:
    from casereview.services.pacs import SeriesState, retrieve

    client = _client(ctx, args, method)
    report = retrieve(
        ctx.db,
        client,
        args.study,
        args.series or None,
        ctx.user.username,
        pacs_dir=ctx.paths.root / PACS_FOLDER,
        staging_dir=ctx.paths.imports,
        quarantine_dir=ctx.paths.quarantine,
        progress=stderr_progress(args),
    )
    payload = {
        "complete": report.complete,
        "imported": report.imported,
        "series": [
            {
                "study_instance_uid": s.study_instance_uid,
                "series_instance_uid": s.series_instance_uid,
                "series_number": s.series_number,
                "modality": s.modality,
                "announced": s.announced,
                "available": s.available,
                "imported": s.imported,
                "state": s.state,
                "message": s.message,
            }
            for s in report.series
        ],
        "problems": [{"path": p.path, "reason": p.reason} for p in report.problems],
    }
    words = {
        SeriesState.IMPORTED: "imported",
        SeriesState.ALREADY_LOCAL: "already here",
        SeriesState.INCOMPLETE: "INCOMPLETE",
    }
    lines = []
    for s in report.series:
        number = "?" if s.series_number is None else s.series_number
        lines.append(
            f"series {number:<4} {s.modality:<4} {words[s.state]:<13} "
            f"{s.available}/{s.announced if s.announced is not None else '?'} images  "
            f"{s.series_instance_uid}"
        )
        if s.message:
            lines.append(f"  {s.message}")
    lines.extend(f"not imported: {p.path}: {p.reason}" for p in report.problems)
    lines.append(f"imported {report.imported} images")
    emit(args, payload, "\n".join(lines))
    return EXIT_OK if report.complete and not report.problems else EXIT_PROBLEMS_FOUND


def cmd_get(ctx: AppContext, args: argparse.Namespace) -> int:
    """Retrieve a study or series by C-GET (or WADO-RS with --web) and import it."""
    return _retrieve(ctx, args, "get")


def cmd_move(ctx: AppContext, args: argparse.Namespace) -> int:
    """Retrieve a study or series by C-MOVE to our own storage SCP and import it."""
    if args.web is not None:
        raise ValidationError(
            Message("C-MOVE is a DICOM service; for a DICOMweb node use 'pacs get --web NODE'.")
        )
    return _retrieve(ctx, args, "move")


def cmd_send(ctx: AppContext, args: argparse.Namespace) -> int:
    """Send DICOM files, or a case's results (--case), by C-STORE (STOW-RS with --web), audited."""
    from casereview.services.pacs import send_files

    items = list(args.items)
    args.node = items.pop(0) if args.web is None and items else None
    if args.case is not None:
        if items:
            raise ValidationError(
                Message("Send either a case's results (--case) or files, not both.")
            )
        return _send_case(ctx, args)
    if args.what is not None:
        raise ValidationError(Message("--what chooses among a case's results: add --case N."))
    if not items:
        raise ValidationError(
            Message("Name the DICOM files to send after the node, or a case with --case N.")
        )
    client = _client(ctx, args)
    files = [Path(p) for p in items]
    outcome = send_files(ctx.db, client, files, ctx.user.username, progress=stderr_progress(args))
    payload = {
        "node": client.node_name,
        "sent": list(outcome.sent),
        "failures": [{"path": str(p), "reason": r} for p, r in outcome.failures],
        "cancelled": outcome.cancelled,
    }
    lines = [
        f"sent to {client.node_name}: {len(outcome.sent)} of {len(files)}",
        *(f"  not sent: {p}: {r}" for p, r in outcome.failures),
    ]
    emit(args, payload, "\n".join(lines))
    if outcome.cancelled:
        return EXIT_CANCELLED
    return EXIT_PROBLEMS_FOUND if outcome.failures else EXIT_OK


def _result_kinds(text: str | None) -> tuple[Any, ...]:
    """``--what sr,seg`` as result kinds (every kind when not given)."""
    from casereview.services.pacs_results import ALL_KINDS, ResultKind

    if text is None:
        return ALL_KINDS
    words = [w.strip().lower() for w in text.split(",") if w.strip()]
    unknown = [w for w in words if w not in {k.value for k in ResultKind}]
    if unknown or not words:
        raise ValidationError(
            Message(
                "--what takes sr, seg, kos and pdf separated by commas (got '{what}').",
                what=text,
            )
        )
    return tuple(ResultKind(w) for w in words)


def _send_case(ctx: AppContext, args: argparse.Namespace) -> int:
    """``pacs send NODE --case N``: the case's SR, SEG, KOS and outcome PDF."""
    from casereview.app.cli_common import resolve_case
    from casereview.app.exchange_setup import register_exchange_providers
    from casereview.services.pacs_results import case_results, send_case_results

    kinds = _result_kinds(args.what)
    case_id = resolve_case(ctx, args.case)
    client = _client(ctx, args)
    register_exchange_providers()  # the results are the objects a package would carry
    results = case_results(ctx.db, case_id, kinds)
    outcome = send_case_results(
        ctx.db,
        client,
        case_id,
        ctx.user.username,
        work_dir=ctx.paths.cache,
        progress=stderr_progress(args),
        results=results,
    )
    payload = {
        "node": client.node_name,
        "case": case_id,
        "results": [
            {
                "kind": r.kind.value,
                "description": r.description,
                "sop_class_uid": r.sop_class_uid,
            }
            for r in results
        ],
        "sent": list(outcome.sent),
        "failures": [{"file": p.name, "reason": r} for p, r in outcome.failures],
        "cancelled": outcome.cancelled,
    }
    lines = [f"{r.kind.value.upper():<4} {r.description}" for r in results]
    lines.append(f"sent to {client.node_name}: {len(outcome.sent)} of {len(results)}")
    lines.extend(f"  not sent: {p.name}: {r}" for p, r in outcome.failures)
    emit(args, payload, "\n".join(lines))
    if outcome.cancelled:
        return EXIT_CANCELLED
    return EXIT_PROBLEMS_FOUND if outcome.failures else EXIT_OK


# --- the storage listener ------------------------------------------------------------------


def _listener_text(listener: Any, known: tuple[str, ...]) -> str:
    callers = (
        "any caller"
        if listener.accept_unknown_callers
        else ("callers " + ", ".join(known) if known else "no caller yet (add a DICOM node)")
    )
    state = "enabled" if listener.enabled else "disabled"
    return (
        f"storage listener {state}: {listener.ae_title} on "
        f"{listener.bind_host}:{listener.port}, accepting {callers}"
    )


def cmd_listener_show(ctx: AppContext, args: argparse.Namespace) -> int:
    """Show the storage listener's settings."""
    from casereview.net.storage_scp import known_callers

    listener = ctx.settings.storage_listener
    known = known_callers(ctx.settings)
    emit(
        args,
        {**listener.to_dict(), "known_callers": list(known)},
        _listener_text(listener, known),
    )
    return EXIT_OK


def cmd_listener_set(ctx: AppContext, args: argparse.Namespace) -> int:
    """Change the storage listener's settings (started with the application when enabled)."""
    from dataclasses import replace

    from casereview.net.storage_scp import known_callers
    from casereview.store.settings_file import load_settings, save_settings

    settings = load_settings(ctx.paths.settings)
    current = settings.storage_listener
    changes: dict[str, Any] = {}
    if args.enabled is not None:
        changes["enabled"] = args.enabled
    if args.ae_title is not None:
        changes["ae_title"] = args.ae_title
    if args.port is not None:
        changes["port"] = args.port
    if args.bind is not None:
        changes["bind_host"] = args.bind
    if args.accept_unknown is not None:
        changes["accept_unknown_callers"] = args.accept_unknown
    if not changes:
        raise ValidationError(
            Message(
                "Say what to change: --enable or --disable, --ae-title, --port, --bind, "
                "--accept-unknown or --known-only."
            )
        )
    listener = replace(current, **changes)
    settings = settings.with_changes(storage_listener=listener)
    save_settings(ctx.paths.settings, settings)
    ctx.settings = settings
    known = known_callers(settings)
    emit(
        args,
        {**listener.to_dict(), "known_callers": list(known)},
        _listener_text(listener, known),
    )
    return EXIT_OK


def _event(args: argparse.Namespace, payload: dict[str, Any], text: str) -> None:
    """One line of ``pacs listen``: text, or with ``--json`` one JSON object a line."""
    print(json.dumps(payload, ensure_ascii=False) if args.json else text, flush=True)


def cmd_listen(ctx: AppContext, args: argparse.Namespace) -> int:
    """Run the storage listener in the foreground, importing what arrives, until stopped.

    Prints a line when it listens, one per imported series (internal id, modality, number,
    images: no patient data) and one when it stops (Ctrl-C or SIGTERM); what arrived before
    the stop is imported first.
    """
    import signal
    import threading

    from casereview.net.storage_scp import StorageListener, known_callers
    from casereview.services.pacs_incoming import IncomingImporter, series_summaries

    stop = threading.Event()
    imported: set[int] = set()

    def report(series_ids: list[int]) -> None:
        imported.update(series_ids)
        for s in series_summaries(ctx.db, series_ids):
            number = "?" if s.series_number is None else s.series_number
            _event(
                args,
                {
                    "event": "imported",
                    "series_id": s.id,
                    "modality": s.modality,
                    "series_number": s.series_number,
                    "images": s.instance_count,
                },
                f"imported series #{s.id}: {s.modality or '?'} series {number}, "
                f"{s.instance_count} images",
            )

    settings = ctx.settings.storage_listener
    known = known_callers(ctx.settings)
    importer = IncomingImporter(
        ctx.db,
        ctx.user.username,
        pacs_dir=ctx.paths.root / PACS_FOLDER,
        staging_dir=ctx.paths.imports,
        quarantine_dir=ctx.paths.quarantine,
        quiet_seconds=args.quiet_seconds,
        on_imported=report,
    )
    listener = StorageListener(settings, known, importer)
    previous = signal.signal(signal.SIGTERM, lambda _signum, _frame: stop.set())
    try:
        listener.start()
        host, port = listener.address
        callers = "any caller" if settings.accept_unknown_callers else ", ".join(known)
        _event(
            args,
            {"event": "listening", "ae_title": settings.ae_title, "host": host, "port": port},
            f"listening as {settings.ae_title} on {host}:{port} for "
            f"{callers or 'no caller (add a DICOM node)'}; Ctrl-C stops",
        )
        try:
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass  # as SIGTERM: stop listening, import what came
    finally:
        signal.signal(signal.SIGTERM, previous)
        listener.stop()
        importer.close()  # imports what arrived before the stop
    _event(
        args,
        {"event": "stopped", "imported_series": len(imported)},
        f"stopped; {len(imported)} series imported",
    )
    return EXIT_OK


# --- the parser ----------------------------------------------------------------------------


def _node_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("node", nargs="?", metavar="NODE", help="a DICOM (DIMSE) node's name")
    parser.add_argument("--web", metavar="NODE", help="a DICOMweb node's name instead")


def _retrieve_arguments(parser: argparse.ArgumentParser) -> None:
    _node_arguments(parser)
    parser.add_argument("--study", required=True, metavar="UID", help="Study Instance UID")
    parser.add_argument(
        "--series",
        action="append",
        metavar="UID",
        help="only this series of the study (repeat for several; default: every series)",
    )


def add_commands(commands: SubParsers, common: argparse.ArgumentParser) -> None:
    """Add ``pacs`` and its actions to the parser."""
    pacs = group(
        commands,
        "pacs",
        common,
        "query, retrieve from and send to the hospital's archive (DICOM or DICOMweb)",
    )
    nodes_parser = pacs.add_parser(
        "node", parents=[common], help="add, list or remove archives", description="PACS nodes"
    )
    nodes: SubParsers = nodes_parser.add_subparsers(
        dest="pacs_node_command", metavar="ACTION", required=True
    )
    add = command(
        nodes,
        "add",
        common,
        cmd_node_add,
        "add a DICOM node (--ae-title, --host, --port) or a DICOMweb endpoint (--web URL)",
    )
    add.add_argument("name", metavar="NAME", help="what you call the archive")
    add.add_argument("--ae-title", help="the archive's AE title")
    add.add_argument("--host", help="the archive's host name or address")
    add.add_argument("--port", type=int, help="the archive's DICOM port")
    add.add_argument("--our-ae-title", default="CASEREVIEW", help="our AE title")
    add.add_argument(
        "--our-port", type=int, default=11112, help="our port for C-MOVE (default 11112)"
    )
    add.add_argument("--web", metavar="URL", help="DICOMweb base URL instead of a DICOM node")
    add.add_argument("--auth", choices=["none", "basic", "bearer"], default="none")
    add.add_argument("--username", help="user name for basic authentication")
    add.add_argument(
        "--secret-file",
        metavar="FILE",
        help="read the password or token from FILE (- for stdin); asked unseen otherwise",
    )
    add.add_argument("--timeout", type=float, help="seconds to wait for an answer")
    add.add_argument("--replace", action="store_true", help="replace a node of that name")
    command(nodes, "list", common, cmd_node_list, "list the archives")
    remove = command(nodes, "remove", common, cmd_node_remove, "remove an archive")
    remove.add_argument("name", metavar="NAME")

    _node_arguments(command(pacs, "echo", common, cmd_echo, "check that an archive answers"))
    find = command(pacs, "find", common, cmd_find, "search an archive")
    _node_arguments(find)
    find.add_argument("--level", choices=["patient", "study", "series"], default="study")
    find.add_argument("--name", help="patient name or its beginning (* and ? wildcards)")
    find.add_argument("--patient-id", help="Patient ID")
    find.add_argument("--accession", help="accession number")
    find.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="studies from")
    find.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="studies until")
    find.add_argument("--modality", help="CT, MR …")
    find.add_argument("--study", metavar="UID", help="only this study (with --level series)")
    _retrieve_arguments(
        command(
            pacs,
            "get",
            common,
            cmd_get,
            "retrieve a study or series by C-GET (WADO-RS with --web) and import it",
        )
    )
    _retrieve_arguments(
        command(
            pacs,
            "move",
            common,
            cmd_move,
            "retrieve a study or series by C-MOVE to our storage SCP and import it",
        )
    )
    send = command(
        pacs,
        "send",
        common,
        cmd_send,
        "send a case's results (--case) or DICOM files by C-STORE (STOW-RS with --web)",
        usage=("%(prog)s (NODE | --web NODE) (--case N [--what sr,seg,kos,pdf] | FILE [FILE ...])"),
    )
    # NODE then files, or --web NODE and only files: one list argparse can split unambiguously.
    send.add_argument(
        "items", nargs="*", metavar="FILE", help="the node (without --web), then files"
    )
    send.add_argument("--web", metavar="NODE", help="a DICOMweb node's name instead")
    send.add_argument(
        "--case", metavar="N", help="send this case's results (SR, SEG, KOS, outcome PDF)"
    )
    send.add_argument(
        "--what",
        metavar="KINDS",
        help="only these results, e.g. sr,seg (of sr, seg, kos, pdf; default all)",
    )

    listener_parser = pacs.add_parser(
        "listener",
        parents=[common],
        help="show or change the storage listener (our DICOM port for archives)",
        description="The storage listener: where archives send C-MOVE results and pushed images",
    )
    listener: SubParsers = listener_parser.add_subparsers(
        dest="pacs_listener_command", metavar="ACTION", required=True
    )
    command(listener, "show", common, cmd_listener_show, "show the listener's settings")
    change = command(listener, "set", common, cmd_listener_set, "change the listener's settings")
    state = change.add_mutually_exclusive_group()
    state.add_argument(
        "--enable", dest="enabled", action="store_const", const=True, default=None,
        help="start it with the application",
    )  # fmt: skip
    state.add_argument(
        "--disable", dest="enabled", action="store_const", const=False,
        help="do not start it with the application",
    )  # fmt: skip
    change.add_argument("--ae-title", help="our AE title as the archives know it")
    change.add_argument("--port", type=int, help="the port to listen on (e.g. 11112)")
    change.add_argument(
        "--bind", metavar="ADDRESS", help="0.0.0.0 (every interface) or one address of ours"
    )
    callers = change.add_mutually_exclusive_group()
    callers.add_argument(
        "--accept-unknown", dest="accept_unknown", action="store_const", const=True,
        default=None, help="take images from any caller",
    )  # fmt: skip
    callers.add_argument(
        "--known-only", dest="accept_unknown", action="store_const", const=False,
        help="take images only from the configured DICOM nodes' AE titles (the default)",
    )  # fmt: skip
    listen = command(
        pacs,
        "listen",
        common,
        cmd_listen,
        "run the storage listener here and import what archives send, until Ctrl-C",
    )
    listen.add_argument(
        "--quiet-seconds",
        type=float,
        default=5.0,
        metavar="S",
        help="import a pushed series once no image of it came for S seconds (default 5)",
    )
