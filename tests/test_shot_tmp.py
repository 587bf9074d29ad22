import os, time
from browser import ARTIFACTS
def test_shot(server, page):
    page.goto(server + "/dnn?lang=ko")
    page.get_by_role("heading", name="DNN: 심층 신경망과 과대적합").wait_for(timeout=90_000)
    page.wait_for_timeout(5000)
    page.get_by_role("button", name="학습", exact=False).first.click()
    page.get_by_text("완료").first.wait_for(timeout=400_000)
    page.get_by_text("오차 행렬").first.wait_for(timeout=60_000)
    page.wait_for_timeout(3000)
    page.get_by_text("코드 보기").first.click()
    page.wait_for_timeout(1500)
    os.makedirs(ARTIFACTS, exist_ok=True)
    page.screenshot(path=os.path.join(ARTIFACTS, "dnn-ko.png"), full_page=True)
