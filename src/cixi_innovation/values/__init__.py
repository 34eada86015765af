"""Values: exact money, explicit dates, bilingual vocabulary, citations, decisions, errors.

The lowest layer (值): immutable values that every other layer builds on.  It knows
nothing of the Measures' content beyond the shape of a citation (第N条第M款).
"""
