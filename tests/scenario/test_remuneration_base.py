"""TN 10.5 in a scenario: the bases of the one-third limit a scenario may choose."""

from __future__ import annotations

import pytest
from tests.scenario.documents import data

from cixi_innovation.rules.subsidy_expenses import RemunerationBase
from cixi_innovation.scenarios.inputs import Inputs
from cixi_innovation.scenarios.problems import Problem, ScenarioError
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import InputError

REFUSAL = (
    "not yet supported in a scenario: the one-third limit read on the amount finally "
    "settled (TN 10.5); choose granted_subsidy, advanced_amount or annual_cap"
)


def test_a_scenario_file_choosing_the_settled_amount_is_refused() -> None:
    raw = data()
    raw["inputs"] = {"remuneration_base": "settled_amount"}
    with pytest.raises(ScenarioError) as caught:
        Scenario.from_data(raw)
    message = f"{REFUSAL} (Art. 10 第十条)"
    zh = (
        "情景尚不支持按最终结算额计算三分之一限额(TN 10.5);"
        "请选 granted_subsidy、advanced_amount 或 annual_cap(第十条)"
    )
    assert caught.value.problems == (Problem("inputs.remuneration_base", message, zh=zh),)


def test_inputs_choosing_the_settled_amount_are_refused() -> None:
    with pytest.raises(InputError) as caught:
        Inputs(remuneration_base=RemunerationBase.SETTLED_AMOUNT)
    assert caught.value.field == "remuneration_base"
    assert caught.value.article == Citation.article(10)
    assert str(caught.value) == f"remuneration_base: {REFUSAL} (Art. 10 第十条)"


def test_the_other_bases_are_read_from_a_file() -> None:
    raw = data()
    raw["inputs"] = {"remuneration_base": "annual_cap"}
    scenario = Scenario.from_data(raw)
    assert scenario.inputs.remuneration_base is RemunerationBase.ANNUAL_CAP
