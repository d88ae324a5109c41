"""BackgroundTask: outcomes reach whoever listens once the task has been started."""

from annotator.progress import OperationCancelledError, ProgressCallback
from ui.tasks import BackgroundTask


def test_a_task_that_finished_at_once_still_reaches_a_late_listener(qtbot) -> None:
    # The worker is done before anyone connects; the outcome is re-emitted on the UI
    # thread's event loop, so a listener connected right after `start` still gets it.
    task = BackgroundTask(lambda _progress: 42)
    task.start()
    assert task.wait(10)
    with qtbot.waitSignal(task.succeeded, timeout=5_000) as blocker:
        pass
    assert blocker.args == [42]
    assert not task.running


def test_a_failure_reaches_a_late_listener_as_the_exception(qtbot) -> None:
    def work(_progress: object) -> None:
        raise ValueError("bad corpus")

    task = BackgroundTask(work)
    task.start()
    assert task.wait(10)
    with qtbot.waitSignal(task.failed, timeout=5_000) as blocker:
        pass
    (error,) = blocker.args
    assert isinstance(error, ValueError) and str(error) == "bad corpus"


def test_cancel_stops_the_work_at_its_next_progress_report(qtbot) -> None:
    reports: list[int] = []

    def work(progress: ProgressCallback) -> None:
        for done in range(1000):
            reports.append(done)
            progress(done, 1000)

    task = BackgroundTask(work)
    task.cancel()
    task.start()
    with qtbot.waitSignal(task.failed, timeout=5_000) as blocker:
        pass
    assert isinstance(blocker.args[0], OperationCancelledError)
    assert reports == [0]
    assert not task.running
