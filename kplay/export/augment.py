"""Exported script for the applied page's augmentation experiment (ch.9).

The same small CNN learns a small subset twice, without and with random augmentation
layers in front, from the same initial weights and the same batches; the script prints
both results and the gap, and saves what augmented training images look like.
"""

from __future__ import annotations

from kplay import datasets
from kplay.export import pair, snippets
from kplay.export.snippets import block
from kplay.models.augment import AugmentConfig, augment_pair, validate

NETWORKS = {"plain": "plain", "augmented": "augmented"}

SUBSET = block(
    """
    x_train, y_train = x_train[:SUBSET], y_train[:SUBSET]  # the small subset both networks learn from
    print(f"{len(x_train)} training images, {len(x_val)} validation images")
    """
)

# What the augmentation layers make of a few training images, saved as a PNG.
EXAMPLES = block(
    """
    # What augmented training images look like: each row is one image, drawn anew each time.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    augmentation = [layer for layer in augmented.layers if layer.name.startswith("aug_")]
    figure, axes = plt.subplots(3, 8, figsize=(8 * 1.2, 3 * 1.2), squeeze=False)
    for row, image in zip(axes, x_train[:3]):
        for column, axis in enumerate(row):
            shown = image[None]
            for layer in augmentation if column else ():  # the first column: the original
                shown = layer(shown, training=True)
            axis.imshow(np.asarray(shown)[0].squeeze(), cmap="gray", vmin=0, vmax=1)
            axis.axis("off")
    axes[0][0].set_title("original", fontsize=8)
    figure.tight_layout()
    figure.savefig(RESULT_IMAGE, dpi=100)
    print("Saved", RESULT_IMAGE)
    """
)


def _title(config: AugmentConfig, info: datasets.DatasetInfo) -> str:
    return f"Data augmentation: the same small CNN on {config.subset} of {info.title}, without and with augmentation."


def script(config: AugmentConfig) -> str:
    config = validate(config)
    info = datasets.get_info(config.dataset)
    plain_spec, augmented_spec = augment_pair(config)
    values = snippets.training_constants(config, SUBSET=config.subset, **snippets.data_constants(config.dataset))
    values["RESULT_IMAGE"] = "augmented_examples.png"
    comments = {**snippets.TRAINING_COMMENTS, "SUBSET": "training images both networks see"}
    return snippets.script(
        snippets.header(_title(config, info), info, ("matplotlib",)),
        snippets.IMPORTS,
        snippets.constants(values, comments),
        snippets.SEED_LINE,
        snippets.data_code(config.dataset) + "\n" + SUBSET,
        snippets.model_code(plain_spec, "plain", "# 2. Models: a small CNN, and the same CNN behind random augmentation layers"),
        snippets.model_code(augmented_spec, "augmented", "# The augmentation layers act only in training; they pass validation and test images through."),
        "# Both start from the very same weights: the augmentation is the only difference.\n"
        + pair.copy_weights_code("plain", "augmented"),
        pair.train_both_code(NETWORKS, plain_spec, "# 3. Compile and 4. train each network"),
        pair.compare_code("plain", "augmented", NETWORKS),
        EXAMPLES,
        pair.RESULT,
    )
