"""Exported script for the applied page's ImageNet backbone (ch.9): frozen base, new head.

The script is the book's and keras-io's recipe end to end (the backbone inside the
model, called with ``training=False``); the playground computes the frozen features
once instead, which trains the same head faster. Images come from class folders on
disk (the unzipped upload) or from CIFAR-10.
"""

from __future__ import annotations

from kplay.export import snippets
from kplay.export.snippets import block
from kplay.models.online_transfer import OnlineTransferConfig, online_spec, validate

MODULES = {"MobileNetV2": "mobilenet_v2", "VGG16": "vgg16"}

IMPORTS = block(
    """
    import json

    import keras
    """
)


def _header(title: str) -> str:
    return block(
        f'''
        """{title}

        Exported from kplay, the Keras playground: the page's model and settings, as plain Keras.
        Keras downloads the ImageNet weights on the first run. The page computes the frozen
        features once and splits the images its own way, so numbers differ a little. Run it:

            python this_file.py

        Needs: keras, tensorflow.
        """
        '''
    )

FOLDERS = block(
    """
    # 1. Data: one folder per class under IMAGE_DIR (unzip the set you uploaded there)
    train, validation = keras.utils.image_dataset_from_directory(
        IMAGE_DIR, validation_split=VALIDATION_SPLIT, subset="both", seed=SEED, label_mode="categorical",
        image_size=(IMAGE_SIZE, IMAGE_SIZE), crop_to_aspect_ratio=True, batch_size=BATCH_SIZE,
    )
    class_names = train.class_names
    """
)

CIFAR = block(
    """
    # 1. Data: CIFAR-10 photos, scaled up to the backbone's input size inside the model
    (x, y), _ = keras.datasets.cifar10.load_data()
    x, y = x[:IMAGES].astype("float32"), keras.utils.to_categorical(y[:IMAGES], 10)
    cut = int(round(len(x) * VALIDATION_SPLIT))
    train = (x[cut:], y[cut:])
    validation = (x[:cut], y[:cut])
    class_names = ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"]
    """
)


def _model(config: OnlineTransferConfig) -> str:
    module = MODULES[config.backbone]
    resize = "x = keras.layers.Resizing(IMAGE_SIZE, IMAGE_SIZE)(inputs)\n" if config.source == "cifar10" else "x = inputs\n"
    shape = "(32, 32, 3)" if config.source == "cifar10" else "(IMAGE_SIZE, IMAGE_SIZE, 3)"
    return (
        "# 2. Model: the ImageNet base, frozen, and a new head\n"
        f"base = keras.applications.{config.backbone}(include_top=False, weights=\"imagenet\", "
        "input_shape=(IMAGE_SIZE, IMAGE_SIZE, 3))\n"
        "base.trainable = False  # its weights stay ImageNet's\n"
        f"inputs = keras.Input({shape})\n"
        + resize
        + f"x = keras.applications.{module}.preprocess_input(x)\n"
        "x = base(x, training=False)  # inference mode: batch norm keeps ImageNet's statistics\n"
        "x = keras.layers.GlobalAveragePooling2D()(x)\n"
        "x = keras.layers.Dropout(DROPOUT)(x)\n"
        "if HEAD_UNITS:\n"
        "    x = keras.layers.Dense(HEAD_UNITS, activation=\"relu\")(x)\n"
        "outputs = keras.layers.Dense(len(class_names), activation=\"softmax\")(x)\n"
        "model = keras.Model(inputs, outputs)\n"
    )


FIT = block(
    """
    # 4. Train: only the head learns
    if isinstance(train, tuple):
        history = model.fit(*train, validation_data=validation, epochs=EPOCHS, batch_size=BATCH_SIZE, shuffle=True)
    else:
        history = model.fit(train, validation_data=validation, epochs=EPOCHS)
    """
)


def script(config: OnlineTransferConfig) -> str:
    config = validate(config)
    values = snippets.training_constants(config)
    del values["LIMIT"]
    values.update(IMAGE_SIZE=config.image_size, HEAD_UNITS=config.head_units, DROPOUT=config.dropout)
    if config.source == "cifar10":
        values["IMAGES"] = config.images
    else:
        values["IMAGE_DIR"] = "images"
    comments = dict(snippets.TRAINING_COMMENTS, IMAGE_SIZE="pixels a side the backbone gets",
                    HEAD_UNITS="units of the new dense layer (0: none)", IMAGE_DIR="one folder per class")
    spec = online_spec(config)
    title = f"Transfer learning: a frozen {config.backbone} (ImageNet) with a new head."
    return snippets.script(
        _header(title),
        IMPORTS,
        snippets.constants(values, comments),
        "keras.utils.set_random_seed(SEED)\n",
        CIFAR if config.source == "cifar10" else FOLDERS,
        _model(config),
        snippets.compile_code(spec),
        FIT,
        snippets.result_line('{"final": {name: values[-1] for name, values in history.history.items()}}'),
    )
