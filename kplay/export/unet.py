"""Exported script for the UNET page: the shapes generator (or photo patches), the UNET, Dice and IoU.

The generator and the loss and metric functions are copied from kplay's own source, so
the script draws the same images and scores them the same way, with no kplay import.
The family module imports Keras, so its functions are read from the file, not imported.
"""

from __future__ import annotations

import ast
import inspect
import os

from kplay.datasets import photos, shapes
from kplay.export import snippets
from kplay.export.snippets import block
from kplay.models.unet import UnetConfig, unet_spec, validate

FAMILY_FILE = os.path.join(os.path.dirname(os.path.dirname(__file__)), "training", "families", "unet.py")
KERAS_FUNCTIONS = ("_class_overlaps", "_mean_present", "iou", "dice", "dice_loss", "ce_dice_loss")
LOSS_NAMES = {"ce": '"categorical_crossentropy"', "dice": "dice_loss", "ce_dice": "ce_dice_loss", "mse": '"mse"'}
GRID = 6  # kept as validation images at least, like the page

IMPORTS = block(
    """
    import json
    import math
    import os
    from dataclasses import dataclass
    from functools import lru_cache

    import keras
    import numpy as np
    import tensorflow as tf
    from keras import layers, ops
    """
)


def _module_body(module, leave_out: tuple = ()) -> str:
    """A module's source without its docstring, imports and the functions left out."""
    source = inspect.getsource(module)
    lines = source.splitlines()
    kept = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.Import, ast.ImportFrom)) or getattr(node, "name", None) in leave_out:
            continue
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # the module docstring
        start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        kept.append("\n".join(lines[start - 1 : node.end_lineno]))
    return "\n\n\n".join(kept) + "\n"


def _family_functions() -> str:
    with open(FAMILY_FILE, encoding="utf-8") as f:
        source = f.read()
    tree = ast.parse(source)
    found = {node.name: ast.get_source_segment(source, node) for node in tree.body if isinstance(node, ast.FunctionDef)}
    return "# Dice loss and the IoU and Dice metrics (hard masks, classes present only)\nSMOOTH = 1.0\n\n\n" + "\n\n\n".join(
        found[name] for name in KERAS_FUNCTIONS) + "\n"


def _segmentation_data() -> str:
    return "# 1. Data: shapes on textured backgrounds, with their masks\n" + _module_body(shapes) + block(
        f"""

        data = generate(IMAGES, IMAGE_SIZE, SHAPES_PER_IMAGE, NOISE, CLUTTER, binary=BINARY_MASKS, seed=SEED)
        num_classes = len(data.class_names)
        masks = np.eye(num_classes, dtype="float32")[data.masks]  # one-hot, one channel per class
        n_val = max({GRID}, round(IMAGES * VALIDATION_SPLIT))  # the last images validate
        x_train, y_train = data.images[: IMAGES - n_val], masks[: IMAGES - n_val]
        x_val, y_val = data.images[IMAGES - n_val :], masks[IMAGES - n_val :]
        """
    )


def _colourisation_data(dataset: str) -> str:
    if dataset == "cifar10":
        load = block(
            """
            # 1. Data: CIFAR-10 photos, grey in and colour out
            (photos_x, _), _ = keras.datasets.cifar10.load_data()
            order = np.random.default_rng(SEED).permutation(len(photos_x))[:IMAGES]
            colour = (photos_x[order] / 255.0).astype("float32")
            """
        )
    else:
        load = "# 1. Data: patches of scikit-learn's sample photos, grey in and colour out\n" + _module_body(photos, leave_out=("cifar10",)) + block(
            """

            colour = patches(IMAGES, IMAGE_SIZE, seed=SEED)
            """
        )
    return load + block(
        f"""
        grey_images = grey(colour)
        n_val = max({GRID}, round(IMAGES * VALIDATION_SPLIT))
        x_train, y_train = grey_images[: IMAGES - n_val], colour[: IMAGES - n_val]
        x_val, y_val = grey_images[IMAGES - n_val :], colour[IMAGES - n_val :]
        """
    )


def script(config: UnetConfig) -> str:
    config = validate(config)
    spec = unet_spec(config)
    segmentation = config.task == "segmentation"
    values = {"IMAGE_SIZE": config.image_size, "IMAGES": config.images}
    if segmentation:
        values.update(SHAPES_PER_IMAGE=config.shapes_per_image, NOISE=config.noise, CLUTTER=config.clutter,
                      BINARY_MASKS=config.mask_classes == "binary")
    constants = snippets.training_constants(config, **values)
    constants.pop("LIMIT")
    what = "segments shapes" if segmentation else "colours grey photos"
    header = block(
        f'''
        """A UNET (depth {config.depth}, {"with" if config.skips else "without"} skip connections) {what}.

        Exported from kplay, the Keras playground: it trains what the page trained, on the same
        generated data with the same seed. Change the constants below and run it:

            python this_file.py

        Needs: keras, tensorflow, numpy{", pillow, scikit-learn" if config.dataset == "photos" else ""}.
        """
        '''
    )
    compile_code = block(
        f"""
        # 3. Compile
        model.compile(
            optimizer={snippets.OPTIMIZERS[spec.optimizer]},
            loss={LOSS_NAMES[spec.loss]},
            metrics={"[iou, dice]" if segmentation else '["mae"]'},
        )
        model.summary()
        """
    )
    return snippets.script(
        header,
        IMPORTS,
        snippets.constants(constants, snippets.TRAINING_COMMENTS),
        "keras.utils.set_random_seed(SEED)  # the same initial weights and shuffling every run\n",
        _segmentation_data() if segmentation else _colourisation_data(config.dataset),
        _family_functions() if segmentation else "",
        snippets.model_code(spec),
        compile_code,
        snippets.fit_code(),
        snippets.result_line('{"final": {name: values[-1] for name, values in history.history.items()}}'),
    )
