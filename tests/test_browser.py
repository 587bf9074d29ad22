"""End to end in a real chromium: open /ann, press Train, watch the curves grow live."""

import os
import time

from browser import ARTIFACTS, POINTS_JS, worker_pids

def test_ann_trains_live_in_the_browser(server, page):
    page.goto(server + "/ann")
    page.get_by_role("button", name="Train").wait_for(timeout=60_000)
    page.wait_for_timeout(3000)  # give the spare worker time to import TensorFlow
    page.get_by_role("button", name="Train").click()

    counts = []
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        counts.append(page.evaluate(POINTS_JS))
        if page.get_by_text("Finished").count():
            break
        page.wait_for_timeout(150)
    growing = sorted(set(c for c in counts if c))
    assert len(growing) >= 3, f"the chart did not grow while training: {counts}"

    page.get_by_text("Confusion matrix").first.wait_for(timeout=30_000)
    os.makedirs(ARTIFACTS, exist_ok=True)
    page.screenshot(path=os.path.join(ARTIFACTS, "ann-trained.png"), full_page=True)
    assert page.get_by_text("Traceback").count() == 0


def test_closing_the_tab_stops_its_run_and_frees_its_worker(server, page):
    page.goto(server + "/ann?epochs=500")
    page.get_by_role("button", name="Train").wait_for(timeout=60_000)
    page.get_by_role("button", name="Train").click()
    page.get_by_text("Epoch 2").first.wait_for(timeout=60_000)
    trainer = worker_pids(server)[-1]  # no spare starts while a run trains: the newest worker is this run's

    page.close()  # nobody can see or stop the run now; the server closes it after 5 s
    deadline = time.monotonic() + 60
    while trainer in worker_pids(server) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert trainer not in worker_pids(server), "the closed tab's run is still training"
