"""The small CNN both applied experiments train: conv blocks, one dense layer, a softmax head.

The conv blocks come from the CNN page's builder (conv_1, pool_1, ...); the transfer
experiment copies a pre-trained base into a new network by these layer names.
"""

from __future__ import annotations

from kplay.models.cnn import ConvBlock, conv_blocks
from kplay.models.spec import LayerSpec

FILTERS = (16, 32, 64)  # filters of block 1, 2, 3
MAX_BLOCKS = len(FILTERS)
DENSE_UNITS = 64


def small_cnn_layers(blocks: int, num_classes: int, dropout: float = 0.0, average: bool = False) -> list[LayerSpec]:
    """``blocks`` conv blocks, flatten (or global average pooling), a 64-unit dense layer, the output.

    ``average`` ends the conv part with GlobalAveragePooling2D, as keras-io's transfer
    learning guide does: then the dense layers see only what the filters detect, so good
    filters (pre-trained ones) matter. Behind Flatten, a big dense layer classifies MNIST
    well even on random filters, which hides what a pre-trained base contributes.
    Layer normalisation follows the pooling: pre-trained features are all positive and
    large (mean ~3.4 measured), and a fresh head learned from them very slowly without it.
    (Batch normalisation did not do: its moving averages lag far behind in a short run.)
    """
    layers = conv_blocks([ConvBlock(filters, kernel_size=3, pool=2) for filters in FILTERS[:blocks]])
    if average:
        layers += [LayerSpec("GlobalAveragePooling2D", "average"), LayerSpec("LayerNormalization", "normalize")]
    else:
        layers.append(LayerSpec("Flatten", "flatten"))
    layers.append(LayerSpec("Dense", "dense", {"units": DENSE_UNITS, "activation": "relu"}))
    if dropout > 0:
        layers.append(LayerSpec("Dropout", "dropout", {"rate": dropout}))
    layers.append(LayerSpec("Dense", "output", {"units": num_classes, "activation": "softmax"}))
    return layers


def weighted_layers(layers: list[LayerSpec]) -> list[str]:
    """Names of the layers that hold weights (conv and dense), in order: what "first k layers" counts."""
    return [layer.name for layer in layers if layer.kind in ("Conv2D", "Dense")]
