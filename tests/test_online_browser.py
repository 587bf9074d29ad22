"""End to end in chromium: the ImageNet-backbone tab names the missing weights and previews an uploaded ZIP."""

import io
import os
import zipfile

from PIL import Image

from browser import ARTIFACTS


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, colour in (("cats", (200, 60, 40)), ("dogs", (40, 60, 200))):
            for i in range(6):
                picture = io.BytesIO()
                Image.new("RGB", (60, 40), tuple(min(255, c + 8 * i) for c in colour)).save(picture, "PNG")
                archive.writestr(f"pets/{name}/{i}.png", picture.getvalue())
    return out.getvalue()


def test_an_uploaded_image_set_is_checked_and_previewed(server, page, tmp_path):
    page.goto(server + "/applied")
    page.get_by_role("tab", name="ImageNet backbone").click()
    page.get_by_text("ImageNet weights of MobileNetV2 are not on this computer").wait_for(timeout=120_000)
    archive = tmp_path / "pets.zip"
    archive.write_bytes(_zip())
    page.locator("input[type=file][accept*='zip']").set_input_files(str(archive))
    try:
        page.get_by_text("12 pictures in 2 classes").wait_for(timeout=60_000)
        page.get_by_text("A few pictures of each class").wait_for(timeout=30_000)
    finally:
        os.makedirs(ARTIFACTS, exist_ok=True)
        page.screenshot(path=os.path.join(ARTIFACTS, "applied_online.png"), full_page=True, timeout=120_000)
    assert page.get_by_text("Traceback").count() == 0
