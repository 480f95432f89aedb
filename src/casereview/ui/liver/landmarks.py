"""Placing the Couinaud landmarks on the slice view, in order, with an instruction for each.

:class:`LandmarkSteps` keeps the points (Qt-free logic: add, undo, next, complete);
:class:`LandmarkPanel` shows the instruction of the current step, what was placed, and the
Undo / Next landmark / Build segments buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.liver_plan_record import CouinaudLandmarksLps

Point = tuple[float, float, float]


@dataclass(frozen=True)
class Step:
    """One landmark: its key, name, instruction and how many points it takes."""

    key: str
    name: str
    instruction: str
    minimum: int
    maximum: int | None


#: The landmarks in the order they are placed (English; translated in the "LiverLandmarks"
#: context when shown).
STEPS: tuple[Step, ...] = (
    Step(
        "ivc_confluence",
        str(QT_TRANSLATE_NOOP("LiverLandmarks", "IVC at the confluence")),
        str(
            QT_TRANSLATE_NOOP(
                "LiverLandmarks",
                "Click the centre of the IVC on the slice where the hepatic veins open into it.",
            )
        ),
        1,
        1,
    ),
    Step(
        "ivc_inferior",
        str(QT_TRANSLATE_NOOP("LiverLandmarks", "IVC, lower point")),
        str(
            QT_TRANSLATE_NOOP(
                "LiverLandmarks",
                "Scroll down at least 1 cm (to the caudate process) and click the centre of the IVC.",
            )
        ),
        1,
        1,
    ),
    Step(
        "right_hepatic_vein",
        str(QT_TRANSLATE_NOOP("LiverLandmarks", "Right hepatic vein")),
        str(
            QT_TRANSLATE_NOOP(
                "LiverLandmarks",
                "Click two or more points along the right hepatic vein, from the IVC outwards; "
                "then press Next landmark.",
            )
        ),
        2,
        None,
    ),
    Step(
        "middle_hepatic_vein",
        str(QT_TRANSLATE_NOOP("LiverLandmarks", "Middle hepatic vein")),
        str(
            QT_TRANSLATE_NOOP(
                "LiverLandmarks",
                "Click two or more points along the middle hepatic vein, from the IVC outwards; "
                "then press Next landmark.",
            )
        ),
        2,
        None,
    ),
    Step(
        "left_hepatic_vein",
        str(QT_TRANSLATE_NOOP("LiverLandmarks", "Left hepatic vein")),
        str(
            QT_TRANSLATE_NOOP(
                "LiverLandmarks",
                "Click two or more points along the left hepatic vein, from the IVC outwards; "
                "then press Next landmark.",
            )
        ),
        2,
        None,
    ),
    Step(
        "portal_bifurcation",
        str(QT_TRANSLATE_NOOP("LiverLandmarks", "Portal bifurcation")),
        str(
            QT_TRANSLATE_NOOP(
                "LiverLandmarks",
                "Click where the main portal vein divides into its right and left branches.",
            )
        ),
        1,
        1,
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LiverLandmarks", text)


@dataclass
class LandmarkSteps:
    """The landmarks placed so far (array-frame ``(z, y, x)`` mm), step by step."""

    points: list[list[Point]] = field(default_factory=lambda: [[] for _ in STEPS])
    current: int = 0

    @property
    def step(self) -> Step | None:
        """The landmark placed next (``None`` when all are placed)."""
        return STEPS[self.current] if self.current < len(STEPS) else None

    @property
    def complete(self) -> bool:
        """Whether every landmark has its points."""
        return all(len(p) >= s.minimum for p, s in zip(self.points, STEPS, strict=True))

    def can_advance(self) -> bool:
        """Whether the current landmark has enough points to go on to the next."""
        step = self.step
        return step is not None and len(self.points[self.current]) >= step.minimum

    def add(self, point: Point) -> None:
        """Place a point of the current landmark (moves on when it has all it takes)."""
        step = self.step
        if step is None:
            return
        self.points[self.current].append(point)
        if step.maximum is not None and len(self.points[self.current]) >= step.maximum:
            self.current += 1

    def advance(self) -> None:
        """Go on to the next landmark (the current one has enough points)."""
        if self.can_advance():
            self.current += 1

    def undo(self) -> None:
        """Take back the last point placed (going back a landmark when needed)."""
        for index in range(min(self.current, len(STEPS) - 1), -1, -1):
            if self.points[index]:
                self.points[index].pop()
                self.current = index
                return

    def placed(self) -> list[tuple[str, Point]]:
        """Every point with its landmark's English name, in order."""
        return [(s.name, p) for s, pts in zip(STEPS, self.points, strict=True) for p in pts]

    def to_lps(self, convert: Callable[[list[Point]], list[Point]]) -> CouinaudLandmarksLps:
        """The landmarks in patient coordinates (``convert``: array-frame points → LPS)."""
        lps = [convert(points) if points else [] for points in self.points]
        return CouinaudLandmarksLps(
            lps[0][0],
            lps[1][0],
            tuple(lps[2]),
            tuple(lps[3]),
            tuple(lps[4]),
            lps[5][0],
        )


class LandmarkPanel(QWidget):
    """Instruction, placed points and the buttons of the landmark mode."""

    #: "Place landmarks" was toggled (True: clicks on the slice place landmarks).
    placing_toggled = Signal(bool)
    undo_requested = Signal()
    next_requested = Signal()
    build_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("landmarkPanel")
        self.place_button = QPushButton(self.tr("Place landmarks"), self)
        self.place_button.setObjectName("placeLandmarksButton")
        self.place_button.setCheckable(True)
        self.place_button.setToolTip(
            self.tr("Click the landmarks on the slice, in the order asked, to build the segments")
        )
        self.instruction = QLabel(self)
        self.instruction.setObjectName("landmarkInstruction")
        self.instruction.setWordWrap(True)
        self.placed = QListWidget(self)
        self.placed.setObjectName("placedLandmarks")
        self.placed.setMaximumHeight(150)
        self.undo_button = QPushButton(self.tr("Undo last point"), self)
        self.undo_button.setObjectName("undoLandmarkButton")
        self.next_button = QPushButton(self.tr("Next landmark"), self)
        self.next_button.setObjectName("nextLandmarkButton")
        self.build_button = QPushButton(self.tr("Build segments"), self)
        self.build_button.setObjectName("buildSegmentsButton")
        self.build_button.setToolTip(
            self.tr(
                "Divide the liver into Couinaud segments 1–8 from these landmarks (planes "
                "through the hepatic veins and the portal bifurcation); replaces earlier ones"
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.place_button)
        layout.addWidget(self.instruction)
        layout.addWidget(self.placed)
        layout.addLayout(buttons)
        layout.addWidget(self.build_button)
        self.place_button.toggled.connect(self.placing_toggled.emit)
        self.undo_button.clicked.connect(self.undo_requested.emit)
        self.next_button.clicked.connect(self.next_requested.emit)
        self.build_button.clicked.connect(self.build_requested.emit)

    def instruction_text(self, steps: LandmarkSteps) -> str:
        """What to click next: "Landmark 3 of 6 — Right hepatic vein (1 placed): …"."""
        step = steps.step
        if step is None:
            return self.tr("All landmarks placed: press Build segments.")
        return self.tr("Landmark {number} of {count} — {name} ({placed} placed): {what}").format(
            number=steps.current + 1,
            count=len(STEPS),
            name=_tr(step.name),
            placed=len(steps.points[steps.current]),
            what=_tr(step.instruction),
        )

    def show_steps(self, steps: LandmarkSteps, slice_mm: float, busy: bool = False) -> None:
        """Show the state of ``steps`` (``slice_mm``: the slice spacing, to name slices)."""
        self.instruction.setText(self.instruction_text(steps))
        self.placed.clear()
        for name, point in steps.placed():
            self.placed.addItem(
                self.tr("{name}: slice {number}").format(
                    name=_tr(name), number=round(point[0] / slice_mm) + 1
                )
            )
        self.placed.scrollToBottom()
        self.undo_button.setEnabled(bool(steps.placed()) and not busy)
        step = steps.step
        self.next_button.setEnabled(
            step is not None and step.maximum is None and steps.can_advance() and not busy
        )
        self.build_button.setEnabled(steps.complete and not busy)
