"""Running a service call off the UI thread: on success do this, on failure show that.

In the spirit of Anki's CollectionOp / QueryOp: a window never touches the disk for more than a
single small write on the UI thread. The work runs in Qt's thread pool with its own workspace
(its own SQLite connection, the session's unlocked key), reports progress, can be cancelled,
and its outcome comes back to the UI thread as a queued signal. A user's error (FieldappError)
goes to ``on_failure``; anything else is a programming error and is raised again on the UI
thread, where it is not hidden.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from fieldapp.errors import FieldappError
from fieldapp.services.field import FieldWorkspace

if TYPE_CHECKING:  # the office's gate imports the report verifier: not at the field's start
    from fieldapp.office.importer import OfficeWorkspace

T = TypeVar("T")
Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class _Relay(QObject):
    """Lives on the UI thread; the worker emits, Qt queues the call to the UI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    crashed = Signal(object)


class Operation(Generic[T]):
    """One piece of background work; ``cancel()`` asks it to stop at its next check."""

    _running: ClassVar[set[Operation[Any]]] = set()  # alive until the outcome is delivered

    def __init__(
        self,
        work: Callable[[Progress, Cancelled], T],
        *,
        on_success: Callable[[T], None],
        on_failure: Callable[[FieldappError], None],
        on_progress: Callable[[int, int, str], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        self._cancel = threading.Event()
        # An outcome or a progress report that arrives after the widget that asked was deleted
        # is dropped instead of reaching a widget that no longer exists.
        self._owner = owner
        self._relay = _Relay()
        self._relay.succeeded.connect(lambda result: self._deliver(on_success, result))
        self._relay.failed.connect(lambda error: self._deliver(on_failure, error))
        self._relay.crashed.connect(self._raise)
        if on_progress:
            self._relay.progressed.connect(
                lambda done, total, message: self._report(on_progress, done, total, message)
            )
        self._work = work
        self.done = False

    def start(self, pool: QThreadPool | None = None) -> Operation[T]:
        Operation._running.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:  # on the worker thread
        try:
            result = self._work(self._progress, self._cancel.is_set)
        except FieldappError as error:
            self._emit(self._relay.failed, error)
        except BaseException as error:  # raised again on the UI thread, never swallowed
            self._emit(self._relay.crashed, error)
        else:
            self._emit(self._relay.succeeded, result)

    def _progress(self, done: int, total: int, message: str) -> None:
        self._emit(self._relay.progressed, done, total, message)

    @staticmethod
    def _emit(signal: Any, *values: Any) -> None:
        # A deleted relay means the application is closing and nobody waits for the outcome;
        # work that stores something has stored it before this point.
        with contextlib.suppress(RuntimeError):
            signal.emit(*values)

    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        self.done = True
        Operation._running.discard(self)
        if self._owner_exists():
            callback(value)

    def _report(
        self, callback: Callable[[int, int, str], None], done: int, total: int, message: str
    ) -> None:
        if self._owner_exists():
            callback(done, total, message)

    def _owner_exists(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    def _raise(self, error: BaseException) -> None:
        self.done = True
        Operation._running.discard(self)
        raise error


class _Runnable(QRunnable):
    def __init__(self, operation: Operation[Any]) -> None:
        super().__init__()
        self.operation = operation

    def run(self) -> None:
        self.operation._run()


def in_background(
    work: Callable[[Progress, Cancelled], T],
    *,
    on_success: Callable[[T], None],
    on_failure: Callable[[FieldappError], None],
    on_progress: Callable[[int, int, str], None] | None = None,
    owner: QObject | None = None,
) -> Operation[T]:
    """Run ``work(progress, cancelled)`` in the thread pool (no workspace: unlock, setup)."""
    return Operation(
        work, on_success=on_success, on_failure=on_failure, on_progress=on_progress, owner=owner
    ).start()


def with_workspace(
    workspace: FieldWorkspace,
    work: Callable[[FieldWorkspace, Progress, Cancelled], T],
    *,
    on_success: Callable[[T], None],
    on_failure: Callable[[FieldappError], None],
    on_progress: Callable[[int, int, str], None] | None = None,
    owner: QObject | None = None,
) -> Operation[T]:
    """Run ``work(workspace, progress, cancelled)`` in the thread pool on a workspace of its own
    (its own database connection, the same unlocked key), closed when the work ends."""

    def run(progress: Progress, cancelled: Cancelled) -> T:
        own = workspace.another_connection()
        try:
            return work(own, progress, cancelled)
        finally:
            own.close()

    return in_background(
        run, on_success=on_success, on_failure=on_failure, on_progress=on_progress, owner=owner
    )


def with_office(
    office: OfficeWorkspace,
    work: Callable[[OfficeWorkspace, Progress, Cancelled], T],
    *,
    on_success: Callable[[T], None],
    on_failure: Callable[[FieldappError], None],
    on_progress: Callable[[int, int, str], None] | None = None,
    owner: QObject | None = None,
) -> Operation[T]:
    """Run ``work(office, progress, cancelled)`` in the thread pool on the same office, each
    statement block on a connection of the worker's own from the database's pool."""

    def run(progress: Progress, cancelled: Cancelled) -> T:
        return work(office.sharing(), progress, cancelled)

    return in_background(
        run, on_success=on_success, on_failure=on_failure, on_progress=on_progress, owner=owner
    )
