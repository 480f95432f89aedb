"""Fixtures of the annotation and segmentation tests."""

from annotations_support import demo_data  # noqa: F401  (fixture)
