"""`Record`, the base of redlint's plain immutable values: parts, findings, rules, rule options.

It gives what `@dataclass(frozen=True)` gives — fields declared as annotated class attributes
with their defaults, construction by position or keyword, ==, hash, repr, `replace` — without
its start-up cost: importing dataclasses (which imports inspect) and generating six methods
for each of some thirty classes took about 15 ms of every `redlint check`, a quarter of it.
Here a class's fields are read once, when it is defined, from its own annotations (kept as
strings: nothing is evaluated), and one generic `__init__` serves every class.

    class Hit(Record):
        start: int = 0
        end: int = 0
        values: dict[str, str] = {}   # a mutable default is copied for each instance

A field whose name starts with `_` is not a field (a class attribute, say). Fields named in
`_hidden` are left out of ==, hash and repr (a whole file kept for context, a cache).
"""

from __future__ import annotations

_MUTABLE = (dict, list, set)


class Record:
    _fields: tuple[str, ...] = ()
    _defaults: dict = {}
    _hidden: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        declared = [name for name in cls.__dict__.get("__annotations__", {})
                    if not name.startswith("_")]
        defaults = dict(cls._defaults)
        defaults.update({name: cls.__dict__[name] for name in declared if name in cls.__dict__})
        cls._fields = (*cls._fields, *(name for name in declared if name not in cls._fields))
        cls._defaults = defaults

    def __init__(self, *args, **kwargs):
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__}() takes {len(fields)} arguments, "
                            f"{len(args)} given")
        values = dict(zip(fields, args))
        for name, value in kwargs.items():
            if name not in fields:
                raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument "
                                f"'{name}'")
            if name in values:
                raise TypeError(f"{type(self).__name__}() got multiple values for '{name}'")
            values[name] = value
        if len(values) < len(fields):
            for name in fields:
                if name not in values:
                    if name not in self._defaults:
                        raise TypeError(f"{type(self).__name__}() missing required argument "
                                        f"'{name}'")
                    default = self._defaults[name]
                    values[name] = default.copy() if isinstance(default, _MUTABLE) else default
        self.__dict__.update(values)  # past __setattr__, which refuses any change
        self.__post_init__()

    def __post_init__(self) -> None:
        """Checks the values once set (raise ValueError or TypeError); nothing by default."""

    def replace(self, **changes) -> Record:
        """A copy with some fields changed."""
        return type(self)(**{**{name: self.__dict__[name] for name in self._fields}, **changes})

    def _key(self) -> tuple:
        return tuple(self.__dict__[name] for name in self._fields if name not in self._hidden)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={self.__dict__[name]!r}" for name in self._fields
                          if name not in self._hidden)
        return f"{type(self).__name__}({shown})"

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable: use .replace({name}=...)")

    def __delattr__(self, name):
        raise AttributeError(f"{type(self).__name__} is immutable")
