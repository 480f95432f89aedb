"""The command line, the data directory, settings and logs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casereview.app import cli
from casereview.app.context import bootstrap
from casereview.app.logging_setup import flush_logging
from casereview.app.paths import resolve_data_dir
from casereview.domain.cases import CaseDraft
from casereview.domain.settings import Language, Settings
from casereview.errors import ConfigurationError
from casereview.services import cases as case_service
from casereview.services.integrity import check_store
from casereview.store.migrate import HEAD_REVISION
from casereview.store.settings_file import load_settings, save_settings
from support import add_sample_imaging, write_ct_file


def test_data_dir_precedence(tmp_path: Path) -> None:
    env = {"CASEREVIEW_HOME": str(tmp_path / "env")}
    assert resolve_data_dir(tmp_path / "flag", env).root == (tmp_path / "flag").resolve()
    assert resolve_data_dir(None, env).root == (tmp_path / "env").resolve()
    platform_default = resolve_data_dir(None, {}).root
    assert platform_default.name == "casereview"


def test_bootstrap_creates_layout_settings_and_user(_isolated_home: Path) -> None:
    ctx = bootstrap()
    try:
        assert ctx.paths.root == _isolated_home.resolve()
        for path in (ctx.paths.database, ctx.paths.logs, ctx.paths.backups, ctx.paths.settings):
            assert path.exists()
        assert ctx.user.username == "local"
        assert ctx.db.schema.action == "created"
    finally:
        ctx.close()


def test_settings_survive_restart_and_bad_files_give_clear_errors(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert load_settings(path) == Settings()
    wanted = Settings(language=Language.CHINESE_SIMPLIFIED, institution_name="华西医院")
    save_settings(path, wanted)
    assert load_settings(path) == wanted
    assert "华西医院" in path.read_text(encoding="utf-8")

    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="delete it"):
        load_settings(path)
    path.write_text(json.dumps({"version": 99}), encoding="utf-8")
    with pytest.raises(ConfigurationError, match="newer casereview"):
        load_settings(path)


def test_cli_info_json(capsys: pytest.CaptureFixture[str], _isolated_home: Path) -> None:
    assert cli.main(["info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["data_dir"] == str(_isolated_home.resolve())
    assert info["schema_revision"] == HEAD_REVISION
    assert info["database_url"].startswith("sqlite")
    # info only reads: the workstation's user is created by the first command that needs it.
    assert info["counts"]["users"] == 0 and info["counts"]["cases"] == 0


def test_cli_options_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "elsewhere"
    assert cli.main(["--json", "--data-dir", str(other), "info"]) == 0
    assert json.loads(capsys.readouterr().out)["data_dir"] == str(other.resolve())


def test_cli_case_list_and_check(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ctx = bootstrap()
    ids = add_sample_imaging(ctx.db, tmp_path / "files")
    case_service.create_case(
        ctx.db, CaseDraft(ids["patient"], "Hilar mass", tags=("liver",)), ctx.user.username
    )
    ctx.close()
    assert cli.main(["case", "list"]) == 0
    assert "Hilar mass" in capsys.readouterr().out
    assert cli.main(["case", "list", "--json", "--status", "closed"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert cli.main(["check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["healthy"] is True

    next((tmp_path / "files").iterdir()).unlink()
    assert cli.main(["check"]) == cli.EXIT_PROBLEMS_FOUND
    assert "missing files   1" in capsys.readouterr().out


def test_cli_reports_a_newer_database_without_traceback(
    capsys: pytest.CaptureFixture[str], _isolated_home: Path
) -> None:
    import sqlite3

    bootstrap().close()
    connection = sqlite3.connect(_isolated_home / "casereview.sqlite")
    connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.commit()
    connection.close()
    assert cli.main(["info"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert "newer casereview" in err and "Traceback" not in err


def _subcommand_paths(parser: object, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    import argparse

    assert isinstance(parser, argparse.ArgumentParser)
    paths = [prefix]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                paths += _subcommand_paths(sub, prefix + (name,))
    return paths


@pytest.mark.parametrize("command", _subcommand_paths(cli.build_parser()))
def test_every_cli_command_has_help(
    command: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main([*command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: casereview-cli") and "--json" in out


def test_entry_points_run_as_programs(_isolated_home: Path) -> None:
    env = {**os.environ, "CASEREVIEW_HOME": str(_isolated_home)}
    bindir = Path(sys.executable).parent
    result = subprocess.run(
        [str(bindir / "casereview-cli"), "info", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["schema_revision"] == HEAD_REVISION
    result = subprocess.run(
        [sys.executable, "-m", "casereview", "info"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and f"schema          {HEAD_REVISION}" in result.stdout
    no_display = {
        k: v for k, v in env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [str(bindir / "casereview")], env=no_display, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2 and "graphical display" in result.stderr


def test_no_phi_in_logs(tmp_path: Path, _isolated_home: Path) -> None:
    marker = "ZZPHIMARKER7741"
    ctx = bootstrap(verbose=True)
    try:
        ids = add_sample_imaging(
            ctx.db, tmp_path / "files", patient_name=f"{marker}^ANNA", patient_id=f"{marker}-ID"
        )
        case = case_service.create_case(
            ctx.db,
            CaseDraft(ids["patient"], "Case for log test", series_ids=(ids["series"],)),
            ctx.user.username,
        )
        case_service.update_case(ctx.db, case.id, ctx.user.username, tags=["x"])
        (tmp_path / "files" / os.listdir(tmp_path / "files")[0]).write_bytes(b"changed")
        assert not check_store(ctx.db).healthy  # logs a warning about the changed file
    finally:
        ctx.close()
    write_ct_file(tmp_path / "dicom" / "1.dcm", name=f"{marker}^EVA", charset="ISO_IR 192")
    assert cli.main(["import", str(tmp_path / "dicom"), "--verbose"]) == 0
    assert cli.main(["import", str(tmp_path / "dicom"), str(tmp_path / "files")]) == 0
    assert cli.main(["info"]) == 0
    assert cli.main(["case", "list", "--verbose"]) == 0
    flush_logging()
    logs = list((_isolated_home / "logs").glob("*.log*"))
    assert logs
    text = "".join(p.read_text(encoding="utf-8") for p in logs)
    assert "case #1 created" in text  # the log is really written to
    assert marker not in text


def test_cli_import_studies_and_case_new(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from pydicom.data import get_testdata_file

    folder = tmp_path / "cd"
    folder.mkdir()
    import shutil

    shutil.copy(get_testdata_file("CT_small.dcm"), folder / "IM1")
    (folder / "notes.txt").write_text("not an image")
    assert cli.main(["import", str(folder), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["imported"] == 1 and report["files_seen"] == 2
    assert report["problems"] == [
        {"path": str((folder / "notes.txt").resolve()), "reason": "not a DICOM file"}
    ]

    assert cli.main(["studies", "--json"]) == 0
    (patient,) = json.loads(capsys.readouterr().out)
    (study,) = patient["studies"]
    assert study["series"][0]["images"] == 1 and study["series"][0]["modality"] == "CT"
    assert cli.main(["studies"]) == 0
    assert study["study_instance_uid"] in capsys.readouterr().out

    assert (
        cli.main(
            [
                "case",
                "new",
                "--study",
                study["study_instance_uid"],
                "--json",
                "--question",
                "Resectable?",
                "--tag",
                "HPB",
            ]
        )
        == 0
    )
    created = json.loads(capsys.readouterr().out)
    assert created["studies"] == 1 and created["status"] == "draft"
    assert created["title"]  # defaulted from the study
    assert cli.main(["case", "new", "--study", "1.2.3.4.5"]) == cli.EXIT_ERROR
    assert "not in the index" in capsys.readouterr().err
    assert cli.main(["case", "new"]) == cli.EXIT_ERROR
    assert "at least one study" in capsys.readouterr().err
