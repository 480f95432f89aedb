"""The resectability workbench: tumour–vessel contact per vessel, corrected by a person, with
the suggested category and its reasons (issue 16).

:class:`~casereview.ui.resectability.window.ResectabilityWindow` shows one case: the vessel
table (:mod:`.vessel_table`), the vessel view (:mod:`.vessel_view`: straightened vessel,
cross-section with draggable contact arcs, angle profile), the suggestion (:mod:`.suggestion_panel`)
and the findings editor (:mod:`.findings_panel`). The feature module
:mod:`casereview.ui.features.resectability` opens it.
"""
