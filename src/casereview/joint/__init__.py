"""Remote joint review: a presenter drives, partners at other hospitals follow on their own copy.

Every site holds the same signed, de-identified case package, so only view state travels:
codes and numbers naming images by the package's de-identified UIDs, encrypted end to end,
through a NATS relay with JetStream key-value for the current state. No Qt, no VTK.

Modules
-------
``protocol``
    What travels: the facets of the view state, pointers, their validation.
``crypto``
    Session key, derived names, sealed messages, one-time codes (scrypt), X25519 wrapping.
``keys``
    The institution's X25519 key pair beside its signing key; partners' key cards.
``invitation``
    Invitations (the session key wrapped for each invited institution) and code slots.
``state``
    :class:`~casereview.joint.state.SessionModel`, the pure state machine every participant
    runs over the store's entries: order, control rules, follow and snap back, participants.
``client``
    :class:`~casereview.joint.client.JointSession` over nats-py: start, join (invitation or
    code), change, point, control (request, grant, take back, open, release), leave. Calls
    return futures; events are psygnal signals emitted on the network thread (``network``).
``packages``
    The local case and rows a session's package stands for; checks that a series is held.
``bridge``
    A :class:`~casereview.session.ViewerSession` joined to a session.
``relay``
    The nats-server configuration and runner behind ``casereview-cli relay``.

Importing this package imports nothing heavy; import the module you need.
"""
