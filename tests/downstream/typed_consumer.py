"""A downstream user's script, type-checked against the installed package.

``nox -s typecheck`` copies this file to a temporary directory outside the source tree
and runs ``mypy --strict`` on it there, where only the installed wheel can be imported.
It passes only if the wheel ships ``py.typed`` and the public names keep their types;
without ``py.typed`` mypy reports ``import-untyped``.
"""

from __future__ import annotations

from datetime import date

import cixi_innovation as ci

d: date = ci.MEASURES.effective_date
ok: bool = ci.MEASURES.in_force(d)
print(f"{ci.__version__}: in force on {d.isoformat()}: {ok}")
