"""The liver planner: Couinaud segments, a virtual resection and the future liver remnant (issue 17).

:class:`~casereview.ui.liver.window.LiverPlannerWindow` shows one case: the 3-D view of the
liver, its segments, tumours and veins with the plan (:mod:`.scene3d`), an axial slice with the
resection surface's curve and draggable control points, the landmarks and the liver tool's seed
(:mod:`.slice_view`), the resection chooser (:mod:`.chooser`) and the remnant panel
(:mod:`.flr_panel`). Every number comes from :class:`casereview.services.liver_plan.LiverPlanner`;
the feature module :mod:`casereview.ui.features.liver` opens the window.
"""
