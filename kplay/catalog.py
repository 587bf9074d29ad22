"""The page registry: every page of the app, its URL and what it teaches.

``app.py`` builds the navigation from this table and the home page lists it, so adding a
page is one row here plus its script in ``pages/``.
"""

from __future__ import annotations

from dataclasses import dataclass

from kplay.i18n import translation


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
        "pages/cnn.py", "cnn", "CNN: what convolutions learn", ":material/grid_on:", "Ch.4 CNN",
        "Stack conv blocks; see the filters, feature maps and confident mistakes, then draw a digit to classify.",
    ),
    PageInfo(
        "pages/rnn.py", "rnn", "RNN: networks with memory", ":material/timeline:", "Ch.5 Recurrent networks",
        "Forecast airline passengers and generated signals with SimpleRNN, LSTM or GRU, against naive baselines; "
        "classify digits row by row.",
    ),
    PageInfo(
        "pages/autoencoder.py", "autoencoder", "Autoencoder: squeeze and rebuild", ":material/compress:", "Ch.6 Autoencoders",
        "Dense and conv autoencoders rebuild digits through a small code; denoise them, map the codes, and explore the decoder.",
    ),
    PageInfo(
        "pages/gan.py", "gan", "GAN: generator vs discriminator", ":material/casino:", "Ch.7 GAN",
        "A 1-D GAN learns a bell curve and a DCGAN learns to draw digits, live, with a timeline of its samples.",
    ),
    PageInfo(
        "pages/unet.py", "unet", "UNET: segmentation and colourisation", ":material/blur_on:", "Ch.8 UNET",
        "Shapes in, masks out, live; switch the skip connections off to see why UNET has them. Or colour grey photos.",
    ),
    PageInfo(
        "pages/applied.py", "applied", "Applied: augmentation and transfer learning", ":material/auto_awesome:",
        "Ch.9 Applied",
        "Augment a small subset and transfer a network pre-trained on digits 0-4 to 5-9; each beside its plain twin.",
    ),
)


# The table's text in the UI language (kplay/i18n/catalog.py, by URL path; English above as fallback).
def _name(page: PageInfo) -> str:
    return page.url_path or "home"


def page_title(page: PageInfo) -> str:
    return translation((f"catalog.title.{_name(page)}",), page.title) or page.title


def page_chapter(page: PageInfo) -> str:
    return translation((f"catalog.chapter.{page.chapter}",), page.chapter) or page.chapter


def page_teaches(page: PageInfo) -> str:
    return translation((f"catalog.teaches.{_name(page)}",), page.teaches) or page.teaches
