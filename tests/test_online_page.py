"""The applied page's ImageNet-backbone tab through AppTest: the missing weights are named, and an
uploaded ZIP is checked and previewed (training itself is covered in test_online_transfer.py)."""

import io
import zipfile

from PIL import Image

from apptest import open_page

ONLINE = "applied_online"


def _zip(classes: dict) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, (colour, count) in classes.items():
            for i in range(count):
                picture = io.BytesIO()
                Image.new("RGB", (50, 40), colour).save(picture, "JPEG")
                archive.writestr(f"set/{name}/{i}.jpg", picture.getvalue())
    return out.getvalue()


def _errors(at) -> list[str]:
    return [e.value for e in at.error]


def test_without_weights_the_tab_names_the_file_and_an_uploaded_set_is_still_checked_and_previewed(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    at = open_page("pages/applied.py")
    missing = "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_224_no_top.h5"
    assert any(missing in e and str(tmp_path / "models") in e for e in _errors(at)), _errors(at)
    assert at.button(key=f"{ONLINE}.train").disabled
    assert at.button(key=f"{ONLINE}.download")  # the way to fetch it when online

    at.file_uploader(key=f"{ONLINE}.image_set").set_value(("one.zip", _zip({"cats": ((200, 40, 40), 6)}), "application/zip")).run()
    assert any("at least two classes" in e for e in _errors(at)), _errors(at)

    at.file_uploader(key=f"{ONLINE}.image_set").set_value(("pets.zip", _zip({"cats": ((200, 40, 40), 6), "dogs": ((40, 40, 200), 7)}), "application/zip")).run()
    assert not at.exception, at.exception
    assert any("13 pictures in 2 classes: cats 6, dogs 7" in s.value for s in at.success)
    previews = [image for image in at.get("image") if len(image.proto.imgs) == 6]
    assert len(previews) == 2  # a row per class, six pictures each
    assert any(missing in e for e in _errors(at))  # still refused: the weights are what is missing

    at.button(key=f"{ONLINE}.preset:Book ch.9: frozen VGG16").click().run()
    assert at.selectbox(key=f"{ONLINE}.backbone").value == "VGG16"
    assert any("vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5" in e for e in _errors(at)), _errors(at)
