"""The core's messages in the user's language.

The core writes :class:`~casereview.messages.Message` objects (English text plus template and
parameters); this is where the GUI turns one into the language the interface runs in, through
the core catalogues (``casereview_core_<language>.qm``, context
:data:`~casereview.messages.CATALOGUE_CONTEXT`) that :mod:`casereview.app.qt_setup` installs.
"""

from __future__ import annotations

import numbers

from PySide6.QtCore import QCoreApplication, QLocale

from casereview.messages import CATALOGUE_CONTEXT, Message


def _translate_template(template: str) -> str:
    return QCoreApplication.translate(CATALOGUE_CONTEXT, template)


def localized_number(value: numbers.Real, format_spec: str) -> str:
    """``value`` formatted by ``format_spec`` as Python would, with the locale's separators.

    Parameters
    ----------
    value
        A number parameter of a message.
    format_spec
        Its field's format spec (``".1f"``, ``","``, ``""``). Integers without a spec get the
        locale's digit grouping ("12 345" in French).
    """
    locale = QLocale()
    if not format_spec and isinstance(value, numbers.Integral):
        # The C locale omits group separators by default; "12,345" reads better than "12345".
        locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
        return locale.toString(int(value))
    english = format(value, format_spec)
    # Swap through a placeholder: the English group separator may be the locale's decimal one.
    return (
        english.replace(",", "\0")
        .replace(".", locale.decimalPoint())
        .replace("\0", locale.groupSeparator())
    )


def translate_message(text: str) -> str:
    """``text`` in the interface language if it is a core message, else ``text`` unchanged.

    Parameters
    ----------
    text
        What the core gave: a :class:`~casereview.messages.Message` is translated (with its
        message parameters) and its numbers formatted for the locale; any other string (a file
        name, text the user typed) is shown as it is.
    """
    if isinstance(text, Message):
        return text.render(_translate_template, localized_number)
    return text
