"""The document and its period of force (Notice, Art. 24)."""

from __future__ import annotations

from datetime import date

import pytest

import cixi_innovation as ci
from cixi_innovation.law.measures import (
    MEASURES,
    EffectiveDateReading,
    ForceCheck,
    PublicationBaseReading,
    ValidityReading,
)
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import OutsideForceError


def test_metadata_of_the_notice() -> None:
    assert MEASURES.document_number == "慈政办发〔2024〕57号"
    assert MEASURES.normative_number == "BCXD01—2024—0008"
    assert MEASURES.index_number == "12330282688011591A/2024-182476"
    assert MEASURES.issuing_body_zh == "市政府办公室"
    assert MEASURES.title_zh == "慈溪市产业创新平台管理暂行办法"
    assert MEASURES.document_date == date(2024, 11, 8)
    assert MEASURES.publication_date == date(2024, 11, 25)


def test_effective_30_days_after_publication_and_valid_five_years_art_24() -> None:
    assert ci.MEASURES.effective_date == date(2024, 12, 25)
    assert ci.MEASURES.last_day_in_force == date(2029, 12, 24)
    assert ci.MEASURES.end_exclusive == date(2029, 12, 25)
    assert ci.MEASURES.period == ci.Period(date(2024, 12, 25), date(2029, 12, 25))


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 12, 24), False),
        (date(2024, 12, 25), True),
        (date(2027, 6, 1), True),
        (date(2029, 12, 24), True),
        (date(2029, 12, 25), False),
    ],
)
def test_in_force_is_half_open(day: date, expected: bool) -> None:
    assert MEASURES.in_force(day) is expected


#: The readings of Art. 24's dates under shorter names, for the table below.
CIVIL_DAYS = EffectiveDateReading.CIVIL_CODE_DAYS
DAY_COUNTED = EffectiveDateReading.PUBLICATION_DAY_COUNTED
STRICT = EffectiveDateReading.STRICT_AFTER
HALF_OPEN = ValidityReading.HALF_OPEN_FROM_EFFECTIVE
CIVIL_YEARS = ValidityReading.CIVIL_CODE_YEARS
FROM_PUBLICATION = ValidityReading.FROM_PUBLICATION
PUBLISHED = PublicationBaseReading.PUBLICATION_DATE
WRITTEN = PublicationBaseReading.DOCUMENT_DATE


@pytest.mark.parametrize(
    ("effective", "validity", "base", "first", "last"),
    [
        (CIVIL_DAYS, HALF_OPEN, PUBLISHED, date(2024, 12, 25), date(2029, 12, 24)),
        (DAY_COUNTED, HALF_OPEN, PUBLISHED, date(2024, 12, 25), date(2029, 12, 24)),
        (CIVIL_DAYS, CIVIL_YEARS, PUBLISHED, date(2024, 12, 25), date(2029, 12, 25)),
        (STRICT, HALF_OPEN, PUBLISHED, date(2024, 12, 26), date(2029, 12, 25)),
        (STRICT, CIVIL_YEARS, PUBLISHED, date(2024, 12, 26), date(2029, 12, 26)),
        (CIVIL_DAYS, FROM_PUBLICATION, PUBLISHED, date(2024, 12, 25), date(2029, 11, 24)),
        (CIVIL_DAYS, HALF_OPEN, WRITTEN, date(2024, 12, 8), date(2029, 12, 7)),
        (STRICT, HALF_OPEN, WRITTEN, date(2024, 12, 9), date(2029, 12, 8)),
    ],
)
def test_the_alternative_readings_of_dates_give_the_dates_of_measures_en(
    effective: EffectiveDateReading,
    validity: ValidityReading,
    base: PublicationBaseReading,
    first: date,
    last: date,
) -> None:
    measures = MEASURES.with_readings(effective=effective, validity=validity, base=base)
    assert (measures.effective_date, measures.last_day_in_force) == (first, last)
    assert MEASURES.effective_date == date(2024, 12, 25)  # the default is untouched


def test_check_in_force_refuses_with_art_24() -> None:
    assert MEASURES.check_in_force(date(2025, 1, 1)) == date(2025, 1, 1)
    with pytest.raises(OutsideForceError) as info:
        MEASURES.check_in_force(date(2030, 1, 1), field="events[3].on")
    assert str(info.value) == (
        "events[3].on: 2030-01-01 is outside the Measures' force [2024-12-25, 2029-12-25) "
        "(Art. 24 第二十四条)"
    )
    assert info.value.articles == (Citation.article(24),)


def test_gate_refuses_or_flags() -> None:
    assert MEASURES.gate(date(2026, 1, 1)) is True
    assert MEASURES.gate(date(2024, 12, 1), ForceCheck.FLAG) is False
    with pytest.raises(OutsideForceError):
        MEASURES.gate(date(2024, 12, 1), ForceCheck.REFUSE, field="on")


def test_summaries() -> None:
    assert MEASURES.summary("en").splitlines()[-1] == (
        "In force from 2024-12-25 to 2029-12-24 inclusive (Art. 24)"
    )
    assert MEASURES.summary("zh").splitlines()[0] == (
        "《慈溪市产业创新平台管理暂行办法》(慈政办发〔2024〕57号)"
    )
