"""The image-set check: good and bad ZIPs, made here with zipfile and Pillow."""

import io
import zipfile

import numpy as np
import pytest
from PIL import Image

from kplay.inputs import image_sets
from kplay.errors import KplayError


def _picture(colour, kind="PNG", size=(40, 30), mode="RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, colour).save(out, kind)
    return out.getvalue()


def _zip(files: dict) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


def _good(root="", per_class=5) -> dict:
    files = {f"{root}cats/{i}.png": _picture((200, 30, 30)) for i in range(per_class)}
    files.update({f"{root}dogs/{i}.jpg": _picture((30, 30, 200), "JPEG") for i in range(per_class)})
    return files


@pytest.mark.parametrize("root", ["", "pets/"])
def test_a_zip_of_class_folders_becomes_labelled_pictures_of_the_backbone_size(root):
    files = _good(root)
    files[f"{root}cats/odd.png"] = _picture((200, 30, 30, 128), mode="RGBA")  # converted, not refused
    files["__MACOSX/._x.png"] = b"junk"
    files[f"{root}dogs/.DS_Store"] = b"junk"
    found = image_sets.read_image_set(_zip(files), 48)
    assert found.class_names == ("cats", "dogs")
    assert found.counts() == {"cats": 6, "dogs": 5}
    assert found.images.shape == (11, 48, 48, 3) and found.images.dtype == np.uint8
    reds = found.images[found.labels == 0][:5]
    blues = found.images[found.labels == 1]
    assert (reds[..., 0] > reds[..., 2]).all() and (blues[..., 2] > blues[..., 0]).all()


@pytest.mark.parametrize("files, words", [
    (_good() | {"cats/broken.png": b"x"}, "cats/broken.png: That file could not be read as a picture"),
    ({f"cats/{i}.png": _picture(1) for i in range(6)}, "at least two"),
    ({f"cats/{i}.png": _picture(1) for i in range(6)} | {"dogs/1.png": _picture(2)}, "dogs (1)"),
    (_good() | {"loose.png": _picture(3)}, "not in a class folder"),
    (_good() | {"../evil/1.png": _picture(3)}, "outside"),
    (_good() | {"/abs/1.png": _picture(3)}, "outside"),
    (_good() | {"cats/notes.txt": b"hello"}, "notes.txt"),
    (_good() | {"cats/pic.gif": _picture(3, "GIF")}, "GIF"),
    ({}, "no files"),
])
def test_bad_image_sets_are_refused_with_a_message_naming_the_problem(files, words):
    with pytest.raises(KplayError) as refused:
        image_sets.read_image_set(_zip(files), 32)
    assert words in str(refused.value)


def test_not_a_zip_and_limits_are_refused(monkeypatch):
    with pytest.raises(KplayError, match="not a ZIP"):
        image_sets.read_image_set(b"PK but not really", 32)
    monkeypatch.setattr(image_sets, "MAX_FILES", 9)
    with pytest.raises(KplayError, match="at most 9"):
        image_sets.read_image_set(_zip(_good()), 32)
    monkeypatch.setattr(image_sets, "MAX_ZIP_BYTES", 100)
    with pytest.raises(KplayError, match="MB are accepted"):
        image_sets.read_image_set(_zip(_good()), 32)


def test_a_picture_over_the_per_file_limit_is_refused_by_name(monkeypatch):
    monkeypatch.setattr(image_sets, "MAX_FILE_BYTES", 64)
    with pytest.raises(KplayError, match="cats/0.png is"):
        image_sets.read_image_set(_zip(_good()), 32)


def test_a_saved_set_loads_back_by_its_key_and_a_bad_key_is_no_path(tmp_path, monkeypatch):
    monkeypatch.setattr(image_sets, "CACHE_DIR", str(tmp_path))
    data = _zip(_good())
    found = image_sets.read_image_set(data, 32)
    key = image_sets.key_of(data, 32)
    image_sets.save(found, key)
    loaded = image_sets.load(key)
    assert loaded.class_names == found.class_names and np.array_equal(loaded.images, found.images)
    with pytest.raises(KplayError, match="upload the ZIP again"):
        image_sets.load("../../etc/passwd")
