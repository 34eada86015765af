"""Assessments and their consequences (Art. 8, 9, 15, 21) and the scoring rules (Art. 22).

第二十二条 本办法涉及的相关量化考核、绩效评估等内容,由市科技局另行规定。

Each kind of assessment (:class:`AssessmentKind`) carries its article, who conducts it
and its scale: the Complex annual check is organised by the Bureau alone (Art. 8 ¶1);
the appraisals and checks of Art. 9 ¶1, 15 and 21 by the Bureau together with the
Finance Bureau; the evaluations of Art. 8 ¶2 and 9 ¶2 by the higher level.  An
:class:`Assessment` with the wrong conductor or a result from the wrong scale is
refused, naming the article.  :func:`consequence` gives the consequences of the
outcome → consequence matrix of measures.en.md, with reasons; a result for which the
Measures state no consequence gives none, and says so.

The Bureau's scoring rules are not in the Measures (Art. 22): they plug in as a
:class:`Scorer`.  :class:`ThresholdScorer` is a reference implementation whose
thresholds the caller must give; there is no built-in threshold.

>>> from datetime import date
>>> from cixi_innovation.rules.evaluations import Assessment, AssessmentKind, consequences_of
>>> from cixi_innovation.values.assessments import AssessmentResult, PerformanceGrade
>>> from cixi_innovation.values.bodies import Body
>>> a = Assessment(AssessmentKind.COMPLEX_ANNUAL_CHECK, date(2027, 2, 1), AssessmentResult.UNQUALIFIED)
>>> [c.code for c in consequences_of(a)]
['revoke_qualification', 'reassign_units']
>>> Assessment(
...     AssessmentKind.COMPLEX_EXPIRY_APPRAISAL,
...     date(2030, 2, 1),
...     PerformanceGrade.POOR,
...     conducted_by=(Body.SCIENCE_AND_TECHNOLOGY_BUREAU,),
... )
Traceback (most recent call last):
...
cixi_innovation.values.errors.InvalidChoiceError: conducted_by: the performance appraisal at the expiry of the construction period is conducted by the Municipal Science and Technology Bureau together with the Municipal Finance Bureau, not by the Municipal Science and Technology Bureau alone (Art. 9 ¶1 第九条第一款)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from fractions import Fraction
from typing import Final, Protocol, Self

import attrs

from cixi_innovation.law.indicators import CoreIndicators, Indicator
from cixi_innovation.law.measures import MEASURES, ForceCheck, Measures
from cixi_innovation.law.open_inputs import require
from cixi_innovation.law.registry import implements
from cixi_innovation.rules._common import Ruling, choice, intake_date
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.assessments import AssessmentResult, Consequence, PerformanceGrade
from cixi_innovation.values.bodies import Body
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.decisions import Decision, Reason
from cixi_innovation.values.errors import InputError, InvalidChoiceError, MissingInputError
from cixi_innovation.values.money import RatioInput, to_ratio
from cixi_innovation.values.vocabulary import Label, LabelledEnum, Level, PlatformKind

__all__ = [
    "NO_CONSEQUENCE_STATED",
    "Assessment",
    "AssessmentKind",
    "BureauCriteria",
    "CriteriaScorer",
    "Grade",
    "Scorer",
    "ThresholdScorer",
    "assess",
    "consequence",
    "consequences_of",
]

ART_10: Final = Citation.article(10)
ART_22: Final = Citation.article(22)


#: A result on either scale: qualified/unqualified, or poor/not poor.
Grade = AssessmentResult | PerformanceGrade

_BUREAU = Body.SCIENCE_AND_TECHNOLOGY_BUREAU
_FINANCE = Body.FINANCE_BUREAU
_HIGHER = Body.HIGHER_LEVEL

#: The outcome of :func:`consequence` when the Measures state no consequence.
NO_CONSEQUENCE_STATED: Final = Label(
    "none_stated", "本办法未规定后果", "no consequence stated by the Measures"
)


@implements("Art. 8", "Art. 9", "Art. 15", "Art. 21", note="who assesses, when, on which scale")
class AssessmentKind(LabelledEnum, noun="考核评价类型"):
    """The assessments of the Measures, with article, conductor and scale.

    Attributes:
        article: the provision that orders the assessment.
        conducted_by: who conducts it (会同: the first named leads).
        scale: :class:`~cixi_innovation.values.assessments.AssessmentResult` or :class:`~cixi_innovation.values.assessments.PerformanceGrade`.
        platform: the kind of platform assessed.
    """

    article: Citation
    conducted_by: tuple[Body, ...]
    scale: type[AssessmentResult] | type[PerformanceGrade]
    platform: PlatformKind

    def __new__(
        cls,
        code: str,
        zh: str,
        en: str,
        article: Citation,
        conducted_by: tuple[Body, ...],
        scale: type[AssessmentResult] | type[PerformanceGrade],
        platform: PlatformKind,
    ) -> Self:
        """Build a member from its labels, article, conductors, scale and platform."""
        member = cls._labelled(code, zh, en)
        member.article = article
        member.conducted_by = conducted_by
        member.scale = scale
        member.platform = platform
        return member

    #: Art. 8 ¶1: the annual check of a Complex's annual plan, by the Bureau alone.
    COMPLEX_ANNUAL_CHECK = (
        "complex_annual_check",
        "综合体年度计划目标完成情况考核验收",
        "annual assessment and acceptance check of a Complex",
        Citation.article(8, 1),
        (_BUREAU,),
        AssessmentResult,
        PlatformKind.COMPLEX,
    )
    #: Art. 8 ¶2: the higher level's annual performance evaluation (Ningbo level or above).
    COMPLEX_HIGHER_LEVEL_ANNUAL = (
        "complex_higher_level_annual",
        "上级组织的年度绩效评价",
        "annual performance evaluation organised by the higher level",
        Citation.article(8, 2),
        (_HIGHER,),
        PerformanceGrade,
        PlatformKind.COMPLEX,
    )
    #: Art. 9 ¶1: the appraisal at the expiry of the construction period, on the five
    #: core indicators, by the Bureau together with the Finance Bureau.
    COMPLEX_EXPIRY_APPRAISAL = (
        "complex_expiry_appraisal",
        "建设期届满绩效评估",
        "performance appraisal at the expiry of the construction period",
        Citation.article(9, 1),
        (_BUREAU, _FINANCE),
        PerformanceGrade,
        PlatformKind.COMPLEX,
    )
    #: Art. 9 ¶2: the higher level's expiry-of-construction-period assessment.
    COMPLEX_HIGHER_LEVEL_EXPIRY = (
        "complex_higher_level_expiry",
        "上级组织的建设期满考核",
        "expiry-of-construction-period assessment organised by the higher level",
        Citation.article(9, 2),
        (_HIGHER,),
        AssessmentResult,
        PlatformKind.COMPLEX,
    )
    #: Art. 15: the check of a Consortium's three-year targets at the expiry of the cycle.
    CONSORTIUM_EXPIRY_CHECK = (
        "consortium_expiry_check",
        "培育周期届满考核验收",
        "assessment and acceptance check at the expiry of the cultivation cycle",
        Citation.article(15),
        (_BUREAU, _FINANCE),
        AssessmentResult,
        PlatformKind.CONSORTIUM,
    )
    #: Art. 21: the mid-term (three full years) performance evaluation of a Center.
    CENTER_MID_TERM_EVALUATION = (
        "center_mid_term_evaluation",
        "中期绩效评价",
        "mid-term performance evaluation",
        Citation.article(21),
        (_BUREAU, _FINANCE),
        PerformanceGrade,
        PlatformKind.INNOVATION_CENTER,
    )
    #: Art. 21: the end-of-period assessment and acceptance check of a Center.
    CENTER_END_OF_PERIOD_CHECK = (
        "center_end_of_period_check",
        "期末考核验收",
        "end-of-period assessment and acceptance check",
        Citation.article(21),
        (_BUREAU, _FINANCE),
        AssessmentResult,
        PlatformKind.INNOVATION_CENTER,
    )

    @property
    def by_higher_level(self) -> bool:
        """True for the evaluations the higher level organises (Art. 8 ¶2, 9 ¶2)."""
        return self.conducted_by == (_HIGHER,)

    @property
    def failing(self) -> Grade:
        """The result of this kind's scale that has a consequence: unqualified or poor."""
        if self.scale is AssessmentResult:
            return AssessmentResult.UNQUALIFIED
        return PerformanceGrade.POOR

    @property
    def passing(self) -> Grade:
        """The other result of this kind's scale: qualified or not poor."""
        if self.scale is AssessmentResult:
            return AssessmentResult.QUALIFIED
        return PerformanceGrade.NOT_POOR


def _kind(value: object) -> AssessmentKind:
    return AssessmentKind.parse(value, field="kind")


def _on(value: object) -> date:
    # Mutation testing: dropping field is equivalent: intake_date's default field is 'on'
    return intake_date(value, field="on")


def _bodies(value: Iterable[object]) -> tuple[Body, ...]:
    given = {Body.parse(v, field="conducted_by") for v in value}
    return tuple(b for b in Body if b in given)


def _describe_bodies(bodies: tuple[Body, ...], lang: str = "en") -> str:
    """Who conducts, as the Measures say it: "市科技局会同市财政局"."""
    if lang == "zh":
        names = [b.zh for b in bodies]
        alone, together = "{}单独", "会同"
    else:
        names = [f"the {b.en}" for b in bodies]
        alone, together = "{} alone", " together with "
    if len(names) == 1 and bodies[0] is _BUREAU:
        return alone.format(names[0])
    return together.join(names)


@implements("Art. 8", "Art. 9", "Art. 15", "Art. 21")
@frozen
class Assessment:
    """One assessment: its kind, date, result and who conducted it.

    ``conducted_by`` defaults to the kind's conductors; given, it must match them.  Use
    :meth:`of` to give the result by its code.

    Attributes:
        kind: which assessment.
        on: when the result was given.
        result: the result, on the kind's scale.
        conducted_by: who conducted it.

    Raises:
        InvalidChoiceError: a result from the wrong scale, or the wrong conductor.
    """

    kind: AssessmentKind = attrs.field(converter=_kind)
    on: date = attrs.field(converter=_on)
    result: Grade
    conducted_by: tuple[Body, ...] = attrs.field(
        default=attrs.Factory(lambda self: self.kind.conducted_by, takes_self=True),
        converter=_bodies,
    )

    def __attrs_post_init__(self) -> None:
        kind = self.kind
        if not isinstance(self.result, kind.scale):
            scale = " or ".join(f"'{r.en}'" for r in kind.scale)
            scale_zh = "、".join(r.zh for r in kind.scale)
            raise InvalidChoiceError(
                f"the {kind.en} is graded {scale}, not {self.result!r}",
                zh=f"{kind.zh}的结果为{scale_zh}之一,不是 {self.result!r}",
                field="result",
                article=kind.article,
            )
        if self.conducted_by != kind.conducted_by:
            raise InvalidChoiceError(
                f"the {kind.en} is conducted by {_describe_bodies(kind.conducted_by)}, "
                f"not by {_describe_bodies(self.conducted_by) if self.conducted_by else 'nobody'}",
                zh=f"{kind.zh}由{_describe_bodies(kind.conducted_by, 'zh')}组织实施,"
                f"而非{_describe_bodies(self.conducted_by, 'zh') if self.conducted_by else '无人'}",
                field="conducted_by",
                article=kind.article,
            )

    @classmethod
    def of(
        cls,
        kind: AssessmentKind | str,
        on: date | str,
        result: Grade | str,
        conducted_by: Iterable[Body | str] | None = None,
    ) -> Assessment:
        """Build an assessment from codes: ``Assessment.of("center_mid_term_evaluation", "2028-07-01", "poor")``.

        Raises:
            InvalidChoiceError: an unknown kind, a result not on the kind's scale, a wrong
                conductor.
        """
        chosen = _kind(kind)
        try:
            # Mutation testing, not mutated: the error is raised again below with field='result'
            grade: Grade = chosen.scale.parse(result, field="result")  # pragma: no mutate
        except InvalidChoiceError as error:
            raise InvalidChoiceError(
                error.message, zh=error.zh, field="result", article=chosen.article
            ) from None
        if conducted_by is None:
            return cls(chosen, _on(on), grade)
        return cls(chosen, _on(on), grade, _bodies(conducted_by))


# --- the outcome → consequence matrix --------------------------------------------------


@frozen
class _Rule:
    consequences: tuple[Consequence, ...]
    citations: tuple[Citation, ...]
    zh: str
    en: str


_C = Consequence
_MATRIX: Final[dict[tuple[AssessmentKind, Grade], _Rule]] = {
    (AssessmentKind.COMPLEX_ANNUAL_CHECK, AssessmentResult.QUALIFIED): _Rule(
        (_C.RETAIN_QUALIFICATION,),
        (Citation.article(8, 1),),
        "年度考核验收结果“合格”:建设单位与依托单位资格予以保留。",
        "Annual check 'qualified': the construction unit and the host unit keep their "
        "qualifications.",
    ),
    (AssessmentKind.COMPLEX_ANNUAL_CHECK, AssessmentResult.UNQUALIFIED): _Rule(
        (_C.REVOKE_QUALIFICATION, _C.REASSIGN_UNITS),
        (Citation.article(8, 1),),
        "年度考核验收结果“不合格”:同时取消建设单位与依托单位资格,另行授权委托。",
        "Annual check 'unqualified': the qualifications of the construction unit and of the "
        "host unit are revoked at the same time, and the roles are separately authorised and "
        "entrusted.",
    ),
    (AssessmentKind.COMPLEX_HIGHER_LEVEL_ANNUAL, PerformanceGrade.POOR): _Rule(
        (_C.REVOKE_QUALIFICATION_EARLY, _C.REASSIGN_UNITS),
        (Citation.article(8, 2),),
        "宁波市级及以上综合体在上级组织的年度绩效评价中结果为“差”:提前取消建设单位与依托单位资格,"
        "另行授权委托。",
        "Higher-level annual performance evaluation 'poor' for a Complex at Ningbo level or "
        "above: both units' qualifications are revoked early, and the roles are separately "
        "authorised and entrusted.",
    ),
    (AssessmentKind.COMPLEX_HIGHER_LEVEL_ANNUAL, PerformanceGrade.NOT_POOR): _Rule(
        (),
        (Citation.article(8, 2),),
        "上级年度绩效评价结果非“差”:本办法未规定后果(仅“差”有规定后果)。",
        "Higher-level annual evaluation other than 'poor': the Measures state no "
        "consequence (only 'poor' has one).",
    ),
    (AssessmentKind.COMPLEX_EXPIRY_APPRAISAL, PerformanceGrade.POOR): _Rule(
        (_C.ELIMINATE,),
        (Citation.article(9, 1),),
        "建设期届满绩效评估结果为“差”:予以淘汰,不再列入创建名单。",
        "Appraisal at the expiry of the construction period 'poor': the Complex is eliminated "
        "and no longer included in the creation list.",
    ),
    (AssessmentKind.COMPLEX_EXPIRY_APPRAISAL, PerformanceGrade.NOT_POOR): _Rule(
        (),
        (Citation.article(9, 1),),
        "建设期届满绩效评估结果非“差”:本办法未规定后果。",
        "Appraisal at expiry other than 'poor': the Measures state no consequence.",
    ),
    (AssessmentKind.COMPLEX_HIGHER_LEVEL_EXPIRY, AssessmentResult.UNQUALIFIED): _Rule(
        (_C.ELIMINATE,),
        (Citation.article(9, 2),),
        "宁波市级及以上综合体在上级组织的建设期满考核结果为“不合格”:予以淘汰,不再列入创建名单。",
        "Higher-level expiry assessment 'unqualified' for a Complex at Ningbo level or above: "
        "the Complex is eliminated and no longer included in the creation list.",
    ),
    (AssessmentKind.COMPLEX_HIGHER_LEVEL_EXPIRY, AssessmentResult.QUALIFIED): _Rule(
        (),
        (Citation.article(9, 2),),
        "上级建设期满考核结果“合格”:本办法未规定后果。",
        "Higher-level expiry assessment 'qualified': the Measures state no consequence.",
    ),
    (AssessmentKind.CONSORTIUM_EXPIRY_CHECK, AssessmentResult.QUALIFIED): _Rule(
        (_C.RETAIN_CULTIVATION_QUALIFICATION,),
        (Citation.article(15),),
        "培育周期届满考核验收结果“合格”:链主型企业的培育资格予以保留。",
        "Check at the expiry of the cultivation cycle 'qualified': the chain-leader "
        "enterprise's cultivation qualification is retained.",
    ),
    (AssessmentKind.CONSORTIUM_EXPIRY_CHECK, AssessmentResult.UNQUALIFIED): _Rule(
        (_C.REVOKE_CULTIVATION_QUALIFICATION,),
        (Citation.article(15),),
        "培育周期届满考核验收结果“不合格”:取消培育资格。",
        "Check at the expiry of the cultivation cycle 'unqualified': the cultivation "
        "qualification is revoked.",
    ),
    (AssessmentKind.CENTER_MID_TERM_EVALUATION, PerformanceGrade.POOR): _Rule(
        (_C.TERMINATE_SUPPORT_EARLY,),
        (Citation.article(21),),
        "中期绩效评价结果为“差”:提前终止政策支持。",
        "Mid-term performance evaluation 'poor': policy support is terminated early.",
    ),
    (AssessmentKind.CENTER_MID_TERM_EVALUATION, PerformanceGrade.NOT_POOR): _Rule(
        (),
        (Citation.article(21),),
        "中期绩效评价结果非“差”:本办法未规定后果。",
        "Mid-term evaluation other than 'poor': the Measures state no consequence.",
    ),
    (AssessmentKind.CENTER_END_OF_PERIOD_CHECK, AssessmentResult.UNQUALIFIED): _Rule(
        (_C.TERMINATE_SUPPORT,),
        (Citation.article(21),),
        "期末考核验收结果“不合格”:终止政策支持。",
        "End-of-period check 'unqualified': policy support is terminated.",
    ),
    (AssessmentKind.CENTER_END_OF_PERIOD_CHECK, AssessmentResult.QUALIFIED): _Rule(
        (),
        (Citation.article(21),),
        "期末考核验收结果“合格”:本办法未规定后果(未明文规定可继续获得支持)。",
        "End-of-period check 'qualified': the Measures state no consequence (continued "
        "support is implied, not stated).",
    ),
}


def _check_level(assessment: Assessment, level: Level | str | None) -> Level | None:
    if level is None:
        if assessment.kind.by_higher_level:
            raise MissingInputError(
                f"the {assessment.kind.en} concerns Complexes at Ningbo municipal level or "
                "above; give the Complex's level",
                zh=f"{assessment.kind.zh}适用于宁波市级及以上综合体;请给出综合体的级别",
                field="level",
                article=assessment.kind.article,
            )
        return None
    chosen = choice(Level, level, field="level", article=assessment.kind.article)
    if assessment.kind.by_higher_level and not chosen.ningbo_or_above:
        raise InputError(
            f"the {assessment.kind.en} concerns Complexes at Ningbo municipal level or above, "
            f"not at {chosen.en}",
            zh=f"{assessment.kind.zh}适用于宁波市级及以上综合体,不适用于{chosen.zh}",
            field="level",
            article=assessment.kind.article,
        )
    return chosen


#: Registers a function of the outcome → consequence matrix as implementing its articles.
_MATRIX_ARTICLES: Final = implements(
    "Art. 8", "Art. 9", "Art. 15", "Art. 21", note="the outcome-consequence matrix"
)


def consequences_of(
    assessment: Assessment, *, level: Level | str | None = None
) -> tuple[Consequence, ...]:
    """The consequences of ``assessment`` (empty where the Measures state none).

    Raises:
        MissingInputError: no level for a higher-level evaluation (Art. 8 ¶2, 9 ¶2).
        InputError: a higher-level evaluation of a Complex below Ningbo level.
    """
    _check_level(assessment, level)
    return _MATRIX[assessment.kind, assessment.result].consequences


_MATRIX_ARTICLES(consequences_of)


def consequence(
    assessment: Assessment,
    *,
    level: Level | str | None = None,
    force: ForceCheck | str = ForceCheck.REFUSE,
    measures: Measures = MEASURES,
    subject: str = "",
) -> Decision:
    """Art. 8, 9, 15, 21: what follows an assessment (the outcome → consequence matrix).

    "考核结果“合格”的,建设单位与依托单位资格予以保留;考核结果“不合格”的,同时取消建设单位与依托单位资格,
    另行授权委托" (Art. 8) — and likewise for Art. 8 ¶2, 9, 15 and 21.

    Args:
        assessment: the assessment.
        level: the Complex's level (required for the higher-level evaluations).
        force: refuse or flag a date outside the Measures' force (Art. 24).
        measures: the Measures whose force is checked, counted under their readings (Art. 24).
        subject: an identifier of the platform.

    Returns:
        A decision dated ``assessment.on`` whose outcome code is the consequence codes
        joined by ``+`` (``revoke_qualification+reassign_units``), or ``none_stated``.
    """
    ruling = Ruling.open("evaluations.consequence", assessment.on, force, subject, measures)
    _check_level(assessment, level)
    rule = _MATRIX[assessment.kind, assessment.result]
    reasons = [Reason.of(rule.citations, zh=rule.zh, en=rule.en)]
    if assessment.kind is AssessmentKind.COMPLEX_ANNUAL_CHECK:
        reasons.append(
            Reason.of(
                (ART_10,),
                zh="该结果同时用于次年运营经费补贴结算(与年度目标考核验收情况挂钩)。",
                en="The result also drives the settlement of the year's operating subsidy "
                "(linked to the annual check).",
            )
        )
    if rule.consequences:
        outcome = Label(
            "+".join(c.code for c in rule.consequences),
            ";".join(c.zh for c in rule.consequences),
            "; ".join(c.en for c in rule.consequences),
        )
    else:
        outcome = NO_CONSEQUENCE_STATED
    # Mutation testing: None for the amounts is equivalent: a decision built without amounts has none
    return ruling.decide(outcome, {}, reasons)


_MATRIX_ARTICLES(consequence)


# --- scoring (Art. 22) --------------------------------------------------------------------


@implements("Art. 22", note="the Bureau's scoring rules plug in")
class Scorer(Protocol):
    """The Bureau's scoring rules (Art. 22): core indicators against targets → a result.

    "本办法涉及的相关量化考核、绩效评估等内容,由市科技局另行规定。" Implement ``score`` with
    the Bureau's rules; :class:`ThresholdScorer` is a reference implementation.
    """

    def score(self, kind: AssessmentKind, actual: CoreIndicators, target: CoreIndicators) -> Grade:
        """The result on ``kind``'s scale."""
        ...


def _thresholds(
    value: Mapping[Indicator | str, RatioInput | None] | None,
) -> tuple[tuple[Indicator, Fraction | None], ...]:
    if value is None:
        raise MissingInputError(
            "the Measures give no thresholds; the Bureau prescribes them (另行规定): give a "
            "minimum completion ratio (or None to leave it out) for each core indicator",
            zh="《办法》未规定门槛,由市科技局另行规定:请为每项核心指标给出最低完成率"
            "(或以 None 不予考核)",
            field="minimum_completion",
            article=ART_22,
        )
    given: dict[Indicator, Fraction | None] = {}
    for key, ratio in value.items():
        indicator = choice(Indicator, key, field="minimum_completion", article=ART_22)
        field = f"minimum_completion.{indicator.code}"
        given[indicator] = None if ratio is None else to_ratio(ratio, field=field, article=ART_22)
    for indicator in Indicator:
        if indicator not in given:
            raise MissingInputError(
                f"no threshold for {indicator.en}; the Measures give none (Art. 22): give a "
                "minimum completion ratio, or None to leave the indicator out",
                zh=f"{indicator.zh}没有门槛,《办法》未作规定(第二十二条):请给出最低完成率,"
                "或以 None 不考核该指标",
                field=f"minimum_completion.{indicator.code}",
                article=ART_22,
            )
    return tuple((i, given[i]) for i in Indicator)


@implements("Art. 22", note="a reference scorer with caller-given thresholds")
@frozen
class ThresholdScorer:
    """A reference :class:`Scorer`: each indicator must reach a minimum completion ratio.

    Completion is actual ÷ target (:meth:`~cixi_innovation.law.indicators.CoreIndicators.completion`); a zero target is
    met by any value.  Every threshold is the caller's: one per core indicator, or None
    to leave an indicator out.  Any indicator below its threshold gives the failing
    result of the kind's scale (unqualified, or poor); otherwise the passing one.

    Attributes:
        minimum_completion: per indicator, the minimum completion ratio or None.

    Raises:
        MissingInputError: no thresholds, or none for an indicator (Art. 22).
    """

    minimum_completion: tuple[tuple[Indicator, Fraction | None], ...] = attrs.field(
        default=None, converter=_thresholds
    )

    def shortfalls(self, actual: CoreIndicators, target: CoreIndicators) -> tuple[Indicator, ...]:
        """The indicators whose completion is below their threshold, in Art. 9 order."""
        completion = actual.completion(target)
        out: list[Indicator] = []
        for indicator, minimum in self.minimum_completion:
            ratio = completion[indicator]
            if minimum is not None and ratio is not None and ratio < minimum:
                out.append(indicator)
        return tuple(out)

    def score(self, kind: AssessmentKind, actual: CoreIndicators, target: CoreIndicators) -> Grade:
        """The failing result if any indicator falls short, else the passing one."""
        return kind.failing if self.shortfalls(actual, target) else kind.passing


def _criterion(name: object, value: object) -> tuple[str, Fraction, Fraction]:
    if not isinstance(name, str) or not name.strip():
        raise InputError(
            f"{name!r} is not the name of a criterion",
            zh=f"{name!r} 不是考核标准的名称",
            field="criteria",
            article=ART_22,
        )
    field = f"criteria.{name}"
    if not isinstance(value, tuple | list) or len(value) != 2:
        raise InputError(
            f"{value!r} is not a pair (actual, target)",
            zh=f"{value!r} 不是(实际值, 目标值)数对",
            field=field,
            article=ART_22,
        )
    actual, target = value
    return (
        name,
        to_ratio(actual, field=f"{field}.actual", article=ART_22),
        to_ratio(target, field=f"{field}.target", article=ART_22),
    )


def _criteria(value: object) -> tuple[tuple[str, Fraction, Fraction], ...]:
    if not isinstance(value, Mapping) or not value:
        raise InputError(
            "give the Bureau's criteria as a mapping of each named criterion to its "
            "(actual, target) values",
            zh="请以映射给出市科技局的考核标准:每项具名标准对应其(实际值, 目标值)",
            field="criteria",
            article=ART_22,
        )
    return tuple(_criterion(name, pair) for name, pair in value.items())


@implements("Art. 22", note="the Bureau's own criteria of an assessment (另行规定)")
@frozen
class BureauCriteria:
    """The Bureau's criteria of an assessment, each with the value achieved and its target (Art. 22).

    "本办法涉及的相关量化考核、绩效评估等内容,由市科技局另行规定": apart from the five
    core indicators of a Complex's end-of-round appraisal (Art. 9), the Measures name no
    criteria; the annual check (Art. 8), the Consortium's expiry check (Art. 15) and the
    Center's evaluations (Art. 21) are scored on the criteria the Bureau prescribes.
    The names and values are the caller's; the values are exact non-negative numbers.

    >>> BureauCriteria({"patents filed": (12, 10)}).values
    (('patents filed', Fraction(12, 1), Fraction(10, 1)),)

    Attributes:
        values: ``(name, actual, target)`` for each criterion, in the order given.
    """

    values: tuple[tuple[str, Fraction, Fraction], ...] = attrs.field(converter=_criteria)


@implements("Art. 22", note="the Bureau's scoring of its own criteria plugs in")
class CriteriaScorer(Protocol):
    """The Bureau's scoring of its own criteria (Art. 22): criteria → a result of the kind's scale."""

    def score(self, kind: AssessmentKind, criteria: BureauCriteria) -> Grade:
        """The result on ``kind``'s scale."""
        ...


def assess(
    kind: AssessmentKind,
    *,
    on: date,
    actual: CoreIndicators | None = None,
    target: CoreIndicators | None = None,
    scorer: Scorer | CriteriaScorer | None = None,
    criteria: BureauCriteria | Mapping[str, tuple[RatioInput, RatioInput]] | None = None,
) -> Assessment:
    """Art. 22: score an assessment of the Bureau with the Bureau's rules.

    "本办法涉及的相关量化考核、绩效评估等内容,由市科技局另行规定。"

    The five core indicators of Art. 9 belong to the appraisal at the end of a Complex's
    round only (``complex_expiry_appraisal``): it takes ``actual`` and ``target`` and a
    :class:`Scorer`.  Every other assessment is scored on the Bureau's own
    :class:`BureauCriteria` with a :class:`CriteriaScorer`; no indicator set is
    borrowed for it.

    Args:
        kind: the assessment (not a higher-level one: those results are given, not scored).
        on: the date of the result.
        actual: the core indicators achieved (the Art. 9 appraisal only).
        target: the committed values (Annex 1 §3) or other targets (the Art. 9 appraisal only).
        scorer: the Bureau's scoring rules (required).
        criteria: the Bureau's criteria, or a mapping of each named criterion to its
            ``(actual, target)`` (required for every kind but the Art. 9 appraisal).

    Returns:
        The :class:`Assessment`, conducted by the kind's conductors.

    Raises:
        MissingInputError: no scorer, no indicators for the Art. 9 appraisal, or no
            criteria for another kind (Art. 22).
        InputError: a higher-level kind; core indicators given for another kind than the
            Art. 9 appraisal, or criteria for the Art. 9 appraisal.
    """
    chosen = _kind(kind)
    if chosen.by_higher_level:
        raise InputError(
            f"the {chosen.en} is the higher level's; record its result, it is not scored "
            "under Art. 22",
            zh=f"{chosen.zh}属上级的考核;请记录其结果,不按第二十二条评分",
            field="kind",
            article=chosen.article,
        )
    if chosen is AssessmentKind.COMPLEX_EXPIRY_APPRAISAL:
        if criteria is not None:
            raise InputError(
                f"the {chosen.en} is scored on the five core indicators of Art. 9; give "
                "them as actual and target, not criteria",
                zh=f"{chosen.zh}按第九条的五项核心指标评分;请以 actual 和 target 给出,"
                "而非 criteria",
                field="criteria",
                article=chosen.article,
            )
        if actual is None or target is None:
            raise MissingInputError(
                f"the {chosen.en} is scored on the five core indicators of Art. 9: give "
                "the actual and target values",
                zh=f"{chosen.zh}按第九条的五项核心指标评分:请给出实际值和目标值",
                field="actual" if actual is None else "target",
                article=chosen.article,
            )
        indicators: Scorer = require("scorer", scorer)
        return Assessment(chosen, _on(on), indicators.score(chosen, actual, target))
    if actual is not None or target is not None:
        raise InputError(
            f"the five core indicators of Art. 9 belong to the appraisal at the end of a "
            f"Complex's round; the {chosen.en} is scored on the Bureau's own criteria "
            "(Art. 22): give them as criteria",
            zh=f"第九条的五项核心指标属于综合体一轮建设期届满的绩效评估;{chosen.zh}按市科技局"
            "自定的标准评分(第二十二条):请以 criteria 给出",
            field="actual" if actual is not None else "target",
            article=ART_22,
        )
    if criteria is None:
        raise MissingInputError(
            f"the Measures give no criteria for the {chosen.en}; the Bureau prescribes "
            "them (另行规定): give them as criteria",
            zh=f"《办法》未规定{chosen.zh}的考核标准,由市科技局另行规定:请以 criteria 给出",
            field="criteria",
            article=ART_22,
        )
    given = criteria if isinstance(criteria, BureauCriteria) else BureauCriteria(criteria)
    rules: CriteriaScorer = require("scorer", scorer)
    return Assessment(chosen, _on(on), rules.score(chosen, given))


implements("Art. 22", note="scoring by the Bureau's rules")(assess)
