"""In a real chromium: ?lang=ko opens the DNN page in Korean; the sidebar switch changes its text
and keeps the choice in the URL."""

import re


def test_the_language_switch_changes_the_page_text_and_the_url(server, page):
    page.goto(server + "/dnn?lang=ko")
    page.get_by_role("heading", name="DNN: 심층 신경망과 과대적합").wait_for(timeout=60_000)
    page.get_by_role("button", name=re.compile("학습$")).wait_for(timeout=90_000)
    assert page.get_by_role("button", name=re.compile("Train$")).count() == 0

    picker = page.get_by_test_id("stSidebar").get_by_test_id("stSelectbox").first
    picker.click()
    page.get_by_role("option", name="English").click()
    page.get_by_role("heading", name="DNN: deep networks and over-fitting").wait_for(timeout=90_000)
    page.get_by_role("button", name=re.compile("Train$")).wait_for(timeout=90_000)
    assert page.get_by_text("모델 요약").count() == 0
    page.wait_for_function("() => window.location.search.includes('lang=en')", timeout=10_000)

    page.reload()  # the link alone brings the language back
    page.get_by_role("heading", name="DNN: deep networks and over-fitting").wait_for(timeout=60_000)
