"""A cached property without functools.cached_property's lock.

On Python 3.11 ``functools.cached_property`` takes a re-entrant lock on every first
access (3.12 dropped it), which costs as much as a short property's body: the name
detectors ask several properties of each of thousands of people. Like
``cached_property``, the value is stored in the instance's ``__dict__`` (so it also works
on frozen dataclasses), and later reads never reach the descriptor. Two threads reading
at once may both compute it: the property must be a pure function of the instance.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class once_property(Generic[T]):  # noqa: N801 - named like the decorator it replaces
    def __init__(self, compute: Callable[[Any], T]) -> None:
        self._compute = compute
        self._name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> once_property[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> T | once_property[T]:
        if instance is None:
            return self
        value = instance.__dict__[self._name] = self._compute(instance)
        return value
