"""Assessments of Art. 8, 9, 15 and 21, their consequences, and Art. 22 scoring."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

import pytest
from tests.raising import raised

from cixi_innovation.law.indicators import CoreIndicators, Indicator
from cixi_innovation.law.measures import ForceCheck
from cixi_innovation.rules.evaluations import (
    Assessment,
    AssessmentKind,
    BureauCriteria,
    Grade,
    ThresholdScorer,
    assess,
    consequence,
    consequences_of,
)
from cixi_innovation.values.assessments import AssessmentResult, Consequence, PerformanceGrade
from cixi_innovation.values.bodies import Body
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import InputError, InvalidChoiceError, MissingInputError
from cixi_innovation.values.vocabulary import Level, PlatformKind

K = AssessmentKind
Q, U = AssessmentResult.QUALIFIED, AssessmentResult.UNQUALIFIED
POOR, NOT_POOR = PerformanceGrade.POOR, PerformanceGrade.NOT_POOR
ON = date(2027, 2, 1)
BUREAU = Body.SCIENCE_AND_TECHNOLOGY_BUREAU
FINANCE = Body.FINANCE_BUREAU


class TestKinds:
    def test_who_conducts_what(self) -> None:
        assert K.COMPLEX_ANNUAL_CHECK.conducted_by == (BUREAU,)
        for kind in (
            K.COMPLEX_EXPIRY_APPRAISAL,
            K.CONSORTIUM_EXPIRY_CHECK,
            K.CENTER_MID_TERM_EVALUATION,
            K.CENTER_END_OF_PERIOD_CHECK,
        ):
            assert kind.conducted_by == (BUREAU, FINANCE)
        assert K.COMPLEX_HIGHER_LEVEL_ANNUAL.conducted_by == (Body.HIGHER_LEVEL,)
        assert K.COMPLEX_HIGHER_LEVEL_EXPIRY.conducted_by == (Body.HIGHER_LEVEL,)

    def test_articles_scales_and_platforms(self) -> None:
        assert [(k.article.en, k.scale.__name__, k.platform) for k in K] == [
            ("Art. 8 ¶1", "AssessmentResult", PlatformKind.COMPLEX),
            ("Art. 8 ¶2", "PerformanceGrade", PlatformKind.COMPLEX),
            ("Art. 9 ¶1", "PerformanceGrade", PlatformKind.COMPLEX),
            ("Art. 9 ¶2", "AssessmentResult", PlatformKind.COMPLEX),
            ("Art. 15", "AssessmentResult", PlatformKind.CONSORTIUM),
            ("Art. 21", "PerformanceGrade", PlatformKind.INNOVATION_CENTER),
            ("Art. 21", "AssessmentResult", PlatformKind.INNOVATION_CENTER),
        ]

    def test_parse_by_code(self) -> None:
        assert K.parse("center_mid_term_evaluation") is K.CENTER_MID_TERM_EVALUATION


class TestAssessment:
    def test_the_conductor_defaults_to_the_kind(self) -> None:
        a = Assessment(K.CONSORTIUM_EXPIRY_CHECK, ON, Q)
        assert a.conducted_by == (BUREAU, FINANCE)

    def test_the_order_of_conductors_does_not_matter(self) -> None:
        a = Assessment(K.CONSORTIUM_EXPIRY_CHECK, ON, Q, conducted_by=(FINANCE, BUREAU))
        assert a.conducted_by == (BUREAU, FINANCE)

    def test_the_annual_check_is_the_bureau_alone(self) -> None:
        error = raised(
            InvalidChoiceError,
            lambda: Assessment(K.COMPLEX_ANNUAL_CHECK, ON, Q, conducted_by=(BUREAU, FINANCE)),
        )
        assert str(error) == (
            "conducted_by: the annual assessment and acceptance check of a Complex is conducted "
            "by the Municipal Science and Technology Bureau alone, not by the Municipal Science "
            "and Technology Bureau together with the Municipal Finance Bureau "
            "(Art. 8 ¶1 第八条第一款)"
        )

    def test_a_result_from_the_wrong_scale(self) -> None:
        error = raised(InvalidChoiceError, lambda: Assessment(K.CENTER_MID_TERM_EVALUATION, ON, U))
        assert str(error) == (
            "result: the mid-term performance evaluation is "
            "graded 'poor' or 'a grade other than poor', not <AssessmentResult.UNQUALIFIED: "
            "'unqualified'> (Art. 21 第二十一条)"
        )

    def test_of_parses_codes(self) -> None:
        a = Assessment.of("center_mid_term_evaluation", "2028-07-01", "poor")
        assert (a.kind, a.on, a.result) == (K.CENTER_MID_TERM_EVALUATION, date(2028, 7, 1), POOR)

    def test_of_names_the_article_for_a_wrong_code(self) -> None:
        error = raised(
            InvalidChoiceError, lambda: Assessment.of(K.COMPLEX_EXPIRY_APPRAISAL, ON, "unqualified")
        )
        assert error.field == "result"
        assert error.articles == (Citation.article(9, 1),)

    def test_of_with_conductors(self) -> None:
        a = Assessment.of(K.COMPLEX_ANNUAL_CHECK, ON, "qualified", conducted_by=["bureau"])
        assert a.conducted_by == (BUREAU,)

    def test_nobody_conducting(self) -> None:
        error = raised(
            InvalidChoiceError, lambda: Assessment(K.COMPLEX_ANNUAL_CHECK, ON, Q, conducted_by=())
        )
        assert error.message.endswith("not by nobody")


MATRIX: list[tuple[AssessmentKind, Grade, list[str], str]] = [
    (K.COMPLEX_ANNUAL_CHECK, Q, ["retain_qualification"], "Art. 8 ¶1"),
    (K.COMPLEX_ANNUAL_CHECK, U, ["revoke_qualification", "reassign_units"], "Art. 8 ¶1"),
    (
        K.COMPLEX_HIGHER_LEVEL_ANNUAL,
        POOR,
        ["revoke_qualification_early", "reassign_units"],
        "Art. 8 ¶2",
    ),
    (K.COMPLEX_HIGHER_LEVEL_ANNUAL, NOT_POOR, [], "Art. 8 ¶2"),
    (K.COMPLEX_EXPIRY_APPRAISAL, POOR, ["eliminate"], "Art. 9 ¶1"),
    (K.COMPLEX_EXPIRY_APPRAISAL, NOT_POOR, [], "Art. 9 ¶1"),
    (K.COMPLEX_HIGHER_LEVEL_EXPIRY, U, ["eliminate"], "Art. 9 ¶2"),
    (K.COMPLEX_HIGHER_LEVEL_EXPIRY, Q, [], "Art. 9 ¶2"),
    (K.CONSORTIUM_EXPIRY_CHECK, Q, ["retain_cultivation_qualification"], "Art. 15"),
    (K.CONSORTIUM_EXPIRY_CHECK, U, ["revoke_cultivation_qualification"], "Art. 15"),
    (K.CENTER_MID_TERM_EVALUATION, POOR, ["terminate_support_early"], "Art. 21"),
    (K.CENTER_MID_TERM_EVALUATION, NOT_POOR, [], "Art. 21"),
    (K.CENTER_END_OF_PERIOD_CHECK, U, ["terminate_support"], "Art. 21"),
    (K.CENTER_END_OF_PERIOD_CHECK, Q, [], "Art. 21"),
]


class TestConsequences:
    """The outcome → consequence matrix of measures.en.md."""

    @pytest.mark.parametrize(("kind", "result", "codes", "article"), MATRIX)
    def test_the_matrix(
        self, kind: AssessmentKind, result: Grade, codes: list[str], article: str
    ) -> None:
        a = Assessment(kind, ON, result)
        assert [c.code for c in consequences_of(a, level=Level.NINGBO)] == codes
        d = consequence(a, level=Level.NINGBO)
        assert d.outcome.code == ("+".join(codes) or "none_stated")
        assert d.articles[0] == Citation.parse(article)
        assert d.on == ON

    def test_the_annual_check_also_drives_the_settlement(self) -> None:
        d = consequence(Assessment(K.COMPLEX_ANNUAL_CHECK, ON, U))
        assert d.articles == (Citation.article(8, 1), Citation.article(10))
        assert d.outcome.en == (
            "qualifications revoked; units to be separately authorised and entrusted"
        )
        assert (
            d.reasons[0].zh
            == "年度考核验收结果“不合格”:同时取消建设单位与依托单位资格,另行授权委托。"
        )

    def test_higher_level_evaluations_need_the_level(self) -> None:
        a = Assessment(K.COMPLEX_HIGHER_LEVEL_ANNUAL, ON, POOR)
        assert str(raised(MissingInputError, lambda: consequence(a))) == (
            "level: the annual performance evaluation organised by the higher level concerns "
            "Complexes at Ningbo municipal level or above; give the Complex's level "
            "(Art. 8 ¶2 第八条第二款)"
        )

    def test_higher_level_evaluations_are_for_ningbo_level_or_above(self) -> None:
        a = Assessment(K.COMPLEX_HIGHER_LEVEL_EXPIRY, ON, U)
        error = raised(InputError, lambda: consequences_of(a, level="cixi"))
        assert error.articles == (Citation.article(9, 2),)

    def test_a_date_outside_force_can_be_flagged(self) -> None:
        a = Assessment(K.CENTER_END_OF_PERIOD_CHECK, date(2030, 3, 1), U)
        d = consequence(a, force=ForceCheck.FLAG)
        assert d.in_force is False
        assert d.outcome.code == "terminate_support"

    def test_consequence_members_come_from_the_vocabulary(self) -> None:
        a = Assessment(K.COMPLEX_EXPIRY_APPRAISAL, ON, POOR)
        assert consequences_of(a) == (Consequence.ELIMINATE,)


def indicators(output: str, hte: str, intensity: str, rate: str, patents: int) -> CoreIndicators:
    return CoreIndicators(output, Fraction(hte), Fraction(intensity), Fraction(rate), patents)


TARGET = indicators("1000000", "3/10", "3/100", "3/5", 100)
THRESHOLDS: dict[Indicator | str, str | None] = {
    Indicator.INDUSTRY_OUTPUT_VALUE: "90%",
    Indicator.VALID_HTE_SHARE: "90%",
    Indicator.ABOVE_SCALE_RD_INTENSITY: "80%",
    Indicator.ABOVE_SCALE_RD_INSTITUTION_RATE: "80%",
    "valid_invention_patents": None,
}


#: The Bureau's own criteria of an assessment (Art. 22), as a caller gives them.
CRITERIA = {"chain enterprises joined": (8, 10), "joint projects": (3, 3)}


def appraise(**inputs: Any) -> Assessment:
    """The Art. 9 appraisal of a Complex at the expiry of its construction period, on ON."""
    return assess(K.COMPLEX_EXPIRY_APPRAISAL, on=ON, **inputs)


class AllMet:
    """A caller's scorer of the Bureau's criteria: every criterion must reach its target."""

    def score(self, kind: AssessmentKind, criteria: BureauCriteria) -> Grade:
        met = all(actual >= target for _, actual, target in criteria.values)
        return kind.passing if met else kind.failing


class TestScoring:
    """Art. 22: "量化考核、绩效评估等内容,由市科技局另行规定"."""

    def test_all_thresholds_met(self) -> None:
        scorer = ThresholdScorer(THRESHOLDS)
        actual = indicators("900000", "3/10", "3/100", "3/5", 0)
        a = appraise(actual=actual, target=TARGET, scorer=scorer)
        assert a.result is NOT_POOR
        assert a.conducted_by == (BUREAU, FINANCE)

    def test_one_indicator_short_is_poor(self) -> None:
        scorer = ThresholdScorer(THRESHOLDS)
        actual = indicators("899999.99", "3/10", "3/100", "3/5", 100)
        assert scorer.shortfalls(actual, TARGET) == (Indicator.INDUSTRY_OUTPUT_VALUE,)
        a = appraise(actual=actual, target=TARGET, scorer=scorer)
        assert a.result is POOR
        assert consequences_of(a) == (Consequence.ELIMINATE,)

    def test_the_scale_follows_the_kind(self) -> None:
        a = assess(K.CONSORTIUM_EXPIRY_CHECK, on=ON, criteria=CRITERIA, scorer=AllMet())
        assert a.result is U

    def test_a_consortium_meeting_every_criterion_is_qualified(self) -> None:
        met: dict[str, tuple[int | str, int | str]] = {"joined": (12, 10), "projects": ("3", "3")}
        a = assess(K.CONSORTIUM_EXPIRY_CHECK, on=ON, criteria=met, scorer=AllMet())
        assert a.result is Q
        assert consequences_of(a) == (Consequence.RETAIN_CULTIVATION_QUALIFICATION,)

    @pytest.mark.parametrize(
        "kind",
        [
            K.COMPLEX_ANNUAL_CHECK,
            K.CONSORTIUM_EXPIRY_CHECK,
            K.CENTER_MID_TERM_EVALUATION,
            K.CENTER_END_OF_PERIOD_CHECK,
        ],
    )
    def test_art_9_indicators_are_refused_for_every_other_assessment(
        self, kind: AssessmentKind
    ) -> None:
        # issue 14 item 2: the five core indicators belong to the end of a Complex's round
        error = raised(
            InputError,
            lambda: assess(
                kind, on=ON, actual=TARGET, target=TARGET, scorer=ThresholdScorer(THRESHOLDS)
            ),
        )
        assert str(error) == (
            "actual: the five core indicators of Art. 9 belong to the appraisal at the end of "
            f"a Complex's round; the {kind.en} is scored on the Bureau's own criteria "
            "(Art. 22): give them as criteria (Art. 22 第二十二条)"
        )
        assert str(raised(MissingInputError, lambda: assess(kind, on=ON, scorer=AllMet()))) == (
            f"criteria: the Measures give no criteria for the {kind.en}; the Bureau "
            "prescribes them (另行规定): give them as criteria (Art. 22 第二十二条)"
        )

    def test_the_criteria_are_the_callers(self) -> None:
        criteria = BureauCriteria({"patents filed": (12, "10"), "staff": ("7/2", 4)})
        assert criteria.values == (
            ("patents filed", Fraction(12), Fraction(10)),
            ("staff", Fraction(7, 2), Fraction(4)),
        )
        a = assess(K.CENTER_MID_TERM_EVALUATION, on=ON, criteria=criteria, scorer=AllMet())
        assert a.result is POOR

    @pytest.mark.parametrize(
        ("criteria", "message"),
        [
            (
                {},
                "criteria: give the Bureau's criteria as a mapping of each named criterion "
                "to its (actual, target) values (Art. 22 第二十二条)",
            ),
            ({" ": (1, 1)}, "criteria: ' ' is not the name of a criterion (Art. 22 第二十二条)"),
            ({"a": 1}, "criteria.a: 1 is not a pair (actual, target) (Art. 22 第二十二条)"),
        ],
    )
    def test_malformed_criteria_are_refused(self, criteria: Any, message: str) -> None:
        assert str(raised(InputError, lambda: BureauCriteria(criteria))) == message

    def test_the_art_9_appraisal_takes_the_indicators_not_criteria(self) -> None:
        scorer = ThresholdScorer(THRESHOLDS)
        error = raised(InputError, lambda: appraise(criteria=CRITERIA, scorer=scorer))
        assert error.field == "criteria"
        error = raised(MissingInputError, lambda: appraise(actual=TARGET, scorer=scorer))
        assert str(error) == (
            "target: the performance appraisal at the expiry of the construction period is "
            "scored on the five core indicators of Art. 9: give the actual and target values "
            "(Art. 9 ¶1 第九条第一款)"
        )
        no_actual = raised(MissingInputError, lambda: appraise(target=TARGET, scorer=scorer))
        assert no_actual.field == "actual"

    def test_a_zero_target_is_met(self) -> None:
        scorer = ThresholdScorer(dict.fromkeys(Indicator, "1"))
        zero = indicators("0", "0", "0", "0", 0)
        assert scorer.shortfalls(zero, zero) == ()

    def test_no_thresholds_is_refused_citing_art_22(self) -> None:
        error = raised(MissingInputError, lambda: ThresholdScorer())
        assert error.field == "minimum_completion"
        assert error.articles == (Citation.article(22),)

    def test_a_missing_threshold_is_refused_citing_art_22(self) -> None:
        partial = {k: v for k, v in THRESHOLDS.items() if k != "valid_invention_patents"}
        assert str(raised(MissingInputError, lambda: ThresholdScorer(partial))) == (
            "minimum_completion.valid_invention_patents: no threshold for number of valid "
            "invention patents; the Measures give none (Art. 22): give a minimum completion "
            "ratio, or None to leave the indicator out (Art. 22 第二十二条)"
        )

    def test_no_scorer_is_refused_citing_art_22(self) -> None:
        error = raised(MissingInputError, lambda: appraise(actual=TARGET, target=TARGET))
        assert str(error) == (
            "scorer: the Measures do not give the quantitative assessment and performance "
            "appraisal rules of the Bureau; supply it (Art. 22 第二十二条)"
        )

    def test_higher_level_results_are_not_scored(self) -> None:
        error = raised(
            InputError,
            lambda: assess(
                K.COMPLEX_HIGHER_LEVEL_ANNUAL,
                on=ON,
                actual=TARGET,
                target=TARGET,
                scorer=ThresholdScorer(THRESHOLDS),
            ),
        )
        assert error.field == "kind"

    def test_a_scorer_giving_the_wrong_scale_is_refused(self) -> None:
        class Wrong:
            def score(self, kind: AssessmentKind, criteria: BureauCriteria) -> Grade:
                return U

        with pytest.raises(InvalidChoiceError):
            assess(K.CENTER_MID_TERM_EVALUATION, on=ON, criteria=CRITERIA, scorer=Wrong())

    def test_a_float_threshold_is_refused(self) -> None:
        from cixi_innovation.values.errors import FloatMoneyError

        with pytest.raises(FloatMoneyError) as caught:
            ThresholdScorer({**THRESHOLDS, Indicator.VALID_HTE_SHARE: 0.9})  # type: ignore[dict-item]
        assert caught.value.field == "minimum_completion.valid_hte_share"
