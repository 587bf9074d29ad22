"""Exported script for the applied page's transfer-learning experiment (ch.9).

A small CNN is pre-trained on digits 0-4. Its conv base goes into a new network for
digits 5-9 (the first FROZEN_LAYERS conv layers frozen, a new head), which learns from
only PER_CLASS labelled images per digit, beside the same network trained from scratch.
"""

from __future__ import annotations

from kplay import datasets
from kplay.export import pair, snippets
from kplay.export.snippets import block
from kplay.models.transfer import (HEAD, PRETRAIN_BATCH, PRETRAIN_LEARNING_RATE, SOURCE_CLASSES, TARGET_CLASSES,
                                   TransferConfig, pretrain_spec, transfer_pair, validate)

NETWORKS = {"scratch": "scratch", "transfer": "transferred"}

COMMENTS = {
    "PER_CLASS": "labelled images of each new digit",
    "FROZEN_LAYERS": "conv layers that keep their pre-trained weights",
    "PRETRAIN_EPOCHS": "epochs on digits 0-4",
}

TASKS = block(
    """
    # The two tasks: digits 0-4 to pre-train on, a few labelled digits 5-9 to learn.
    def digits_of(x, y, digits):
        # The images of these digits, labels renumbered 0, 1, ... and one-hot encoded.
        labels = y.argmax(axis=1)
        keep = np.isin(labels, digits)
        return x[keep], np.eye(len(digits), dtype="float32")[np.searchsorted(digits, labels[keep])]


    x_source, y_source = digits_of(x_train, y_train, SOURCE_DIGITS)
    x_source_val, y_source_val = digits_of(x_val, y_val, SOURCE_DIGITS)
    labels = y_train.argmax(axis=1)  # the first PER_CLASS images of each new digit, mixed
    chosen = np.concatenate([np.flatnonzero(labels == digit)[:PER_CLASS] for digit in TARGET_DIGITS])
    chosen = chosen[np.random.default_rng(0).permutation(len(chosen))]
    x_train, y_train = digits_of(x_train[chosen], y_train[chosen], TARGET_DIGITS)
    x_val, y_val = digits_of(x_val, y_val, TARGET_DIGITS)
    labels_test = labels_test[np.isin(labels_test, TARGET_DIGITS)]
    x_test, y_test = digits_of(x_test, y_test, TARGET_DIGITS)
    print(f"Pre-training: {len(x_source)} images of 0-4. New task: {len(x_train)} labelled images of 5-9")
    """
)

PRETRAIN = block(
    """
    base.compile(
        optimizer=keras.optimizers.Adam(learning_rate=PRETRAIN_LEARNING_RATE),
        loss="categorical_crossentropy",
        metrics=["accuracy"],
    )
    base.fit(x_source, y_source, epochs=PRETRAIN_EPOCHS, batch_size=PRETRAIN_BATCH, verbose=2)
    _, pretrain_accuracy = base.evaluate(x_source_val, y_source_val, verbose=0)
    print(f"The base tells held-out digits 0-4 apart with accuracy {pretrain_accuracy:.3f}")
    """
)

FREEZE = block(
    """
    # Freeze the first FROZEN_LAYERS conv layers (and the pooling between them): they keep the base's filters.
    convolutions = [layer for layer in transferred.layers if isinstance(layer, layers.Conv2D)]
    if FROZEN_LAYERS:
        last = transferred.layers.index(convolutions[FROZEN_LAYERS - 1])
        for layer in transferred.layers[: last + 1]:
            layer.trainable = False
    """
)

PREDICTIONS = block(
    """
    # The transferred network's answers on test digits 5-9, as digits again.
    predicted = np.asarray(TARGET_DIGITS)[transferred.predict(x_test, verbose=0).argmax(axis=-1)]
    """
)


def _title(config: TransferConfig, info: datasets.DatasetInfo) -> str:
    return (f"Transfer learning on {info.title}: a CNN pre-trained on digits 0-4 learns 5-9 from "
            f"{config.per_class} labels per digit, beside the same CNN from scratch.")


def script(config: TransferConfig) -> str:
    config = validate(config)
    info = datasets.get_info(config.dataset)
    scratch_spec, _ = transfer_pair(config)  # the transferred network is the same, frozen in code below
    values = snippets.training_constants(
        config, PER_CLASS=config.per_class, FROZEN_LAYERS=config.frozen_layers,
        PRETRAIN_EPOCHS=config.pretrain_epochs, PRETRAIN_LEARNING_RATE=PRETRAIN_LEARNING_RATE,
        PRETRAIN_BATCH=PRETRAIN_BATCH, SOURCE_DIGITS=list(SOURCE_CLASSES), TARGET_DIGITS=list(TARGET_CLASSES),
        **snippets.data_constants(config.dataset))
    values["RESULT_IMAGE"] = "results.png"
    return snippets.script(
        snippets.header(_title(config, info), info, ("matplotlib",)),
        snippets.IMPORTS,
        snippets.constants(values, {**snippets.TRAINING_COMMENTS, **COMMENTS}),
        snippets.SEED_LINE,
        snippets.data_code(config.dataset) + "\n" + TASKS,
        snippets.model_code(pretrain_spec(config), "base", "# 2. Pre-train the base on digits 0-4: conv blocks, a new 5-way head"),
        PRETRAIN,
        snippets.model_code(scratch_spec, "scratch", "# 3. The new task: the same network from scratch ..."),
        snippets.model_code(scratch_spec, "transferred", "# ... and the same network that starts from the base"),
        FREEZE,
        f"# The transferred network takes the base's conv weights; its head ({', '.join(HEAD)}) starts fresh.\n"
        + pair.copy_weights_code("base", "transferred", skipped=HEAD),
        pair.train_both_code(NETWORKS, scratch_spec, "# 4. Compile and train each network"),
        pair.compare_code("scratch", "transfer", NETWORKS),
        PREDICTIONS,
        snippets.image_grid_code("RESULT_IMAGE"),
        pair.RESULT,
    )
