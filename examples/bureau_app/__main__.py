"""A short session: register a Complex, post its events, two writers, the agenda."""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path

from bureau_app.app import BureauApp, refusal_data
from cixi_innovation import StaleVersionError, encode_event
from cixi_innovation.lifecycles.complex.entity import example_events


def main() -> None:
    """Run the session in a temporary SQLite file and print what happens."""
    with tempfile.TemporaryDirectory() as tmp:
        app = BureauApp(Path(tmp) / "bureau.sqlite")
        first, *rest = [encode_event(e) for e in example_events()]
        app.register("complex", first)
        for data in rest:
            app.post("CX-2025-01", data, expected_version=app.platform("CX-2025-01")["version"])  # type: ignore[arg-type]
        print(json.dumps(app.platform("CX-2025-01"), ensure_ascii=False))
        read = 13
        plan = {"kind": "annual_work_plan", "on": "2026-01-05", "year": 2026, "plan": "计划"}
        app.post("CX-2025-01", plan, expected_version=read)
        assessment = {
            "kind": "annual_assessment",
            "on": "2026-01-20",
            "year": 2025,
            "result": "qualified",
        }
        try:
            app.post("CX-2025-01", assessment, expected_version=read)
        except StaleVersionError as error:
            print(json.dumps(refusal_data(error), ensure_ascii=False))
        print(json.dumps(app.agenda("CX-2025-01", date(2026, 1, 21)), ensure_ascii=False))
        app.close()


if __name__ == "__main__":
    main()
