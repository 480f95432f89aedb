"""MDT meetings in the GUI: planning, presentation on the shared screen, decisions, audit.

Modules: ``panel`` (the meeting window's content), ``presentation``, ``decision_form`` (with
``evidence_panel``, what a decision cites), ``audit_viewer`` and ``labels`` (translated code
names, also used by ``ui.reports``).
"""
