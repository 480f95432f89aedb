"""``casereview-cli render``: pictures and movies of an indexed series without a screen."""

from __future__ import annotations

import json
from pathlib import Path

import imageio.v3 as iio
import numpy as np
import pydicom
import pytest

from casereview.app import cli
from casereview.app.cli_render import parse_size
from casereview.app.context import bootstrap
from casereview.domain.rendering import CameraView
from casereview.errors import ValidationError
from casereview.services.rendering import save_view
from casereview.services.volumes import series_id_for_uid
from support import write_ct_slices


@pytest.fixture
def series_uid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    paths = write_ct_slices(tmp_path / "ct", slices=12)
    assert cli.main(["import", str(tmp_path / "ct")]) == 0
    capsys.readouterr()
    return str(pydicom.dcmread(paths[0], stop_before_pixels=True).SeriesInstanceUID)


def test_render_writes_a_picture_at_the_asked_size(
    series_uid: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report" / "anterior.png"
    args = ["render", series_uid, "--preset", "cta", "--view", "right", "--out", str(out)]
    assert cli.main([*args, "--size", "200x150", "--scale", "2", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["picture"] == str(out) and payload["mapper"] == "cpu"
    image = iio.imread(out)
    assert image.shape == (300, 400, 3)
    # The discs (200 HU) of the slices, seen from the side, cover part of the background.
    background = image[0, 0].astype(int)
    assert (np.abs(image.astype(int) - background).sum(axis=2) > 30).mean() > 0.05
    assert cli.main([*args, "--size", "200x150"]) == 0
    assert "CT angiography, right, 200×150 (cpu ray caster)" in capsys.readouterr().out


def test_render_movie_and_saved_view(
    series_uid: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ctx = bootstrap()
    try:
        series_id = series_id_for_uid(ctx.db, series_uid)
        save_view(
            ctx.db,
            ctx.user.username,
            series_id=series_id,
            name="From the right",
            camera=CameraView((-400.0, 25.0, 12.0), (25.0, 25.0, 12.0), (0.0, 0.0, 1.0)),
        )
    finally:
        ctx.close()
    movie = tmp_path / "turn.gif"
    picture = tmp_path / "right.png"
    assert (
        cli.main(
            [
                "render",
                series_uid,
                "--saved-view",
                "from the RIGHT",
                "--out",
                str(picture),
                "--movie",
                str(movie),
                "--frames",
                "6",
                "--size",
                "120x90",
            ]
        )
        == 0
    )
    assert "movie" in capsys.readouterr().out
    frames = iio.imread(movie, index=None)
    assert frames.shape[:3] == (6, 90, 120)
    assert np.array_equal(frames[0][..., :3], iio.imread(picture)[..., :3])
    assert cli.main(["render", series_uid, "--saved-view", "nope", "--out", str(picture)]) == 1
    assert "no saved view 'nope'" in capsys.readouterr().err


def test_render_refuses_unknown_presets_sizes_and_missing_outputs(
    series_uid: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "x.png")
    assert cli.main(["render", series_uid, "--preset", "rainbow", "--out", out]) == 1
    assert "No rendering preset is called 'rainbow'" in capsys.readouterr().err
    assert cli.main(["render", series_uid, "--size", "big", "--out", out]) == 1
    assert "WIDTHxHEIGHT" in capsys.readouterr().err
    assert cli.main(["render", series_uid]) == 1
    assert "--out" in capsys.readouterr().err
    assert cli.main(["render", "1.2.3.4.5", "--out", out]) == 1
    assert parse_size(" 640 x 480 ") == (640, 480)
    with pytest.raises(ValidationError):
        parse_size("5x5")
