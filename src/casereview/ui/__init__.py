"""PySide6 front end: windows, widgets and adapters over the Qt-free core."""
