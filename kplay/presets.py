"""Named settings per page: the textbook's examples and classic lessons, one click each.

Values are keyed by the page's widget names (``kplay.ui.widgets.key_of(page, name)``).
"""

from __future__ import annotations

from dataclasses import dataclass

from kplay.i18n import translation


@dataclass(frozen=True)
class Preset:
    name: str
    watch: str  # one line: what to look for
    values: dict


# The book's DCGAN settings, shared by the DCGAN told the digit and the one that is not.
DCGAN = {"kind": "image", "latent_size": 64, "generator_width": 64, "discriminator_width": 64, "optimizer": "adam",
         "learning_rate": 0.0002, "discriminator_learning_rate": 0.0002, "discriminator_steps": 1,
         "label_smoothing": 0.1, "epochs": 30, "batch_size": 64}

# The UNET page's defaults, which its presets start from.
UNET_SEGMENTATION = {
    "task": "segmentation", "dataset": "shapes", "image_size": 48, "images": 800, "shapes_per_image": 2, "noise": 0.05,
    "clutter": 0.5, "mask_classes": "binary", "depth": 3, "base_filters": 8, "convs_per_block": 2, "batch_norm": True,
    "dropout": 0.0, "upsampling": "transpose", "skips": True, "loss": "ce", "optimizer": "adam", "learning_rate": 0.002,
    "epochs": 20, "batch_size": 32, "validation_split": 0.2, "seed": 0,
}

PRESETS: dict[str, tuple[Preset, ...]] = {
    "ann": (
        Preset(
            "Book ch.1: one neuron, y = 2x + 1",
            "The weight creeps to 2 and the bias to 1; the loss falls fast, then slowly.",
            {"example": "line", "dataset": "line", "optimizer": "sgd", "learning_rate": 0.01, "epochs": 1000, "batch_size": 32},
        ),
        Preset(
            "Book ch.2: ANN digit classifier",
            "784-100-10 with ReLU and softmax. The book gets 0.977 on all 60 000 MNIST digits; 5 000 give about 0.93.",
            {"example": "classification", "dataset": "mnist5k", "units": 100, "activation": "relu", "optimizer": "adam",
             "learning_rate": 0.001, "epochs": 15, "batch_size": 100, "validation_split": 0.2},
        ),
        Preset(
            "Book ch.2: ANN regression",
            "13-5-1 on Boston housing in the book; offline, the diabetes set stands in. Points near the diagonal are good.",
            {"example": "regression", "dataset": "diabetes", "units": 5, "activation": "relu", "optimizer": "sgd",
             "learning_rate": 0.01, "epochs": 100, "batch_size": 100, "validation_split": 0.2},
        ),
        Preset(
            "Learning rate too high",
            "SGD with a learning rate of 1: the loss explodes within a few batches and the run stops.",
            {"example": "regression", "dataset": "diabetes", "units": 64, "optimizer": "sgd", "learning_rate": 1.0, "epochs": 20},
        ),
    ),
    "dnn": (
        Preset(
            "Book ch.3: DNN classifier",
            "784-100-50-10 with ReLU: a second hidden layer on the ch.2 network.",
            {"dataset": "mnist5k", "layers": 2, "units": (100, 50), "dropout": (0.0, 0.0), "activation": "relu",
             "optimizer": "adam", "learning_rate": 0.001, "epochs": 10, "batch_size": 100, "batch_norm": False, "l2": 0.0},
        ),
        Preset(
            "Over-fits: big and long",
            "Three 512-unit layers for 40 epochs: training loss keeps falling while validation loss turns up.",
            {"dataset": "mnist5k", "layers": 3, "units": (512, 512, 512), "dropout": (0.0, 0.0, 0.0), "activation": "relu",
             "optimizer": "adam", "learning_rate": 0.001, "epochs": 40, "batch_size": 64, "batch_norm": False, "l2": 0.0},
        ),
        Preset(
            "Same, with dropout",
            "Dropout 0.5 after each layer: the gap between training and validation loss shrinks. Overlay it on the last run.",
            {"dataset": "mnist5k", "layers": 3, "units": (512, 512, 512), "dropout": (0.5, 0.5, 0.5), "activation": "relu",
             "optimizer": "adam", "learning_rate": 0.001, "epochs": 40, "batch_size": 64, "batch_norm": False, "l2": 0.0},
        ),
        Preset(
            "Deep sigmoid: vanishing gradients",
            "Eight sigmoid layers learn slowly, if at all; switch the activation to ReLU and compare.",
            {"dataset": "mnist5k", "layers": 8, "units": (64,) * 8, "dropout": (0.0,) * 8, "activation": "sigmoid",
             "optimizer": "sgd", "learning_rate": 0.1, "epochs": 15, "batch_size": 64, "batch_norm": False, "l2": 0.0},
        ),
    ),
    "cnn": (
        Preset(
            "Book ch.4: CNN",
            "conv32 3x3, conv64 3x3, maxpool 2, dropout .25, dense 128, dropout .5, RMSProp: 1.2 million parameters, "
            "most in the dense layer. The book gets 0.989 on all of MNIST; 5 000 digits give about 0.97-0.98.",
            {"dataset": "mnist5k", "blocks": 2, "filters": (32, 64), "kernel_size": (3, 3), "strides": (1, 1),
             "pool": (0, 2), "dropout": (0.0, 0.25), "padding": "valid", "pooling": "max", "batch_norm": False,
             "activation": "relu", "dense_units": 128, "dense_dropout": 0.5, "optimizer": "rmsprop",
             "learning_rate": 0.001, "epochs": 10, "batch_size": 128, "validation_split": 0.2},
        ),
        Preset(
            "Quick start: the page's default",
            "Two blocks with 'same' padding and pooling, Adam: validation accuracy near 0.97 on 5 000 digits in 8 epochs.",
            {"dataset": "mnist5k", "blocks": 2, "filters": (32, 64), "kernel_size": (3, 3), "strides": (1, 1),
             "pool": (2, 2), "dropout": (0.0, 0.0), "padding": "same", "pooling": "max", "batch_norm": False,
             "activation": "relu", "dense_units": 128, "dense_dropout": 0.3, "optimizer": "adam",
             "learning_rate": 0.002, "epochs": 8, "batch_size": 64, "validation_split": 0.2},
        ),
        Preset(
            "No pooling",
            "Without pooling the maps stay 28x28: the dense layer gets 25 000 inputs and 1.6 million weights. "
            "Look at the summary's parameter count, and at how much slower each epoch is.",
            {"dataset": "mnist5k", "blocks": 2, "filters": (16, 32), "kernel_size": (3, 3), "strides": (1, 1),
             "pool": (0, 0), "dropout": (0.0, 0.0), "padding": "same", "pooling": "max", "batch_norm": False,
             "dense_units": 64, "dense_dropout": 0.3, "optimizer": "adam", "learning_rate": 0.001, "epochs": 3},
        ),
        Preset(
            "Too many pooling steps",
            "Four 2x2 poolings on 8x8 digits: 8, 4, 2, 1, then nothing. The page refuses before training and names the block.",
            {"dataset": "digits8", "blocks": 4, "filters": (8, 8, 8, 8), "kernel_size": (3, 3, 3, 3), "strides": (1, 1, 1, 1),
             "pool": (2, 2, 2, 2), "dropout": (0.0, 0.0, 0.0, 0.0), "padding": "same"},
        ),
        Preset(
            "Stride 2 instead of pooling",
            "Strided convolutions shrink the maps as pooling does, with learned weights; compare the curves with the quick start.",
            {"dataset": "mnist5k", "blocks": 2, "filters": (16, 32), "kernel_size": (3, 3), "strides": (2, 2),
             "pool": (0, 0), "dropout": (0.0, 0.0), "padding": "same", "dense_units": 64, "dense_dropout": 0.3,
             "optimizer": "adam", "learning_rate": 0.002, "epochs": 6},
        ),
        Preset(
            "One 1x1 filter block",
            "A 1x1 kernel sees one pixel: it cannot find edges or strokes. Watch accuracy stall near a plain dense network's.",
            {"dataset": "mnist5k", "blocks": 1, "filters": (8,), "kernel_size": (1,), "strides": (1,), "pool": (2,),
             "dropout": (0.0,), "padding": "same", "dense_units": 64, "dense_dropout": 0.0, "epochs": 6},
        ),
    ),
    "applied_augment": (
        Preset(
            "Book ch.9: augmentation",
            "500 digits, small turns, shifts and zooms: the augmented run learns slower but ends higher on validation.",
            {"dataset": "mnist5k", "subset": 500, "rotation": 0.05, "translation": 0.1, "zoom": 0.1, "flip": "none",
             "contrast": 0.0, "noise": 0.0, "epochs": 30, "learning_rate": 0.002, "batch_size": 32},
        ),
        Preset(
            "Tiny subset, strong augmentation",
            "Only 100 digits: without augmentation the network memorises them; the gap grows.",
            {"dataset": "mnist5k", "subset": 100, "rotation": 0.08, "translation": 0.15, "zoom": 0.15, "flip": "none",
             "contrast": 0.0, "noise": 0.05, "epochs": 40, "learning_rate": 0.002, "batch_size": 32},
        ),
        Preset(
            "Wrong augmentation: flipping digits",
            "Mirrored digits are not digits: flips (and big turns) teach the wrong thing, and the augmented run falls behind.",
            {"dataset": "mnist5k", "subset": 500, "rotation": 0.5, "translation": 0.0, "zoom": 0.0,
             "flip": "horizontal_and_vertical", "contrast": 0.0, "noise": 0.0, "epochs": 30, "learning_rate": 0.002, "batch_size": 32},
        ),
        Preset(
            "Plenty of data",
            "2 000 images: with enough data augmentation helps less. Compare the gap with the 500-image preset.",
            {"dataset": "mnist5k", "subset": 2000, "rotation": 0.05, "translation": 0.1, "zoom": 0.1, "flip": "none",
             "contrast": 0.0, "noise": 0.0, "epochs": 15, "learning_rate": 0.002, "batch_size": 32},
        ),
    ),
    "applied_transfer": (
        Preset(
            "Book ch.9: transfer learning",
            "50 labelled digits per class, 4 short epochs: the network that starts from the 0-4 base is far ahead; from scratch is still learning to see.",
            {"dataset": "mnist5k", "per_class": 50, "frozen_layers": 0, "conv_blocks": 3, "pretrain_epochs": 8,
             "epochs": 4, "learning_rate": 0.0005, "batch_size": 32},
        ),
        Preset(
            "Train longer",
            "The same for 15 epochs: from scratch catches up. A pre-trained start matters most when labels and time are short.",
            {"dataset": "mnist5k", "per_class": 50, "frozen_layers": 0, "conv_blocks": 3, "pretrain_epochs": 8,
             "epochs": 15, "learning_rate": 0.0005, "batch_size": 32},
        ),
        Preset(
            "Freeze the whole base",
            "All three conv layers frozen: a quick start, but filters learned on 0-4 alone limit how far 5-9 can go; from scratch overtakes it.",
            {"dataset": "mnist5k", "per_class": 50, "frozen_layers": 3, "conv_blocks": 3, "pretrain_epochs": 8,
             "epochs": 15, "learning_rate": 0.002, "batch_size": 32},
        ),
        Preset(
            "Five labels per class",
            "Only 25 labelled images in all: watch how far each network gets from so little.",
            {"dataset": "mnist5k", "per_class": 5, "frozen_layers": 0, "conv_blocks": 3, "pretrain_epochs": 8,
             "epochs": 15, "learning_rate": 0.0005, "batch_size": 8},
        ),
    ),
    "applied_online": (
        Preset(
            "Book ch.9: frozen VGG16",
            "The book's choice: VGG16's 14.7 million ImageNet weights stay frozen and only a dense head of 256 units "
            "learns your classes. Compare the summary's trainable count with the total.",
            {"backbone": "VGG16", "image_size": 128, "head_units": 256, "dropout": 0.5, "epochs": 10,
             "learning_rate": 0.001, "batch_size": 32},
        ),
        Preset(
            "Quick look: MobileNetV2",
            "A backbone built for phones: 2.3 million frozen weights at 96x96 pixels, so the features of a few "
            "hundred pictures are ready in seconds on a CPU.",
            {"backbone": "MobileNetV2", "image_size": 96, "head_units": 64, "dropout": 0.2, "epochs": 10,
             "learning_rate": 0.001, "batch_size": 32},
        ),
    ),
    "rnn": (
        Preset(
            "Book ch.5: LSTM time series",
            "The book's model: a 12-month window, LSTM(10), Dense(1), mse and adam, predicting the passenger count "
            "itself. Watch the test part: the counts there are higher than any in training.",
            {"task": "forecast", "dataset": "airline", "target": "level", "window": 12, "horizon": 24, "cell": "LSTM",
             "units": 10, "layers": 1, "bidirectional": False, "dropout": 0.0, "optimizer": "adam",
             "learning_rate": 0.001, "epochs": 400, "batch_size": 16, "validation_split": 0.2},
        ),
        Preset(
            "LSTM forecast: predict the change",
            "The default: the LSTM predicts next month's change, so rising counts are no surprise. It beats both naive "
            "forecasts within seconds.",
            {"task": "forecast", "dataset": "airline", "target": "change", "window": 12, "horizon": 24, "cell": "LSTM",
             "units": 32, "layers": 1, "bidirectional": False, "dropout": 0.0, "optimizer": "adam",
             "learning_rate": 0.01, "epochs": 100, "batch_size": 16, "validation_split": 0.2},
        ),
        Preset(
            "SimpleRNN vs LSTM",
            "A plain SimpleRNN on the same task: train it, then switch the cell to LSTM or GRU and compare the test RMSE.",
            {"task": "forecast", "dataset": "airline", "target": "change", "window": 12, "horizon": 24,
             "cell": "SimpleRNN", "units": 32, "layers": 1, "bidirectional": False, "dropout": 0.0,
             "optimizer": "adam", "learning_rate": 0.01, "epochs": 100, "batch_size": 16, "validation_split": 0.2},
        ),
        Preset(
            "Window too short",
            "Two months of history cannot show a yearly season: the seasonal naive forecast wins. Raise the window to 12.",
            {"task": "forecast", "dataset": "airline", "target": "change", "window": 2, "horizon": 24, "cell": "LSTM",
             "units": 32, "layers": 1, "bidirectional": False, "dropout": 0.0, "optimizer": "adam",
             "learning_rate": 0.01, "epochs": 100, "batch_size": 16, "validation_split": 0.2},
        ),
        Preset(
            "Noisy sine: memory vs noise",
            "A sine wave buried in noise: the one-step predictions follow the clean wave, not the noise.",
            {"task": "forecast", "dataset": "sine", "length": 240, "noise": 0.3, "target": "level", "window": 24,
             "horizon": 36, "cell": "GRU", "units": 16, "layers": 1, "bidirectional": False, "dropout": 0.0,
             "optimizer": "adam", "learning_rate": 0.01, "epochs": 30, "batch_size": 32, "validation_split": 0.2},
        ),
        Preset(
            "Digits read row by row",
            "An LSTM reads each digit as 28 rows of 28 pixels and names it after the last row: about 0.9 within a few epochs.",
            {"task": "classify", "dataset": "mnist5k", "cell": "LSTM", "units": 64, "layers": 1, "bidirectional": False,
             "dropout": 0.0, "optimizer": "adam", "learning_rate": 0.005, "epochs": 8, "batch_size": 64,
             "validation_split": 0.2},
        ),
        Preset(
            "Book ch.5: LSTM sentiment (IMDB)",
            "Embedding 128, LSTM 128 with dropout, sigmoid: about 0.8 on the full reviews. Needs the IMDB download.",
            {"task": "classify", "dataset": "imdb", "words": 20000, "text_length": 80, "embedding": 128, "cell": "LSTM",
             "units": 128, "layers": 1, "bidirectional": False, "dropout": 0.2, "optimizer": "adam",
             "learning_rate": 0.001, "epochs": 3, "batch_size": 32, "validation_split": 0.2},
        ),
    ),
    "autoencoder": (
        Preset(
            "Book ch.6: dense AE",
            "784-36-784 with Adadelta, as in the book: the reconstructions go from grey blobs to digits; "
            "the default (Adam) gets sharper in the same time.",
            {"dataset": "mnist5k", "kind": "dense", "layers": 0, "latent_size": 36, "latent_activation": "relu",
             "denoising": False, "loss": "binary_crossentropy", "optimizer": "adadelta", "learning_rate": 1.0,
             "epochs": 10, "batch_size": 256},
        ),
        Preset(
            "Book ch.6: conv AE",
            "Conv 4, pool, conv 8, pool, a 7x7x1 code: 16 times fewer numbers than pixels, yet the digits come back.",
            {"dataset": "mnist5k", "kind": "conv", "conv_blocks": 2, "conv_filters": 4, "latent_channels": 1,
             "latent_activation": "relu", "denoising": False, "loss": "binary_crossentropy", "optimizer": "adam",
             "learning_rate": 0.005, "epochs": 20, "batch_size": 128},
        ),
        Preset(
            "Denoising",
            "Noise in, clean digits out: the middle row is what the network sees, the bottom row what it rebuilds.",
            {"dataset": "mnist5k", "kind": "dense", "layers": 1, "units": (256,), "latent_size": 36,
             "latent_activation": "relu", "denoising": True, "noise_level": 0.5, "loss": "binary_crossentropy",
             "optimizer": "adam", "learning_rate": 0.002, "epochs": 20, "batch_size": 64},
        ),
        Preset(
            "Latent 2 for a map",
            "A 2-number code: the map shows the codes themselves, digits form regions, and the explorer walks between them.",
            {"dataset": "mnist5k", "kind": "dense", "layers": 2, "units": (256, 64), "latent_size": 2,
             "latent_activation": "linear", "denoising": False, "loss": "binary_crossentropy", "optimizer": "adam",
             "learning_rate": 0.002, "epochs": 30, "batch_size": 64},
        ),
    ),
    "gan": (
        Preset(
            "Book ch.7: 1-D GAN N(4, 1.25)",
            "The red histogram walks from 0 to the green one; D's blue curve flattens towards 0.5 as it stops telling them apart.",
            {"kind": "1d", "target_mean": 4.0, "target_std": 1.25, "latent_size": 8, "generator_width": 32,
             "discriminator_width": 32, "optimizer": "adam", "learning_rate": 0.0002, "discriminator_learning_rate": 0.0002,
             "discriminator_steps": 1, "label_smoothing": 0.0, "epochs": 50, "batch_size": 64},
        ),
        Preset(
            "DCGAN on MNIST, told the digit",
            "Each column is asked for one digit, 0 to 9. The grid starts as grey noise; strokes come within seconds, and by about "
            "a minute most samples read as their column's digit. D(x) and D(G(z)) hover around 0.5.",
            {**DCGAN, "conditional": True},
        ),
        Preset(
            "Book ch.7: DCGAN on MNIST",
            "Not told the digit, G must find the ten digits by itself: strokes, then digit-like shapes appear in the same places, "
            "but after a minute and a half only about half of them read as clear digits.",
            {**DCGAN, "conditional": False},
        ),
        Preset(
            "D too strong",
            "Five D updates per G update at 25x the rate: D wins at first (D(x) near 1, D(G(z)) near 0, G's loss high) and the generated histogram crawls to the target far slower than with the book settings.",
            {"kind": "1d", "target_mean": 4.0, "target_std": 1.25, "latent_size": 8, "generator_width": 8,
             "discriminator_width": 128, "optimizer": "adam", "learning_rate": 0.0002, "discriminator_learning_rate": 0.005,
             "discriminator_steps": 5, "label_smoothing": 0.0, "epochs": 50, "batch_size": 64},
        ),
        Preset(
            "Learning rate too high",
            "A learning rate of 0.05 for both: the losses spike now and then and the generated histogram jumps about instead of settling smoothly.",
            {"kind": "1d", "target_mean": 4.0, "target_std": 1.25, "latent_size": 8, "generator_width": 32,
             "discriminator_width": 32, "optimizer": "adam", "learning_rate": 0.05, "discriminator_learning_rate": 0.05,
             "discriminator_steps": 1, "label_smoothing": 0.0, "epochs": 50, "batch_size": 64},
        ),
    ),
    "unet": (
        Preset(
            "Book ch.8: UNET colourisation",
            "Grey photo patches in, colour out (16-32-64 filters, batch norm, MSE). Colours come in as broad washes "
            "first, then sharpen. The book trains on CIFAR-10; pick it under Data set when it is cached.",
            dict(UNET_SEGMENTATION, task="colourisation", dataset="photos", image_size=32, images=1500, depth=2,
                 base_filters=16, epochs=10, batch_size=32, learning_rate=0.002),
        ),
        Preset(
            "Segmentation",
            "Shapes on noisy, striped backgrounds: the predicted masks sharpen within a few epochs and IoU passes 0.9.",
            UNET_SEGMENTATION,
        ),
        Preset(
            "Quick look: small and fast",
            "32x32 images and a two-level UNET: the masks go from noise to shapes in a few seconds.",
            dict(UNET_SEGMENTATION, image_size=32, images=300, depth=2, epochs=8),
        ),
        Preset(
            "No skips: a plain encoder-decoder",
            "The same network without skip connections: masks stay blobby at the edges and IoU stays lower. "
            "Train it after 'Segmentation' to see both curves.",
            dict(UNET_SEGMENTATION, skips=False),
        ),
        Preset(
            "One class per shape kind",
            "Circle, square, triangle and cross each get a colour: now the network must tell forms apart, not only find them.",
            dict(UNET_SEGMENTATION, mask_classes="kinds", epochs=30),
        ),
        Preset(
            "Dice loss",
            "Dice trains the overlap itself, so small shapes count as much as big ones. Compare its IoU curve with cross-entropy's.",
            dict(UNET_SEGMENTATION, loss="dice"),
        ),
    ),
}


# A preset's text in the UI language: kplay/i18n/presets.py by page and preset name,
# the English above where a row is missing.
def preset_name(page: str, preset: Preset) -> str:
    return translation((f"presets.{page}.{preset.name}",), preset.name) or preset.name


def preset_watch(page: str, preset: Preset) -> str:
    return translation((f"presets.{page}.{preset.name}.watch",), preset.watch) or preset.watch
