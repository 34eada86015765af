"""The checking pass (校验): a scenario simulated again, recovering from each problem.

A simulation stops at its first problem.  When it has one, this pass runs the scenario
again, each platform on its own, to report every problem of the file at once, as a
compiler reports every error, without reporting a problem a correct file would not have:

* **The draws.**  A platform's outcomes not given are drawn from one generator in the
  order of the straight simulation (years, then platforms); the draws of a year depend
  on its facts only, never on the states reached, so they are drawn first, in that
  order, and each platform is then run alone with its own.
* **A given event refused** (by the lifecycle, or as outside the Measures' force) is
  reported and left out; the platform goes on with its later events and years.  The
  problems found after it are real problems of the file without that event, but they
  may follow from leaving it out (a file that dates the event right can do without
  them): their messages say so (``with events[0] left out, ...``).
* **A missing outcome** (an assessment, an appraisal, a grade, needed and given
  neither as a fact nor as a probability, or drawn with no seed) is reported; the
  platform's later state depends on it, so the platform is run on once with each of
  its values (the failing and the passing one), and a later problem is reported only
  when every one of those runs meets it: it is then a problem of the file whatever
  value the analyst gives.  Runs fork so up to :data:`_FORKS` missing outcomes deep;
  beyond that a platform stops at its next missing outcome.
* **Any other problem** (a value the rules need, the core indicators of an appraisal,
  a date of the spec's own setup the lifecycle refuses) stops the platform: it is its last
  problem.

No problem is listed that a file fixed as far as it goes would not have: a platform's
first problem is the one ``simulate`` stops at when no other platform has one; once a
missing outcome is given either value, every problem listed after it is still listed; a
problem listed after a left-out event is one of the file without that event, and says
so.  The problems are listed by platform, each platform's in the order the simulation
meets them (by date: the setup, then the years); a problem of the whole scenario (the
seed) is listed once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final, cast

from cixi_innovation.lifecycles.engine import Entity
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.scenarios._context import _Context, _Platform
from cixi_innovation.scenarios._draws import _DRAWS
from cixi_innovation.scenarios._events import (
    _ENTITIES,
    _at,
    _settings,
    _setup_paths,
    setup_events,
)
from cixi_innovation.scenarios._memo import _Memo, _Node
from cixi_innovation.scenarios._run import _rng, _Run
from cixi_innovation.scenarios._wording import Words
from cixi_innovation.scenarios.platforms import PlatformSpec
from cixi_innovation.scenarios.problems import Problem
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import CixiError, MissingInputError
from cixi_innovation.values.vocabulary import LabelledEnum

__all__ = ["_every_problem"]

#: How many missing outcomes deep a platform's runs fork (2 ** _FORKS runs at most).
_FORKS: Final = 3


#: The texts of this pass (English, Chinese): a problem met after given events were left
#: out, in each language with the problem's own text in that language.
_LEFT_OUT: Final = Words("with {left} left out, {message}", "略去{left}后,{message}")

#: The values a missing outcome can take, by the field of the year's facts.
_CHOICES: Final[dict[str, tuple[LabelledEnum, LabelledEnum]]] = {
    field: (failing, passing) for draws in _DRAWS.values() for field, _, failing, passing in draws
}

#: The setup of a platform that stopped in its setup: it has no year to run.
_STOPPED: Final = _Node(cast("Entity[Any, Any]", None), None)

_Converter = Callable[[CixiError], tuple[Problem, ...]]


class _ForkError(Exception):
    """An outcome needed and not given: the run goes on once with each of its values."""

    def __init__(self, key: str, error: MissingInputError) -> None:
        super().__init__(key)
        self.key = key
        self.error = error


def _place(name: str) -> int:
    """The place in the file of the given event ``name`` (``events[3]`` -> 3)."""
    return int(name[len("events[") : -1])


class _Found:
    """The problems one run of a platform meets, and the given events it left out."""

    def __init__(self, convert: _Converter, left: Sequence[str] = ()) -> None:
        self.convert = convert
        self.problems: list[Problem] = []
        self.left = list(left)

    def add(self, error: CixiError) -> None:
        """Record ``error``, saying which given events were left out before it."""
        for problem in self.convert(error):
            if self.left:
                # named by their places in the file, in that order
                left = sorted((path.rsplit(".", 1)[-1] for path in self.left), key=_place)
                problem = Problem(
                    problem.path,
                    _LEFT_OUT.en.format(left=", ".join(left), message=problem.message),
                    zh=_LEFT_OUT.zh.format(left="、".join(left), message=problem.message_in("zh")),
                )
            self.problems.append(problem)

    def leave_out(self, path: str, error: CixiError) -> None:
        """Record the refusal of the given event at ``path``, which is then left out."""
        self.add(error)
        self.left.append(path)


class _CheckingContext(_Context):
    """A run's context that leaves out refused given events and forks on missing outcomes."""

    def __init__(self, memo: _Memo) -> None:
        super().__init__(memo)
        #: the values taken for missing outcomes in this run, by their paths
        self.assumed: dict[str, object] = {}
        #: what the run meets: each run of a platform is given its own
        self.found: _Found

    def apply(self, p: _Platform, event: Event, path: str) -> LabelledEnum:
        if "].events[" not in path:
            # an event of the simulation's own: refused, it stops the platform
            return super().apply(p, event, path)
        try:
            return super().apply(p, event, path)
        except CixiError as error:
            self.found.leave_out(path, error)
            state: LabelledEnum = p.node.entity.state
            return state

    def outcome(
        self, given: Any, field: str, path: str, what: Callable[[], Words], article: Citation
    ) -> Any:
        try:
            return super().outcome(given, field, path, what, article)
        except MissingInputError as error:
            key = f"{path}.{field}"
            if key in self.assumed:
                return self.assumed[key]
            raise _ForkError(key, error) from None


class _CheckingMemo(_Memo):
    """A straight memo whose setups leave out the given events the lifecycle refuses."""

    def __init__(self, scenario: Scenario, convert: _Converter) -> None:
        #: per platform, the problems of its setup and the given events it left out
        self.found: list[_Found] = []
        self.convert = convert
        super().__init__(scenario, shared=False)

    def setup(self, index: int, spec: PlatformSpec) -> tuple[_Node, object, list[Event]]:
        found = _Found(self.convert)
        self.found.append(found)
        try:
            return super().setup(index, spec)
        except CixiError:
            pass
        s = self.scenario
        events, late = setup_events(spec, s)
        paths = _setup_paths(spec, events)
        kw = _settings(s)
        entity: Entity[Any, Any] | None = None
        for event, path in zip(events, paths, strict=True):
            try:
                if entity is None:
                    entity = _ENTITIES[spec.kind].create(event, **kw).entity
                else:
                    entity = entity.apply(event, **kw).entity
            except CixiError as error:
                at = _at(f"platforms[{index}].{path}", error)
                if not path.startswith("events["):
                    # an event of the spec's own: the platform cannot be set up
                    found.add(at)
                    return _STOPPED, None, late
                found.leave_out(path, at)
        assert entity is not None  # the application is the spec's own, never left out
        return _Node(entity, None), None, late


class _Checker:
    """The checking pass over one scenario and seed."""

    def __init__(self, scenario: Scenario, seed: object, convert: _Converter) -> None:
        self.memo = memo = _CheckingMemo(scenario, convert)
        self.convert = convert
        self.setups = memo.found
        self.run = run = _Run(memo, _rng(seed), collect=False, context=_CheckingContext)
        self.ctx = cast(_CheckingContext, run.ctx)
        self.platforms: list[_Platform] = []
        for index, spec in enumerate(scenario.platforms):
            # set up in the scenario's order: memo.found follows it
            node, profile, late = memo.setup(index, spec)
            self.platforms.append(_Platform(index, spec, node, late, profile, memo.draws[index]))
        self.years = scenario.horizon.years
        #: the draws of each platform-year, drawn in the order of the straight simulation
        drawn = run.drawn()
        self.drawn = {
            (p.index, year): drawn[p.index][k]
            for k, year in enumerate(self.years)
            for p in self.platforms
        }

    def problems(self) -> tuple[Problem, ...]:
        found: dict[tuple[str, str], Problem] = {}
        for p in self.platforms:
            problems = list(self.setups[p.index].problems)
            if p.node is not _STOPPED:
                problems += self.walk(p, {}, 0)
            for problem in problems:
                # a problem of the whole scenario (the seed) is listed once
                key = (problem.path, problem.message if "[" in problem.path else "")
                found.setdefault(key, problem)
        return tuple(found.values())

    def walk(self, p: _Platform, assumed: dict[str, object], depth: int) -> list[Problem]:
        """The problems of the platform's years, with ``assumed`` values for missing outcomes."""
        ctx = self.ctx
        ctx.assumed = assumed
        ctx.found = found = _Found(self.convert, self.setups[p.index].left)
        fresh = _Platform(p.index, p.spec, p.node, p.late, None, p.draws)
        for year in self.years:
            try:
                self.run.step(fresh, year, self.drawn[p.index, year])
            except _ForkError as fork:
                found.add(fork.error)
                if depth == _FORKS:
                    return found.problems
                return found.problems + self.common(p, assumed, depth, fork, found.problems)
            except CixiError as error:
                found.add(error)
                return found.problems
        return found.problems

    def common(
        self,
        p: _Platform,
        assumed: dict[str, object],
        depth: int,
        fork: _ForkError,
        before: list[Problem],
    ) -> list[Problem]:
        """The problems after ``fork`` met whatever value the missing outcome takes."""
        field = fork.key.rsplit(".", 1)[-1]
        # each run meets the same problems up to the fork, where its value is given
        start = len(before) - 1
        runs = [
            self.walk(p, {**assumed, fork.key: value}, depth + 1)[start:]
            for value in _CHOICES[field]
        ]
        return [problem for problem in runs[0] if all(problem in run for run in runs[1:])]


def _every_problem(scenario: Scenario, seed: object, convert: _Converter) -> tuple[Problem, ...]:
    """Every problem of ``scenario`` simulated with ``seed``, each error made problems by ``convert``."""
    return _Checker(scenario, seed, convert).problems()
