"""Exported script for the autoencoder page (ch.6): dense or conv, optionally denoising."""

from __future__ import annotations

from kplay import datasets
from kplay.export import snippets
from kplay.export.snippets import block
from kplay.models.autoencoder import AutoencoderConfig, autoencoder_spec, validate

IMPORTS = block(
    """
    import json
    import math

    import keras
    import numpy as np
    import tensorflow as tf
    from keras import layers
    """
)

COMMENTS = {
    "DENOISING": "train on noisy inputs to rebuild the clean images",
    "NOISE_LEVEL": "standard deviation of the noise on 0..1 pixels",
}

SEED_LINE = "keras.utils.set_random_seed(SEED)  # the same initial weights and shuffling every run\n"

# Inputs and targets: the same as kplay.training.families.autoencoder.
TARGETS = block(
    """
    # An autoencoder's targets are its inputs: the clean images.
    y_train, y_val, y_test = x_train, x_val, x_test


    def noisy(images, seed):
        # Gaussian noise of standard deviation NOISE_LEVEL, pixels kept in 0..1.
        rng = np.random.default_rng(seed)
        return np.clip(images + NOISE_LEVEL * rng.standard_normal(images.shape), 0.0, 1.0).astype("float32")


    if DENOISING:  # noisy inputs, clean targets; other seeds for validation and test noise
        x_train, x_val, x_test = noisy(x_train, SEED), noisy(x_val, SEED + 1), noisy(x_test, SEED + 2)
    """
)

EVALUATION = block(
    """
    # 5. Reconstruct the test images and measure the error
    reconstructions = model.predict(x_test, verbose=0)
    test_mse = float(np.mean((y_test.astype("float64") - reconstructions) ** 2))
    print(f"Test reconstruction MSE: {test_mse:.4f}")

    # Originals (and noisy inputs) above their reconstructions, saved as a PNG.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [y_test[:10]] + ([x_test[:10]] if DENOISING else []) + [reconstructions[:10]]
    figure, axes = plt.subplots(len(rows), 10, figsize=(12, 1.3 * len(rows)), squeeze=False)
    for row, images in zip(axes, rows):
        for axis, image in zip(row, images):
            axis.imshow(image.squeeze(), cmap="gray", vmin=0, vmax=1)
            axis.axis("off")
    figure.tight_layout()
    figure.savefig(RESULT_IMAGE, dpi=100)
    print("Saved", RESULT_IMAGE)
    """
)


def _title(config: AutoencoderConfig, info: datasets.DatasetInfo) -> str:
    kind = "A denoising" if config.denoising else "An"
    shape = "convolutional" if config.kind == "conv" else "dense"
    return f"{kind} {shape} autoencoder on {info.title}."


def script(config: AutoencoderConfig) -> str:
    config = validate(config)
    spec = autoencoder_spec(config)
    info = datasets.get_info(config.dataset)
    values = snippets.training_constants(
        config, DENOISING=config.denoising, NOISE_LEVEL=config.noise_level, RESULT_IMAGE="reconstructions.png",
        **snippets.data_constants(config.dataset),
    )
    return snippets.script(
        snippets.header(_title(config, info), info, ("matplotlib",)),
        IMPORTS,
        snippets.constants(values, {**snippets.TRAINING_COMMENTS, **COMMENTS}),
        SEED_LINE,
        snippets.data_code(config.dataset),
        TARGETS,
        snippets.model_code(spec),
        snippets.compile_code(spec),
        snippets.fit_code(),
        EVALUATION,
        snippets.result_line(
            '{"final": {**{name: values[-1] for name, values in history.history.items()}, "test_mse": test_mse}}'
        ),
    )
