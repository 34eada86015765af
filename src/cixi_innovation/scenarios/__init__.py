"""Scenarios: the portfolio model, its files, the simulation and its results (情景模拟).

A scenario states platforms and their yearly facts (or the probabilities of them);
:mod:`~cixi_innovation.scenarios.files` reads and writes it as TOML or JSON,
:mod:`~cixi_innovation.scenarios.simulation` runs the lifecycles and the rules over it,
once or as a Monte Carlo study, and :mod:`~cixi_innovation.scenarios.results` renders
what came out.  Imports from every layer below, never from :mod:`~cixi_innovation.cli`.
"""
