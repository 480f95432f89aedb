"""Every silenced checker warning says why: a ``type: ignore`` or ``noqa`` without a reason
hides a problem from the next engineer, so the suite fails on one."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SUPPRESSION = re.compile(
    r"#\s*(type:\s*ignore(\[[^\]]*\])?|noqa(:\s*[A-Z]+[0-9]+(,\s*[A-Z]+[0-9]+)*)?)"
)
# After the codes: "  # reason" or "(reason)" with at least one word of three letters.
REASON = re.compile(r"^\s*(#|\(|—|-|:)?\s*.*[A-Za-z]{3}")


def suppressions_without_reason(paths: list[Path], root: Path = REPO) -> list[str]:
    found = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = SUPPRESSION.search(line)
            if match is None:
                continue
            if match.group(0).strip() in ("# type: ignore", "# noqa"):
                found.append(f"{path.relative_to(root)}:{number}: bare {match.group(0)!r}")
                continue
            if not REASON.match(line[match.end() :]):
                found.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    return found


def python_files() -> list[Path]:
    return sorted(
        path
        for folder in ("src", "tests", "benchmarks", "packaging")
        for path in (REPO / folder).rglob("*.py")
        if path != Path(__file__).resolve()  # this file's samples are suppressions on purpose
    )


def test_every_suppression_has_a_code_and_a_reason() -> None:
    offenders = suppressions_without_reason(python_files())
    assert not offenders, "say why each check is silenced:\n" + "\n".join(offenders)


def test_the_check_recognises_a_bare_suppression(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "a = 1  # type: ignore[assignment]\n"
        "b = 2  # noqa: F401\n"
        "c = 3  # type: ignore[attr-defined]  # vtk has no stubs\n"
        "d = 4  # noqa\n",
        encoding="utf-8",
    )
    found = suppressions_without_reason([sample], root=tmp_path)
    assert [line.split(":")[1] for line in found] == ["1", "2", "4"]
