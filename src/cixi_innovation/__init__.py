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


_FROM = "\nfrom cixi_innovation."


def _stub() -> str:
    """The text of the stub ``__init__.pyi`` beside this file."""
    stub = __spec__.origin[: -len("__init__.py")] + "__init__.pyi"  # type: ignore[name-defined]
    text: str = __spec__.loader.get_data(stub).decode("utf-8")  # type: ignore[name-defined]
    return text


def _statement(statement: str) -> tuple[str, list[str]]:
    """The submodule and the names of one ``from cixi_innovation.… import …`` of the stub."""
    module, _, names = statement.partition(" import ")
    names = names[1 : names.index(")")] if names[0] == "(" else names.partition("\n")[0]
    return module, [alias.partition(" as ")[0].strip() for alias in names.split(",")]


def _read_exports() -> dict[str, str]:
    """Public name → defining submodule, read from the ``from … import`` lines of ``__init__.pyi``."""
    table: dict[str, str] = {}
    for statement in _stub().split(_FROM)[1:]:
        module, names = _statement(statement)
        table.update((name, module) for name in names if name)
    return table


def _exports() -> dict[str, str]:
    """The table of public names, read from the stub on first use (with ``__all__``)."""
    names = globals()
    if "_EXPORTS" not in names:
        exports = _read_exports()
        names.update(_EXPORTS=exports, __all__=["__version__", *exports])
    table: dict[str, str] = names["_EXPORTS"]
    return table


def _module_of(name: str) -> str | None:
    """The submodule defining ``name``: only its statement of the stub is read, if any.

    A first answer needs one name; the whole table is read for a name the stub may not
    have (then it answers), or once it has been read.
    """
    if "_EXPORTS" not in globals():
        text = _stub()
        at = text.find(name)
        while at != -1:
            start = text.rfind(_FROM, 0, at)
            if start != -1:
                end = text.find(_FROM, at)
                module, names = _statement(text[start + len(_FROM) : None if end == -1 else end])
                if name in names:
                    return module
            at = text.find(name, at + 1)
    return _exports().get(name)


def __getattr__(name: str) -> object:
    """Import the submodule defining ``name`` on first use and keep the name here.

    The table of names (``_EXPORTS``) and ``__all__`` are read on first use too, so
    that ``import cixi_innovation`` reads no file but this one.
    """
    if name in ("_EXPORTS", "__all__"):
        _exports()
        return globals()[name]
    module_name = _module_of(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module_name}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    _exports()
    return sorted({*globals()["__all__"], *(n for n in globals() if n.startswith("__"))})
