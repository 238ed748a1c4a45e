"""Record: the dataclass-like base of redlint's values (see redlint/record.py)."""

from __future__ import annotations

import pickle

import pytest

from redlint.record import Record


class Point(Record):
    x: int
    y: int = 0
    tags: dict[str, str] = {}


class Labelled(Point):
    label: str = ""
    cache: tuple = ()
    _hidden = ("cache",)


class Positive(Record):
    value: int

    def __post_init__(self):
        if self.value <= 0:
            raise ValueError("value must be positive")


def test_fields_in_declaration_order_parents_first():
    assert Point._fields == ("x", "y", "tags")
    assert Labelled._fields == ("x", "y", "tags", "label", "cache")


def test_construction_by_position_and_keyword_with_defaults():
    assert Point(1, 2) == Point(x=1, y=2) == Point(1, y=2)
    assert Point(1).y == 0
    assert Labelled(1, label="a").label == "a"


@pytest.mark.parametrize("make, message", [
    (lambda: Point(), "missing required argument 'x'"),
    (lambda: Point(1, 2, {}, 4), "takes 3 arguments, 4 given"),
    (lambda: Point(1, z=3), "unexpected keyword argument 'z'"),
    (lambda: Point(1, x=2), "multiple values for 'x'"),
])
def test_wrong_arguments_are_refused_like_a_function_call(make, message):
    with pytest.raises(TypeError, match=message):
        make()


def test_a_mutable_default_is_not_shared():
    first, second = Point(1), Point(2)
    first.tags["a"] = "b"
    assert second.tags == {}


def test_immutable():
    point = Point(1)
    with pytest.raises(AttributeError, match="immutable"):
        point.x = 2
    with pytest.raises(AttributeError):
        del point.x


def test_equality_and_hash_by_value_and_type():
    assert Point(1, 2) == Point(1, 2)
    assert hash(Point(1, 2, ())) == hash(Point(1, 2, ()))
    assert Point(1, 2) != Point(1, 3)
    assert Point(1, 2) != Labelled(1, 2)  # another type is another value
    assert Point(1, 2) != (1, 2, {})


def test_hidden_fields_stay_out_of_equality_and_repr():
    assert Labelled(1, cache=("a",)) == Labelled(1, cache=("b",))
    assert repr(Labelled(1, cache=("a",))) == "Labelled(x=1, y=0, tags={}, label='')"


def test_replace_makes_a_changed_copy():
    point = Point(1, 2)
    assert point.replace(y=5) == Point(1, 5)
    assert point == Point(1, 2)
    with pytest.raises(TypeError):
        point.replace(z=1)


def test_post_init_validates():
    assert Positive(1).value == 1
    with pytest.raises(ValueError, match="positive"):
        Positive(0)


def test_pickles_unchanged():  # the rule cache pickles rule sets
    point = Labelled(1, 2, {"a": "b"}, label="c", cache=(1,))
    loaded = pickle.loads(pickle.dumps(point))
    assert loaded == point and loaded.cache == (1,)
