"""VTK pipelines that show a :class:`casereview.session.ViewerSession`; they work offscreen."""
