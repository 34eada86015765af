"""Chapter 2 Industrial Innovation Service Complexes (第二章 产业创新服务综合体): Art. 5-9.

The lifecycle of a Complex, from the application to the end of a five-year round, as
one checked table (:data:`~cixi_innovation.lifecycles.complex.lifecycle.COMPLEX_LIFECYCLE`) and the entity
:class:`~cixi_innovation.lifecycles.complex.entity.Complex`.  The
operating subsidy and fund management of Art. 10-11 are computed elsewhere, from the
facts and history kept here.

====================================  ======================================  ==================
event (kind)                          what happens                            provision
====================================  ======================================  ==================
``complex_application``               a town government / sub-district        Art. 6, Art. 2,
                                      office and/or an industrial platform    Art. 5, Annex 1
                                      applies, with its plan (Annex 1)
``feasibility_review``                the Bureau's review (论证): passed →    Art. 6, Art. 5
                                      consultation, not passed → rejected
``consultation_opinion``              one task-group unit's opinion           Art. 6
``leader_review``                     the leader in charge approves/rejects,  Art. 6
                                      only once consultation is complete
``host_unit_selection``               publicly solicited, selected on merit,  Art. 7
                                      reported to the Bureau
``round_start``                       five-year targets; a round [s, s+5y)    Art. 8
``annual_work_plan``                  the plan of one year of the round       Art. 8
``annual_assessment``                 the Bureau's check: qualified → units   Art. 8
                                      kept; unqualified → both revoked
``level_recognition``                 Cixi / Ningbo / provincial / national   Art. 8 ¶2, 9 ¶2
``higher_level_annual_evaluation``    Ningbo level or above only: poor →      Art. 8 ¶2
                                      both units revoked early
``units_reassignment``                new units authorised and entrusted      Art. 8
``round_appraisal``                   at expiry, on the five core             Art. 9
                                      indicators: poor → eliminated
``higher_level_expiry_assessment``    Ningbo level or above only:             Art. 9 ¶2
                                      unqualified → eliminated
====================================  ======================================  ==================

Readings (see :mod:`cixi_innovation.law.readings`): all seven task-group units are
consulted (TN 6.2); after an appraisal other than "poor" the Complex stays on the
creation list and may start a next round (TN 9.2); reassigned units continue the
running round (TN 8.3).  Other choices made where the text is silent:

* the construction unit is the approved applicant (TN 6.3) and the host unit is
  selected after approval (TN 7.1); ``host_unit_selection`` is dated on the report to
  the Bureau;
* a result of a higher-level evaluation or assessment other than "poor" /
  "unqualified" is recorded with no consequence (TN 8.7, 9.5);
* the annual assessment needs the annual work plan of that year, reported by the
  units in office (Art. 8: it checks "年度计划目标完成情况"); a year may be assessed
  again (the later result stands, no rule forbids it);
* the end-of-round appraisal is of a Complex with units in office: after a revocation
  it waits for the reassignment.

The chapter is declared in four modules: :mod:`~cixi_innovation.lifecycles.complex.events`
(the events and the values they carry), :mod:`~cixi_innovation.lifecycles.complex.facts`
(the states and what is known of a Complex),
:mod:`~cixi_innovation.lifecycles.complex.lifecycle` (the table, its guards and effects)
and :mod:`~cixi_innovation.lifecycles.complex.entity` (the entity :class:`~cixi_innovation.lifecycles.complex.entity.Complex`).
"""

__all__: list[str] = []
