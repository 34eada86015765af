"""A worked example: the Bureau's platform register on SQLite, built on cixi_innovation.

The application keeps each platform's events in a SQLite file (:mod:`bureau_app.store`),
rebuilds a platform by replaying its events, accepts events posted as JSON with the
version the writer read, shows what is due (the library's agenda), and leaves one place
for the year's money (:mod:`bureau_app.money`).  :mod:`bureau_app.app` puts these
together behind the few calls a user interface needs.

Run ``python -m bureau_app`` from the ``examples`` directory for a short session.
"""
