"""Exported script for the GAN page: the 1-D GAN or the DCGAN, with the train_step the page uses."""

from __future__ import annotations

from kplay import datasets
from kplay.export import snippets
from kplay.export.snippets import block
from kplay.models.gan import GanConfig, gan_specs, validate

IMPORTS = block(
    """
    import json
    import math

    import keras
    import numpy as np
    import tensorflow as tf
    from keras import layers, ops
    """
)

COMMENTS = {
    **snippets.TRAINING_COMMENTS,
    "EPOCHS": "passes over the real samples",
    "LEARNING_RATE": "the generator's step size",
    "D_LEARNING_RATE": "the discriminator's step size",
    "LATENT_SIZE": "random numbers per generated sample",
    "D_STEPS": "discriminator updates per generator update",
    "LABEL_SMOOTHING": "real examples are labelled 1 - this",
    "TARGET_MEAN": "the normal distribution to learn",
    "SAMPLES": "real samples per epoch",
    "CLASSES": "MNIST's digits, told to G and D (fixed: the input shapes below count them)",
}

DATA = {
    "1d": """
        # 1. Data: real samples from the target normal distribution
        rng = np.random.default_rng(SEED)
        x_train = rng.normal(TARGET_MEAN, TARGET_STD, (LIMIT or SAMPLES, 1)).astype("float32")
        """,
    "image": snippets.RAW_LOADERS["mnist5k"].replace(
        "# 5 000 real MNIST digits", "# 1. Data: all 5 000 real MNIST digits"
    ) + """
        x_train = (x[:LIMIT] * 2.0 - 1.0).astype("float32")  # [-1, 1], like the generator's tanh
        """,
}

DIGITS = """
        digits_train = np.eye(CLASSES, dtype="float32")[y[:LIMIT]]  # each digit's one-hot code: G and D are told it
"""

# The page's keras.Model subclass, word for word in what it computes.
GAN_CLASS = """
    # 4. The GAN: a keras.Model with its own train_step (the keras.io DCGAN idiom)
    class GAN(keras.Model):
        def __init__(self, generator, discriminator):
            super().__init__()
            self.generator, self.discriminator = generator, discriminator
            self.noise_seed = keras.random.SeedGenerator(SEED)
            self.trackers = {name: keras.metrics.Mean(name=name) for name in ("d_loss", "g_loss", "d_real", "d_fake")}

        def compile(self, d_optimizer, g_optimizer):
            super().compile()
            self.d_optimizer, self.g_optimizer = d_optimizer, g_optimizer
            self.bce = keras.losses.BinaryCrossentropy()

        @property
        def metrics(self):
            return list(self.trackers.values())

{methods}
        def train_step(self, {data}):
            {unpack}
            batch = ops.shape(real)[0]
            real_labels = ops.full((batch, 1), 1.0 - LABEL_SMOOTHING)  # one-sided label smoothing
            fake_labels, fooled_labels = ops.zeros((batch, 1)), ops.ones((batch, 1))
            for _ in range(D_STEPS):  # the discriminator learns to tell real from generated
                codes, digits = self._codes(batch)
                fake = self.generator(codes, training=True)
                with tf.GradientTape() as tape:
                    p_real = self._judge(real, real_digits)
                    p_fake = self._judge(fake, digits)
                    d_loss = self.bce(real_labels, p_real) + self.bce(fake_labels, p_fake)
                grads = tape.gradient(d_loss, self.discriminator.trainable_weights)
                self.d_optimizer.apply_gradients(zip(grads, self.discriminator.trainable_weights))
            with tf.GradientTape() as tape:  # the generator learns to make D say "real"
                codes, digits = self._codes(batch)
                p_fooled = self._judge(self.generator(codes, training=True), digits)
                g_loss = self.bce(fooled_labels, p_fooled)
            grads = tape.gradient(g_loss, self.generator.trainable_weights)
            self.g_optimizer.apply_gradients(zip(grads, self.generator.trainable_weights))
            for name, value in (("d_loss", d_loss), ("g_loss", g_loss), ("d_real", ops.mean(p_real)), ("d_fake", ops.mean(p_fake))):
                self.trackers[name].update_state(value)
            return {name: tracker.result() for name, tracker in self.trackers.items()}
    """

# The GAN's inputs and D's view of them: noise alone, or (conditioned, keras-io's conditional GAN)
# noise followed by the digit's one-hot code, which D sees as one extra channel per digit.
NOISE_ONLY = """
        def _codes(self, batch):  # no digits: the same train_step serves the GAN told the digit
            return keras.random.normal((batch, LATENT_SIZE), seed=self.noise_seed), None

        def _judge(self, samples, digits):
            return self.discriminator(samples, training=True)
"""
TOLD_THE_DIGIT = """
        def _codes(self, batch):  # noise, then a random digit's one-hot code: G is told which digit to draw
            noise = keras.random.normal((batch, LATENT_SIZE), seed=self.noise_seed)
            digits = ops.one_hot(keras.random.randint((batch,), 0, CLASSES, seed=self.noise_seed), CLASSES)
            return ops.concatenate([noise, digits], axis=1), digits

        def _judge(self, images, digits):  # D is told which digit each image should be, as channels
            maps = ops.tile(digits[:, None, None, :], (1, images.shape[1], images.shape[2], 1))
            return self.discriminator(ops.concatenate([images, maps], axis=-1), training=True)
"""

GENERATOR_HEADING = {False: "# 2. Generator: noise -> sample",
                     True: "# 2. Generator: noise, then the digit's one-hot code (LATENT_SIZE + CLASSES) -> image"}
DISCRIMINATOR_HEADING = {False: "# 3. Discriminator: sample -> P(real)",
                         True: "# 3. Discriminator: image, then one channel per digit (1 + CLASSES) -> P(real)"}

# DCGAN's Adam uses beta_1 = 0.5, as the page does.
OPTIMIZERS = {**snippets.OPTIMIZERS, "adam": "keras.optimizers.Adam(learning_rate=LEARNING_RATE, beta_1=0.5)"}

TRAIN = """
    # 5. Train: {what}; each step updates D, then G
    gan = GAN(generator, discriminator)
    gan.compile(d_optimizer={d_optimizer}, g_optimizer={g_optimizer})
    steps_per_epoch = math.ceil(len(x_train) / BATCH_SIZE)
    train = tf.data.Dataset.from_tensor_slices({train_data})
    train = train.shuffle(len(x_train), seed=SEED, reshuffle_each_iteration=True).batch(BATCH_SIZE).repeat()
    history = gan.fit(train, epochs=EPOCHS, steps_per_epoch=steps_per_epoch, shuffle=False, verbose=2)
    """

RESULTS = {
    "1d": """
        # 6. What the generator learned: its samples' mean and spread against the target's
        samples = ops.convert_to_numpy(generator(np.random.default_rng(SEED + 1).normal(size=(2000, LATENT_SIZE)).astype("float32")))
        print(f"generated mean {samples.mean():.3f} (target {TARGET_MEAN}), std {samples.std():.3f} (target {TARGET_STD})")
        test = {"generated_mean": float(samples.mean()), "generated_std": float(samples.std())}
        """,
    "image": """
        # 6. A grid of generated digits, saved as a PNG
        from PIL import Image

        rows, columns = {grid}
        codes = np.random.default_rng(SEED + 1).normal(size=(rows * columns, LATENT_SIZE)).astype("float32"){digit_codes}
        images = ((ops.convert_to_numpy(generator(codes)) + 1) * 127.5).clip(0, 255).astype("uint8")[..., 0]
        grid = np.vstack([np.hstack(list(images[row * columns : (row + 1) * columns])) for row in range(rows)])
        Image.fromarray(grid).resize((grid.shape[1] * 3, grid.shape[0] * 3), Image.NEAREST).save(RESULT_IMAGE)
        print("Saved", RESULT_IMAGE)
        test = {}
        """,
}


def _fill(template: str, **parts: str) -> str:
    """``template`` with its ``{name}`` slots filled (not str.format: the templates' code has braces of its own)."""
    for name, text in parts.items():
        template = template.replace("{" + name + "}", text)
    return template


def _gan_class(config: GanConfig) -> str:
    if config.classes:
        return _fill(GAN_CLASS, methods=TOLD_THE_DIGIT.lstrip("\n"), data="data", unpack="real, real_digits = data")
    return _fill(GAN_CLASS, methods=NOISE_ONLY.lstrip("\n"), data="real", unpack="real_digits = None")


def _results(config: GanConfig) -> str:
    if config.kind == "1d":
        return RESULTS["1d"]
    if config.classes:  # four of each digit, one column per digit
        digit_codes = '\n        codes = np.concatenate([codes, np.eye(CLASSES, dtype="float32")[np.arange(rows * columns) % CLASSES]], axis=1)'
        return _fill(RESULTS["image"], grid="4, CLASSES", digit_codes=digit_codes)
    return _fill(RESULTS["image"], grid="6, 6", digit_codes="")


def _header(config: GanConfig) -> str:
    if config.kind == "image":
        return snippets.header("A DCGAN learns to draw MNIST digits (kplay's GAN page).", datasets.get_info("mnist5k"), ("pillow",))
    return block(
        '''
        """A 1-D GAN learns a normal distribution (kplay's GAN page, the book's ch.7 example).

        Exported from kplay, the Keras playground: it trains what the page trained, with the
        same seed. Change the constants below and run it:

            python this_file.py

        Needs: keras, tensorflow, numpy.
        """
        '''
    )


def script(config: GanConfig) -> str:
    config = validate(config)
    specs = gan_specs(config)
    values = {"EPOCHS": config.epochs, "BATCH_SIZE": config.batch_size, "LEARNING_RATE": config.learning_rate,
              "D_LEARNING_RATE": config.discriminator_learning_rate, "LATENT_SIZE": config.latent_size,
              "D_STEPS": config.discriminator_steps, "LABEL_SMOOTHING": config.label_smoothing}
    if config.kind == "1d":
        values.update({"TARGET_MEAN": config.target_mean, "TARGET_STD": config.target_std, "SAMPLES": 2048})
    else:
        if config.classes:
            values["CLASSES"] = config.classes
        values["RESULT_IMAGE"] = "generated.png"
    values.update({"SEED": config.seed, "LIMIT": None})
    optimizer = OPTIMIZERS[config.optimizer]
    return snippets.script(
        _header(config),
        IMPORTS,
        snippets.constants(values, COMMENTS),
        "keras.utils.set_random_seed(SEED)  # the same initial weights and noise every run\n",
        block(DATA[config.kind] + (DIGITS if config.classes else "")),
        snippets.model_code(specs["Generator"], "generator", GENERATOR_HEADING[bool(config.classes)]),
        snippets.model_code(specs["Discriminator"], "discriminator", DISCRIMINATOR_HEADING[bool(config.classes)]),
        block(_gan_class(config)),
        block(_fill(TRAIN, g_optimizer=optimizer, d_optimizer=optimizer.replace("LEARNING_RATE", "D_LEARNING_RATE"),
                    what="real samples and their digits' one-hot codes" if config.classes else "real samples only (y=None)",
                    train_data="(x_train, digits_train)" if config.classes else "x_train")),
        block(_results(config)),
        snippets.result_line('{"final": {name: values[-1] for name, values in history.history.items()}, "test": test}'),
    )
