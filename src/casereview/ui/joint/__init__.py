"""Remote joint review in the workstation: the Session menu's dialogs, the banner saying who
drives, the participants list, named pointers, and the link between the views and a
:class:`~casereview.joint.client.JointSession` (whose events arrive on the network thread and
are moved to the UI thread here)."""
