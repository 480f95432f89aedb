"""The export preview's free text: every field the package will carry changed, as it will be
sent, the words the scrubber is unsure of, each to be removed or kept by the user, and the
words the user adds (a relative's name, a village) to be removed everywhere.

The texts come from :attr:`casereview.domain.packages.ExportPreview.text_changes`. Placeholders
("[patient]") are shown in bold so the user sees what was replaced; unsure spans (a lone
one-character Chinese name part, a number shaped like an identifier) are highlighted and listed
with a Remove / Keep choice. Export waits until every one is answered: the words to remove go
to the preview and the export as identity the user added; kept words are sent as written.
"""

from __future__ import annotations

import enum
import html
import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.identity_text import Placeholder
from casereview.domain.packages import TextChange

#: Unsure spans are marked in the same colours in either theme: dark text on amber (contrast
#: about 12:1), so the highlight reads on the light and the dark palette alike.
UNSURE_STYLE = "background-color:#ffd54f; color:#1a1a1a;"


class Answer(enum.StrEnum):
    """What the user decided about one unsure span."""

    REMOVE = "remove"
    KEEP = "keep"


def sent_text_html(text: str, unsure: Iterable[str]) -> str:
    """``text`` as HTML: placeholders in bold, each unsure span highlighted, the rest escaped.

    One pass over the text, so a span can never match inside markup added for another.
    """
    marks = {p.value for p in Placeholder} | {s for s in unsure if s}
    if not marks:
        return html.escape(text).replace("\n", "<br>")
    pattern = re.compile("|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True)))
    placeholders = {p.value for p in Placeholder}
    parts: list[str] = []
    position = 0
    for match in pattern.finditer(text):
        parts.append(html.escape(text[position : match.start()]))
        shown = html.escape(match.group(0))
        if match.group(0) in placeholders:
            parts.append(f"<b>{shown}</b>")
        else:
            parts.append(f'<span style="{UNSURE_STYLE}">{shown}</span>')
        position = match.end()
    parts.append(html.escape(text[position:]))
    return "".join(parts).replace("\n", "<br>")


class FreeTextReview(QWidget):
    """Changed free-text fields as they will be sent, and the questions about unsure spans.

    Signals
    -------
    answers_changed(bool)
        The user answered a question; ``True`` when the words to remove changed (the preview
        must be made again with them).
    """

    answers_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportFreeTextReview")
        self.changes: list[TextChange] = []
        #: Every span asked about since the case was chosen, in the order first seen.
        self.spans: list[str] = []
        #: Where each span was found ("Case — question"), as last seen unsure.
        self.places: dict[str, list[str]] = {}
        #: Words the user typed in as identifying, in the order added (answered Remove).
        self.added: list[str] = []
        self.answers: dict[str, Answer] = {}
        #: The Remove and Keep buttons of each span's row.
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        self._groups: list[QButtonGroup] = []

        self.summary = QLabel()
        self.summary.setObjectName("exportFreeTextSummary")
        self.summary.setWordWrap(True)
        # The scrubber knows the identity the headers hold; staff also write a husband's name,
        # a village or an employer, which only the user can name.
        self.add_edit = QLineEdit()
        self.add_edit.setObjectName("exportAddIdentity")
        self.add_edit.setPlaceholderText(
            self.tr("Another word that identifies the patient (a relative's name, a village…)")
        )
        self.add_edit.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("Remove everywhere"))
        self.add_button.setObjectName("exportAddIdentityButton")
        self.add_button.setToolTip(
            self.tr(
                "Replace it with [removed] in every text of the package, like the patient's name"
            )
        )
        self.add_button.setEnabled(False)
        self.add_edit.textChanged.connect(
            lambda text: self.add_button.setEnabled(bool(text.strip()))
        )
        # Return adds the word; it must not reach the dialog, whose default button exports.
        self.add_edit.installEventFilter(self)
        self.add_button.clicked.connect(self.add_typed)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_edit, 1)
        add_row.addWidget(self.add_button)
        self.texts = QTextBrowser()
        self.texts.setObjectName("exportFreeText")
        self.texts.setOpenLinks(False)
        self.questions = QWidget()
        self.questions.setObjectName("exportUnsure")
        self.grid = QGridLayout(self.questions)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.questions)
        splitter = QSplitter()
        splitter.addWidget(self.texts)
        splitter.addWidget(scroll)
        splitter.setSizes([560, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(add_row)
        layout.addWidget(splitter, 1)
        self.show_changes([])

    # -- state ----------------------------------------------------------------------------

    def removed(self) -> list[str]:
        """Spans the user chose to remove: identity to add to the preview and the export."""
        return [s for s in self.spans if self.answers.get(s) is Answer.REMOVE]

    def unanswered(self) -> list[str]:
        """Spans of the current preview that still wait for an answer."""
        return [s for s in self._current_unsure() if s not in self.answers]

    def forget_answers(self) -> None:
        """Start afresh (another case, another patient)."""
        self.spans.clear()
        self.places.clear()
        self.answers.clear()
        self.added.clear()
        self.add_edit.clear()
        self.show_changes([])

    def add_identity(self, word: str) -> bool:
        """Remove ``word`` (or phrase) from every text of the package, as if answered Remove.

        It is listed with the other questions, so Keep takes it back.

        Parameters
        ----------
        word
            What the user typed; surrounding spaces do not count.

        Returns
        -------
        bool
            Whether the words to remove changed (not when blank or already removed).
        """
        word = " ".join(word.split())
        if not word or self.answers.get(word) is Answer.REMOVE:
            return False
        if word not in self.spans:
            self.spans.append(word)
        if word not in self.added:
            self.added.append(word)
        self.places[word] = [self.tr("added by you")]
        self._answered(word, Answer.REMOVE)
        self._show_questions()
        return True

    def add_typed(self) -> None:
        """Add what is typed in the field (its button and the Return key)."""
        if self.add_identity(self.add_edit.text()):
            self.add_edit.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Return in the add field adds its word and goes no further."""
        if (
            watched is self.add_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_typed()
            return True
        return super().eventFilter(watched, event)

    def answer(self, span: str, answer: Answer) -> None:
        """Record ``answer`` for ``span`` (as clicking its button does)."""
        remove, keep = self.choices[span]
        (remove if answer is Answer.REMOVE else keep).setChecked(True)

    def _current_unsure(self) -> list[str]:
        return list(dict.fromkeys(s for change in self.changes for s in change.unsure))

    # -- showing ------------------------------------------------------------------------

    def show_changes(self, changes: Sequence[TextChange]) -> None:
        """Show the changed fields of a new preview and ask about its unsure spans."""
        self.changes = list(changes)
        for change in self.changes:
            for span in change.unsure:
                if span not in self.spans:
                    self.spans.append(span)
                self.places.setdefault(span, [])
        for span in self._current_unsure():
            if span not in self.added:
                self.places[span] = list(
                    dict.fromkeys(c.field for c in self.changes if span in c.unsure)
                )
        self._show_texts()
        self._show_questions()
        self._show_summary()

    def _show_texts(self) -> None:
        blocks = []
        for change in self.changes:
            blocks.append(
                f"<p><i>{html.escape(change.field)}</i><br>"
                f"{sent_text_html(change.as_sent, change.unsure)}</p>"
            )
        self.texts.setHtml("".join(blocks))

    def _show_questions(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.choices.clear()
        self._groups.clear()
        # Asked: what this preview is unsure of, and what the user removed (it is no longer
        # unsure once replaced, but the answer can still be changed).
        asked = [s for s in self.spans if s in self._current_unsure() or s in self.removed()]
        if not asked:
            return
        for column, title in enumerate(
            (self.tr("Word or number"), self.tr("Found in"), self.tr("Your answer"))
        ):
            header = QLabel(f"<b>{html.escape(title)}</b>")
            self.grid.addWidget(header, 0, column, 1, 2 if column == 2 else 1)
        for row, span in enumerate(asked, start=1):
            word = QLabel(sent_text_html(span, [span]))
            word.setObjectName("unsureSpan")
            where = QLabel(html.escape("; ".join(self.places.get(span, []))))
            where.setWordWrap(True)
            remove = QRadioButton(self.tr("Remove"))
            remove.setObjectName("unsureRemove")
            remove.setToolTip(self.tr("Replace it with [removed] in every text of the package"))
            keep = QRadioButton(self.tr("Keep"))
            keep.setObjectName("unsureKeep")
            keep.setToolTip(self.tr("It does not identify the patient: send it as written"))
            group = QButtonGroup(self.questions)
            group.addButton(remove)
            group.addButton(keep)
            answer = self.answers.get(span)
            remove.setChecked(answer is Answer.REMOVE)
            keep.setChecked(answer is Answer.KEEP)
            remove.toggled.connect(lambda on, s=span: self._toggled(s, Answer.REMOVE, on))
            keep.toggled.connect(lambda on, s=span: self._toggled(s, Answer.KEEP, on))
            self.grid.addWidget(word, row, 0)
            self.grid.addWidget(where, row, 1)
            self.grid.addWidget(remove, row, 2)
            self.grid.addWidget(keep, row, 3)
            self.choices[span] = (remove, keep)
            self._groups.append(group)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(len(asked) + 1, 1)

    def _show_summary(self) -> None:
        if not self.changes:
            self.summary.setText(self.tr("No free text of this case names the patient."))
            return
        text = self.tr(
            "%n text field(s) will be sent changed; what replaced the patient's identity is "
            "in bold.",
            "",
            len(self.changes),
        )
        waiting = len(self.unanswered())
        if waiting:
            text += " " + self.tr(
                "Export waits for your answer about %n highlighted word(s): remove or keep.",
                "",
                waiting,
            )
        self.summary.setText(text)

    def _toggled(self, span: str, answer: Answer, checked: bool) -> None:
        if checked:  # the other button of the pair was switched off: that is no answer
            self._answered(span, answer)

    def _answered(self, span: str, answer: Answer) -> None:
        before = self.removed()
        self.answers[span] = answer
        self._show_summary()
        self.answers_changed.emit(self.removed() != before)
