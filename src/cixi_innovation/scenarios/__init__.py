"""Scenarios: the portfolio model, its files, the simulation and its results (情景模拟).

A scenario states platforms and their yearly facts (or the probabilities of them);
:mod:`~cixi_innovation.scenarios.files` reads and writes it as TOML or JSON (the format
described by the JSON Schema that :mod:`~cixi_innovation.scenarios.schema` writes from
the declarations its loaders read), :mod:`~cixi_innovation.scenarios.simulation` runs the lifecycles
and the rules over it, once or as a Monte Carlo study,
:mod:`~cixi_innovation.scenarios.checks` lists every problem a simulation of it meets,
and :mod:`~cixi_innovation.scenarios.results` renders what came out.  Imports from every layer below, never from :mod:`~cixi_innovation.cli`.
"""
