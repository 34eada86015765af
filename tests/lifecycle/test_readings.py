"""Named readings of the open lifecycle provisions (TN 6.2, TN 8.3, TN 9.2)."""

from __future__ import annotations

import pytest

from cixi_innovation.law.readings import (
    READINGS,
    AppraisalOutcomeReading,
    ConsultationReading,
    Readings,
    ReassignmentReading,
)
from cixi_innovation.values.errors import InvalidChoiceError


def test_the_default_readings_are_those_of_measures_en_md() -> None:
    assert (
        Readings(
            ConsultationReading.ALL_SEVEN_UNITS,
            AppraisalOutcomeReading.STAYS_ON_LIST,
            ReassignmentReading.CONTINUE_ROUND,
        )
        == READINGS
    )


def test_a_reading_is_replaced_by_member_or_code_and_the_default_is_unchanged() -> None:
    other = READINGS.replace(
        after_appraisal="construction_ends", reassignment=ReassignmentReading.NEW_ROUND
    )
    assert other.after_appraisal is AppraisalOutcomeReading.CONSTRUCTION_ENDS
    assert other.reassignment is ReassignmentReading.NEW_ROUND
    assert READINGS.after_appraisal is AppraisalOutcomeReading.STAYS_ON_LIST


def test_an_unknown_reading_or_code_is_refused_by_name() -> None:
    with pytest.raises(InvalidChoiceError) as info:
        READINGS.replace(timing="early")
    message = str(info.value)
    assert message.startswith("timing: 'timing' is not a reading; choose one of: ")
    listed = message.split("choose one of: ")[1].split(", ")
    assert {"consultation", "after_appraisal", "reassignment"} <= set(listed)
    assert listed == sorted(listed)
    with pytest.raises(InvalidChoiceError) as info:
        Readings(consultation="some")
    assert str(info.value) == (
        "consultation: 'some' is not a consultation reading; choose one of: all_seven_units, "
        "relevant_units"
    )
