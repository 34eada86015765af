"""The Cixi City Interim Measures on innovation platforms as typed, explainable Python.

慈溪市产业创新平台管理暂行办法(慈政办发〔2024〕57号): the three kinds of platform, their
lifecycles, exact money and decisions that cite the articles in Chinese and English.

>>> import cixi_innovation as ci
>>> ci.MEASURES.effective_date, ci.MEASURES.last_day_in_force
(datetime.date(2024, 12, 25), datetime.date(2029, 12, 24))

The package is built in layers, each a subpackage that imports only from the layers
below it: :mod:`~cixi_innovation.values` (money, dates, vocabulary, decisions, errors),
:mod:`~cixi_innovation.law` (the Measures as data), :mod:`~cixi_innovation.lifecycles`
and :mod:`~cixi_innovation.rules` (side by side), :mod:`~cixi_innovation.scenarios` and
:mod:`~cixi_innovation.cli`.

Every public name of the layers is available from the package root.  The root loads a
submodule only when one of its names is first used (PEP 562), so ``import
cixi_innovation`` stays cheap for command-line tools and services.  The names and the
submodules that define them are listed once, in the stub ``__init__.pyi`` beside this
file, which type checkers read too.
"""

__version__ = "0.2.0.dev0"


def _read_exports() -> dict[str, str]:
    """Public name → defining submodule, read from the ``from … import`` lines of ``__init__.pyi``."""
    stub = __spec__.origin[: -len("__init__.py")] + "__init__.pyi"  # type: ignore[name-defined]
    text = __spec__.loader.get_data(stub).decode("utf-8")  # type: ignore[name-defined]
    table: dict[str, str] = {}
    for statement in text.split("\nfrom cixi_innovation.")[1:]:
        module, _, names = statement.partition(" import ")
        names = names[1 : names.index(")")] if names[0] == "(" else names.partition("\n")[0]
        for alias in names.split(","):
            name = alias.partition(" as ")[0].strip()
            if name:
                table[name] = module
    return table


def _exports() -> dict[str, str]:
    """The table of public names, read from the stub on first use (with ``__all__``)."""
    names = globals()
    if "_EXPORTS" not in names:
        exports = _read_exports()
        names.update(_EXPORTS=exports, __all__=["__version__", *exports])
    table: dict[str, str] = names["_EXPORTS"]
    return table


def __getattr__(name: str) -> object:
    """Import the submodule defining ``name`` on first use and keep the name here.

    The table of names (``_EXPORTS``) and ``__all__`` are read on first use too, so
    that ``import cixi_innovation`` reads no file but this one.
    """
    module_name = _exports().get(name)
    if name in ("_EXPORTS", "__all__"):
        return globals()[name]
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module_name}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    _exports()
    return sorted({*globals()["__all__"], *(n for n in globals() if n.startswith("__"))})
