"""casereview: surgical case review and MDT meetings for hepatopancreatobiliary teams."""

from __future__ import annotations

# The one place the version is written: the build reads it from here (pyproject.toml's
# [tool.hatch.version]), so the program knows it without importlib.metadata, which costs every
# start-up ~50 ms and needs the installed metadata (absent in a frozen build).
__version__ = "0.1.0"
