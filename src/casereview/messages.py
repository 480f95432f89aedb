"""Sentences the core shows to people, in English, with what a front end needs to translate them.

A :class:`Message` is a ``str`` (the English sentence, so the CLI, logs and every API that takes
text keep working) that also remembers the template it was made from and its parameters. The
template is the message's id: ``packaging/core_messages.py`` collects every ``Message("...")`` of
the core into the translation catalogues (context :data:`CATALOGUE_CONTEXT`), and the GUI shows a message by
translating its template and formatting the parameters for the user's language
(:meth:`Message.render`). Parameters never carry patient identity: counts, sizes, file names
of the user's own choosing at most.
"""

from __future__ import annotations

import numbers
import string
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

#: Translation context of the core's messages in the Qt catalogues.
CATALOGUE_CONTEXT = "core"

#: Turns a number into text for the reader's locale, given the format spec of its field.
NumberFormatter = Callable[[numbers.Real, str], str]


class Message(str):
    """An English, PHI-free sentence for the user, built from a template and parameters.

    Parameters
    ----------
    template
        English text with ``{name}`` fields (format specs allowed: ``{mm:.1f}``). It is the
        message's id in the catalogue, so it must be a literal at the call site.
    **params
        Values of the fields. Numbers are formatted for the reader's locale; a
        :class:`Message` parameter is translated too; anything else is shown as given.

    Raises
    ------
    KeyError
        If the template names a field that has no parameter (a bug at the call site).
    """

    template: str
    params: Mapping[str, object]

    def __new__(cls, template: str, /, **params: object) -> Message:
        self = super().__new__(cls, template.format(**params))
        self.template = template
        self.params = MappingProxyType(dict(params))
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # Messages cross process boundaries inside errors and progress reports.
        return (restore_message, (self.template, dict(self.params)))

    def __repr__(self) -> str:
        params = "".join(f", {name}={value!r}" for name, value in self.params.items())
        return f"Message({self.template!r}{params})"

    def render(
        self, translate: Callable[[str], str], format_number: NumberFormatter | None = None
    ) -> str:
        """The message in another language.

        Parameters
        ----------
        translate
            Returns the translation of a template (the template itself when there is none).
        format_number
            Formats numeric parameters for the reader's locale; Python's formatting when
            ``None``.

        Returns
        -------
        str
            The translated sentence; the English one when the translation names a field the
            message does not have (a faulty catalogue must not hide the message).
        """
        values = {
            name: value.render(translate, format_number) if isinstance(value, Message) else value
            for name, value in self.params.items()
        }
        formatter = _LocalFormatter(format_number)
        try:
            return formatter.vformat(translate(self.template), (), values)
        except (KeyError, IndexError, ValueError):
            return formatter.vformat(self.template, (), values)


def joined(parts: Sequence[str]) -> str:
    """Several sentences or phrases as one list ("a; b; c"), each still translatable.

    Parameters
    ----------
    parts
        The items, in order; :class:`Message` items are translated, others shown as given.

    Returns
    -------
    str
        ``""`` for no items, the item itself for one, else a :class:`Message` whose separator
        each language chooses.
    """
    if not parts:
        return ""
    result = parts[-1]
    for part in reversed(parts[:-1]):
        result = Message("{first}; {rest}", first=part, rest=result)
    return result


def restore_message(template: str, params: dict[str, object]) -> Message:
    """Rebuild a pickled :class:`Message` (used by pickle, e.g. across worker processes)."""
    return Message(template, **params)


class _LocalFormatter(string.Formatter):
    """``str.format`` that hands numbers to a locale-aware formatter."""

    def __init__(self, format_number: NumberFormatter | None) -> None:
        super().__init__()
        self._format_number = format_number

    def format_field(self, value: Any, format_spec: str) -> str:
        if (
            self._format_number is not None
            and isinstance(value, numbers.Real)
            and not isinstance(value, bool)
        ):
            return self._format_number(value, format_spec)
        formatted: str = super().format_field(value, format_spec)
        return formatted
