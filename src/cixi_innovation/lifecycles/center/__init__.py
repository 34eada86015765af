"""Chapter 4 Industrial Technology Innovation Centers (第四章 产业技术创新中心): Art. 17-21.

The lifecycle of an Innovation Center, from the plan the Bureau proposes with the host
unit to the end-of-period check of a five-year round, as one checked table
(:data:`~cixi_innovation.lifecycles.center.lifecycle.CENTER_LIFECYCLE`) and the entity
:class:`~cixi_innovation.lifecycles.center.entity.InnovationCenter`.  The money of
Art. 20 (matching funds, the separate ledger, the 50% cap on entrusted fees) is computed
elsewhere (:mod:`cixi_innovation.rules.center_funds`), from the facts kept here:
the entity's ``recognised_level``, ``level_on`` and ``matching_open``.

===============================  ====================================  ==================
event (kind)                     what happens                          provision
===============================  ====================================  ==================
``center_proposal``              the Bureau with the host unit(s)      Art. 18 ¶2, ¶1,
                                 proposes the plan (Annex 3), "one     Art. 17, Annex 3
                                 center, one plan"
``consultation_opinion``         one task-group unit's opinion         Art. 18 ¶2 (Art. 6)
``plan_approval``                the executive meeting approves or     Art. 18 ¶2
                                 rejects, once consultation is
                                 complete
``legal_entity_establishment``   the independent legal entity, its     Art. 19
                                 board, executive and expert
                                 committee
``construction_start``           a five-year round [s, s+5y) starts,   Art. 21, Art. 19
                                 only once the legal entity exists
``mid_term_evaluation``          after three full years, within the    Art. 21
                                 round: poor → support terminated
                                 early
``final_acceptance``             at the end of the round: unqualified  Art. 21
                                 → support terminated
``tech_center_recognition``      recognised as a technology            Art. 20 ¶1
                                 innovation center at Ningbo level or
                                 above: matching opens
===============================  ====================================  ==================

Readings (see :mod:`cixi_innovation.law.readings`): all seven task-group units are
consulted (TN 6.2); a new-type R&D institution counts as the host unit's vehicle only
if recognised at provincial level or above (TN 18.2); the round starts on the date of an
explicit ``construction_start`` event (open point 8, TN 21.1; the other reading starts
it on the day the legal entity is established); after a qualified end-of-period check a
further round may start (TN 21.2); Art. 20 matching ends when policy support is
terminated (open point 7).  Other choices made where the text is silent:

* Innovation Centers are not applied for (TN 17.1): the plan is proposed by the Bureau
  together with the host unit(s); several host units are accepted (TN 18.3), and each
  must possess a provincial-level or higher innovation vehicle;
* the legal form of the entity is free (TN 19.1); the establishment records the legal
  person and its three bodies, and construction cannot start before it (Art. 19);
* the mid-term evaluation is held once per round; the end-of-period check is not
  refused for want of a mid-term evaluation (the Measures state no consequence of one
  not held);
* a termination of policy support, early (mid-term "poor") or at the end of the round
  ("unqualified"), is final for these Measures: the text states no re-evaluation, no
  remedy and no way back into support (TN 21.2).

The chapter is declared in four modules: :mod:`~cixi_innovation.lifecycles.center.events`
(the events and the host units they name), :mod:`~cixi_innovation.lifecycles.center.facts`
(the states and what is known of an Innovation Center),
:mod:`~cixi_innovation.lifecycles.center.lifecycle` (the table, its guards and effects)
and :mod:`~cixi_innovation.lifecycles.center.entity` (the entity
:class:`~cixi_innovation.lifecycles.center.entity.InnovationCenter`).
"""

__all__: list[str] = []
