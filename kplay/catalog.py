"""The page registry: every page of the app, its URL and what it teaches.

``app.py`` builds the navigation from this table and the home page lists it, so adding a
page is one row here plus its script in ``pages/``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageInfo:
    script: str  # relative to the repository root
    url_path: str
    title: str
    icon: str
    chapter: str  # the navigation group
    teaches: str


HOME = PageInfo("pages/home.py", "", "Home", ":material/home:", "", "What kplay is and where to start.")

PAGES: tuple[PageInfo, ...] = (
    PageInfo(
        "pages/ann.py", "ann", "ANN: neurons and one hidden layer", ":material/linear_scale:", "Ch.1-2 Basics",
        "A single neuron learns y = 2x + 1; one hidden layer classifies digits and predicts numbers.",
    ),
    PageInfo(
        "pages/dnn.py", "dnn", "DNN: deep networks and over-fitting", ":material/layers:", "Ch.3 Deep networks",
        "Stack up to 8 layers; fight over-fitting with dropout, batch norm and L2, and overlay runs to compare.",
    ),
    PageInfo(
        "pages/unet.py", "unet", "UNET: segmentation and colourisation", ":material/blur_on:", "Ch.8 UNET",
        "Shapes in, masks out, live; switch the skip connections off to see why UNET has them. Or colour grey photos.",
    ),
)
