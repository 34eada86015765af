"""Chapter 3 Enterprise Innovation Consortia (第三章 企业创新联合体): Art. 12-15.

The lifecycle of a Consortium, from the chain-leader enterprise's application to the
final acceptance of a three-year cultivation cycle, as one checked table
(:data:`~cixi_innovation.lifecycles.consortium.lifecycle.CONSORTIUM_LIFECYCLE`) and the entity
:class:`~cixi_innovation.lifecycles.consortium.entity.Consortium`.  The policy subsidies
of Art. 16 are computed elsewhere (:mod:`cixi_innovation.rules.consortium_support`) from the
predicates of the entity: ``in_cultivation``, ``cultivation_period`` and ``revoked_on``.

=============================  ======================================  ==================
event (kind)                   what happens                            provision
=============================  ======================================  ==================
``consortium_application``     the chain-leader enterprise applies,    Art. 13, Art. 15,
                               with its plan (Annex 2) and its         Annex 2
                               three-year cultivation targets
``expert_review``              the Bureau's expert review, with the    Art. 13, Art. 12,
                               findings on Art. 12 and Art. 14:        Art. 14
                               passed → consultation, else rejected
``consultation_opinion``       one task-group unit's opinion           Art. 13 (Art. 6)
``leader_review``              the leader in charge approves/rejects,  Art. 13
                               only once consultation is complete
``cultivation_start``          a three-year cycle [s, s+3y) starts     Art. 15
``annual_plan``                the plan of one year, with the four     Art. 15
                               items of Art. 15
``cultivation_acceptance``     at expiry, by the Bureau and the        Art. 15
                               Finance Bureau: qualified → retained;
                               unqualified → revoked
=============================  ======================================  ==================

Readings (see :mod:`cixi_innovation.law.readings`): all seven task-group units are
consulted (TN 6.2, TN 13.1); the cycle starts on the date of an explicit
``cultivation_start`` event (open point 8; the other reading starts it on the day of
approval); a retained qualification lets a further three-year round start (TN 15.3,
open point 12; the other reading ends cultivation).  Other choices made where the text
is silent:

* the niche track (Art. 12) and the chain-leader conditions (Art. 14) are qualitative:
  the expert review records the reviewers' findings, and a review that finds a
  condition not met cannot pass the application;
* there is no annual assessment of a Consortium (TN 15.2): annual plans are reported
  and checked only for the four items Art. 15 requires, and the only assessment is the
  final acceptance at the expiry of the cycle;
* a revoked qualification is final: the Measures state no way back.

The chapter is declared in four modules: :mod:`~cixi_innovation.lifecycles.consortium.events`
(the events and the findings they carry), :mod:`~cixi_innovation.lifecycles.consortium.facts`
(the states and what is known of a Consortium),
:mod:`~cixi_innovation.lifecycles.consortium.lifecycle` (the table, its guards and effects)
and :mod:`~cixi_innovation.lifecycles.consortium.entity` (the entity
:class:`~cixi_innovation.lifecycles.consortium.entity.Consortium`).
"""

__all__: list[str] = []
