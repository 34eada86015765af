"""Lifecycles: the table-driven engine and the three platforms (平台生命周期).

:mod:`~cixi_innovation.lifecycles.engine` applies events to immutable entities by a
table of transitions declared once; :mod:`~cixi_innovation.lifecycles.complex` (Ch. 2),
:mod:`~cixi_innovation.lifecycles.consortium` (Ch. 3) and
:mod:`~cixi_innovation.lifecycles.center` (Ch. 4) declare the tables, with the
consultation (Art. 6, 13, 18) and the annex plans they share; the diagrams are drawn from
the same tables.  Imports only from :mod:`~cixi_innovation.law` and
:mod:`~cixi_innovation.values`; never from :mod:`~cixi_innovation.rules`.
"""
