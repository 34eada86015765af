"""Lifecycles: the table-driven engine and the three platforms (平台生命周期).

:mod:`~cixi_innovation.lifecycles.engine` applies
:mod:`~cixi_innovation.lifecycles.events` to immutable entities by a table of
transitions declared once and checked when declared
(:mod:`~cixi_innovation.lifecycles.table`), keeping each entity's
:mod:`~cixi_innovation.lifecycles.history` and saying why an event is refused
(:mod:`~cixi_innovation.lifecycles.refusals`).  :mod:`~cixi_innovation.lifecycles.complex`
(Ch. 2), :mod:`~cixi_innovation.lifecycles.consortium` (Ch. 3) and
:mod:`~cixi_innovation.lifecycles.center` (Ch. 4) declare the tables, each in its events,
facts, lifecycle and entity, with the consultation (Art. 6, 13, 18), the rounds and
results and the annex plans they share; the diagrams are drawn from the same tables.
Imports only from :mod:`~cixi_innovation.law` and :mod:`~cixi_innovation.values`; never
from :mod:`~cixi_innovation.rules`.
"""
