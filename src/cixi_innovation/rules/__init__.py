"""Rules: the money and evaluation rules (资金与考核规则).

The Complex operating subsidy (Art. 10-11), the Consortium's policy support (Art. 16),
the Center's matching funds and fee cap (Art. 20), evaluations and the outcome →
consequence matrix (Art. 8, 9, 15, 21, 22) and "take the highest, never duplicate"
(Art. 23).  Pure functions returning decisions; imports only from
:mod:`~cixi_innovation.law` and :mod:`~cixi_innovation.values`, never from
:mod:`~cixi_innovation.lifecycles`.
"""
