"""One root error; specific subclasses naming field and article; picklable."""

from __future__ import annotations

import pickle

import cixi_innovation as ci
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import CixiError, InputError, MissingInputError


def test_every_error_derives_from_the_root() -> None:
    for name in ci.__all__:
        obj = getattr(ci, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, CixiError), name


def test_message_field_and_articles() -> None:
    error = InputError("bad", field="x", article=(Citation.article(8), Citation.article(9)))
    assert str(error) == "x: bad (Art. 8 第八条, Art. 9 第九条)"
    assert error.article == Citation.article(8)
    assert CixiError("plain").article is None
    assert str(CixiError("plain")) == "plain"


def test_errors_survive_pickling_for_process_pools() -> None:
    error = MissingInputError("need it", field="ratio", article=Citation.article(20))
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is MissingInputError
    assert str(copy) == str(error) == "ratio: need it (Art. 20 第二十条)"
    assert copy.articles == error.articles
