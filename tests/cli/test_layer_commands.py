"""``casereview-cli layer``: a partner's answer arrives as a layer that can be hidden and shown."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from cli_support import RunJson

from casereview.app.context import bootstrap

PARTNER = "Partner Hospital"


def _name_institution(home: Path, name: str) -> None:
    ctx = bootstrap(home)
    try:
        ctx.update_settings(ctx.settings.with_changes(institution_name=name))
    finally:
        ctx.close()


def test_a_partners_layer_is_listed_hidden_and_shown(
    demo_home: Path, run_json: RunJson, tmp_path: Path
) -> None:
    partner = tmp_path / "partner"
    _name_institution(partner, PARTNER)
    (case,) = [c for c in run_json(demo_home, "case", "list") if "demo" in c["tags"]]
    # A case travels with its work: mark a point so the package carries the case.
    origin = run_json(
        demo_home, "volume", f"#{case['series_ids'][-1]}", "--out", str(tmp_path / "a.nii.gz")
    )["origin"]
    run_json(
        demo_home,
        "annotation",
        "create",
        str(case["id"]),
        "point",
        "--series",
        str(case["series_ids"][-1]),
        f"--point={origin[0]},{origin[1]},{origin[2]}",
    )
    sent = tmp_path / "case.zip"
    run_json(demo_home, "export", str(case["id"]), "--out", str(sent))
    run_json(partner, "import-package", str(sent), "--accept-untrusted")

    # The partner measures on the series it received and sends its answer back.
    (received,) = run_json(partner, "case", "list")
    (patient,) = run_json(partner, "studies")
    series = [s["id"] for st in patient["studies"] for s in st["series"] if s["modality"] == "CT"][
        -1
    ]
    geometry = run_json(partner, "volume", f"#{series}", "--out", str(tmp_path / "v.nii.gz"))
    origin, spacing = np.asarray(geometry["origin"]), geometry["spacing"]
    direction = np.asarray(geometry["direction"])
    middle = [n // 2 for n in geometry["shape"]]
    a = origin + direction @ (np.array(middle[::-1], float) * np.array(spacing[::-1]))
    b = a + direction[:, 0] * 20.0
    made = run_json(
        partner,
        "annotation",
        "create",
        str(received["id"]),
        "length",
        "--series",
        str(series),
        *(f"--point={p[0]:.4f},{p[1]:.4f},{p[2]:.4f}" for p in (a, b)),
        "--label",
        "SMV contact",
    )
    assert made["summary"] == "Length 20.0 mm"
    answer = tmp_path / "answer.zip"
    run_json(partner, "export", str(received["id"]), "--out", str(answer))
    run_json(demo_home, "import-package", str(answer), "--accept-untrusted")

    layers = {
        layer["name"]: layer for layer in run_json(demo_home, "layer", "list", str(case["id"]))
    }
    assert layers[""]["own"] is True
    assert layers[PARTNER]["annotations"] >= 1 and layers[PARTNER]["visible"] is True

    hidden = run_json(demo_home, "layer", "hide", str(case["id"]), PARTNER)
    assert hidden["visible"] is False and hidden["items"] >= 1
    layers = {
        layer["name"]: layer for layer in run_json(demo_home, "layer", "list", str(case["id"]))
    }
    assert layers[PARTNER]["visible"] is False
    run_json(demo_home, "layer", "show", str(case["id"]), PARTNER)
    layers = {
        layer["name"]: layer for layer in run_json(demo_home, "layer", "list", str(case["id"]))
    }
    assert layers[PARTNER]["visible"] is True
