"""A learner's own image set: a ZIP with one folder per class, checked and decoded in memory.

Nothing is extracted to disk, so member names (``../x``, absolute paths) cannot reach
the file system (zip-slip); they are only read as class labels, and odd ones are refused
anyway. Nothing is unpickled or executed: each member is read (at most its size limit),
decoded by Pillow as PNG or JPEG (``kplay.inputs.uploads.read_image``, which also converts odd
modes and refuses decompression bombs) and resized to the backbone's input size.
Every problem raises a KplayError naming the file or folder and what to do.

The decoded set goes to the training worker as a plain ``.npz`` (no pickled objects)
named by the content's hash: the config carries only that name.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass

import numpy as np

from kplay.errors import KplayError
from kplay.i18n import t
from kplay.inputs.uploads import MAX_BYTES as MAX_FILE_BYTES
from kplay.inputs.uploads import read_image

MAX_ZIP_MB = 50
MAX_ZIP_BYTES = MAX_ZIP_MB * 1024 * 1024
MAX_TOTAL_BYTES = 4 * MAX_ZIP_BYTES  # unpacked: a small archive may not expand into gigabytes
MAX_FILES = 2000
MAX_CLASSES = 20
MIN_PER_CLASS = 5
CACHE_DIR = os.path.join(tempfile.gettempdir(), "kplay-image-sets")
KEY = re.compile(r"^[0-9a-f]{16}$")
# Left behind by file managers: skipped without a word.
JUNK_FOLDERS = ("__MACOSX",)
JUNK_FILES = ("thumbs.db", "desktop.ini")


@dataclass(frozen=True)
class ImageSet:
    images: np.ndarray  # N x S x S x 3 uint8
    labels: np.ndarray  # N int64, an index into class_names
    class_names: tuple[str, ...]

    def counts(self) -> dict[str, int]:
        return {name: int((self.labels == index).sum()) for index, name in enumerate(self.class_names)}


def _parts(name: str) -> list[str]:
    """A member's path as folder names and a file name; refuses paths that point outside the archive."""
    path = name.replace("\\", "/")
    parts = [part for part in path.split("/") if part not in ("", ".")]
    if path.startswith("/") or re.match(r"^[A-Za-z]:", path) or ".." in parts:
        raise KplayError(t("imagesets.unsafe_path", name=name))
    return parts


def _junk(parts: list[str]) -> bool:
    return any(p in JUNK_FOLDERS or p.startswith(".") for p in parts) or parts[-1].lower() in JUNK_FILES


def _members(archive: zipfile.ZipFile) -> list[tuple[zipfile.ZipInfo, list[str]]]:
    """The archive's files (folders and junk left out) with their path parts, checked against the limits."""
    members = []
    for info in archive.infolist():
        if info.is_dir():
            continue
        parts = _parts(info.filename)
        if not parts or _junk(parts):
            continue
        members.append((info, parts))
    if not members:
        raise KplayError(t("imagesets.empty"))
    if len(members) > MAX_FILES:
        raise KplayError(t("imagesets.too_many_files", count=len(members), most=MAX_FILES))
    total = sum(info.file_size for info, _ in members)
    if total > MAX_TOTAL_BYTES:
        raise KplayError(t("imagesets.too_big_unpacked", mb=total / 2**20, limit=MAX_TOTAL_BYTES / 2**20))
    for info, _ in members:
        if info.flag_bits & 0x1:
            raise KplayError(t("imagesets.encrypted", name=info.filename))
        if info.file_size > MAX_FILE_BYTES:
            raise KplayError(t("imagesets.file_too_big", name=info.filename, mb=info.file_size / 2**20,
                               limit=MAX_FILE_BYTES / 2**20))
    return members


def _classes(members: list[tuple[zipfile.ZipInfo, list[str]]]) -> list[tuple[zipfile.ZipInfo, str]]:
    """Each file with its class: its first folder, after one folder wrapping them all (``set/cats/1.png``)."""
    while len({tuple(parts[:1]) for _, parts in members}) == 1 and all(len(parts) > 2 for _, parts in members):
        members = [(info, parts[1:]) for info, parts in members]
    for info, parts in members:
        if len(parts) < 2:
            raise KplayError(t("imagesets.not_in_folder", name=info.filename))
    return [(info, parts[0]) for info, parts in members]


def _check_counts(labelled: list[tuple[zipfile.ZipInfo, str]]) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for _, name in labelled:
        counts[name] = counts.get(name, 0) + 1
    names = tuple(sorted(counts))
    if len(names) < 2:
        raise KplayError(t("imagesets.one_class", found=", ".join(names)))
    if len(names) > MAX_CLASSES:
        raise KplayError(t("imagesets.too_many_classes", count=len(names), most=MAX_CLASSES))
    few = [f"{name} ({counts[name]})" for name in names if counts[name] < MIN_PER_CLASS]
    if few:
        raise KplayError(t("imagesets.too_few", classes=", ".join(few), least=MIN_PER_CLASS))
    return names


def read_image_set(data: bytes, size: int) -> ImageSet:
    """A ZIP of class folders as ``size`` x ``size`` RGB pictures with labels; KplayError on any problem."""
    if len(data) > MAX_ZIP_BYTES:
        raise KplayError(t("imagesets.zip_too_big", mb=len(data) / 2**20, limit=MAX_ZIP_MB))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise KplayError(t("imagesets.not_zip")) from None
    with archive:
        labelled = _classes(_members(archive))
        names = _check_counts(labelled)
        pictures, labels = [], []
        for info, name in labelled:
            try:
                with archive.open(info) as member:
                    content = member.read(MAX_FILE_BYTES + 1)  # never more than the limit, whatever the header says
                picture = read_image(content, size)
            except KplayError as error:
                raise KplayError(t("imagesets.bad_file", name=info.filename, problem=str(error))) from None
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError, EOFError):
                raise KplayError(t("imagesets.unreadable", name=info.filename)) from None
            pictures.append((picture * 255).round().astype("uint8"))
            labels.append(names.index(name))
    return ImageSet(np.stack(pictures), np.array(labels, dtype="int64"), names)


# --- handing a checked set to the training worker
def key_of(data: bytes, size: int) -> str:
    return hashlib.sha1(data + str(size).encode()).hexdigest()[:16]


def _path(key: str) -> str:
    if not KEY.match(key):  # the key comes from a config: never a path of someone's choosing
        raise KplayError(t("imagesets.no_set"))
    return os.path.join(CACHE_DIR, f"{key}.npz")


def save(image_set: ImageSet, key: str) -> None:
    """Keep the decoded set where the worker finds it by ``key`` (whole or not at all)."""
    path = _path(key)
    if os.path.exists(path):
        return
    os.makedirs(CACHE_DIR, exist_ok=True)
    partial = f"{path}.{os.getpid()}.npz"
    np.savez(partial, images=image_set.images, labels=image_set.labels, class_names=np.array(image_set.class_names))
    os.replace(partial, path)


def load(key: str) -> ImageSet:
    """The set saved under ``key``; plain arrays only (``allow_pickle=False``)."""
    path = _path(key)
    if not os.path.exists(path):
        raise KplayError(t("imagesets.no_set"))
    with np.load(path, allow_pickle=False) as saved:
        return ImageSet(saved["images"], saved["labels"], tuple(str(n) for n in saved["class_names"]))
