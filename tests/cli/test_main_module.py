"""``python -m cixi_innovation`` is the command line (the package's ``__main__``)."""

from __future__ import annotations

import runpy
import sys

import pytest


def test_running_the_package_runs_the_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["cixi-innovation", "articles", "24"])
    with pytest.raises(SystemExit) as exited:
        runpy.run_module("cixi_innovation", run_name="__main__", alter_sys=True)
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "Art. 24\nThese Measures come into force (施行) 30 days after the date of publication"
    )
