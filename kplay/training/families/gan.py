"""GANs in the worker: a keras.Model subclass with its own ``train_step`` (the keras-io DCGAN idiom).

``fit`` gets real samples only (y=None), or with their digits' one-hot codes when the GAN
is conditioned on the digit; each step draws noise, updates the discriminator
``discriminator_steps`` times on real vs generated samples, then the generator once
through the discriminator. The tracked metrics are the two losses and the
discriminator's mean verdict on real samples, D(x), and on generated ones, D(G(z)).
"""

from __future__ import annotations

import math

import keras
import numpy as np
import tensorflow as tf
from keras import ops

from kplay.measures import gan as gan_measures
from kplay.datasets import bundled
from kplay.models import spec_for
from kplay.models.gan import grid_shape
from kplay.inputs.model_files import network_name
from kplay.models.keras_build import OPTIMIZERS, network_for
from kplay.training.families.base import TrainingSetup, compiled_predict

ONE_D_SAMPLES = 2048  # real samples per "epoch" of the 1-D GAN
CURVE_POINTS = 200  # points of D's output curve over the 1-D range
SAMPLES_FOR_VIEWS = 2000  # generated 1-D samples behind the histogram and the statistics
REPORT_SECONDS = {"1d": 0.5, "image": 2.0}
# DCGAN's Adam: a lower first-moment decay (0.5) keeps the two players from overshooting.
GAN_OPTIMIZERS = {**OPTIMIZERS, "adam": lambda lr: keras.optimizers.Adam(lr, beta_1=0.5)}


class GAN(keras.Model):
    def __init__(self, generator, discriminator, latent_size: int, discriminator_steps: int = 1,
                 label_smoothing: float = 0.0, seed: int = 0, classes: int = 0) -> None:
        super().__init__()
        self.generator, self.discriminator = generator, discriminator
        self.latent_size, self.discriminator_steps, self.classes = latent_size, discriminator_steps, classes
        self.real_label = 1.0 - label_smoothing  # one-sided smoothing: fakes stay at 0
        self.noise_seed = keras.random.SeedGenerator(seed)
        self.trackers = {name: keras.metrics.Mean(name=name) for name in ("d_loss", "g_loss", "d_real", "d_fake")}

    def compile(self, d_optimizer, g_optimizer) -> None:
        super().compile()
        self.d_optimizer, self.g_optimizer = d_optimizer, g_optimizer
        self.bce = keras.losses.BinaryCrossentropy()

    @property
    def metrics(self):
        return list(self.trackers.values())

    def build_optimizers(self) -> None:
        """Create both optimizers' slots now, as the first train step would: a prepared run records and restores them."""
        self.d_optimizer.build(self.discriminator.trainable_weights)
        self.g_optimizer.build(self.generator.trainable_weights)

    def call(self, noise, training=False):
        return self.generator(noise, training=training)

    def _codes(self, batch):
        """The generator's inputs, and the digits they ask for (None unless conditioned)."""
        noise = keras.random.normal((batch, self.latent_size), seed=self.noise_seed)
        if not self.classes:
            return noise, None
        digits = ops.one_hot(keras.random.randint((batch,), 0, self.classes, seed=self.noise_seed), self.classes)
        return ops.concatenate([noise, digits], axis=1), digits

    def _judge(self, images, digits):
        """D's verdicts; a conditioned D also sees which digit each image should be, as channels."""
        if digits is not None:
            height, width = ops.shape(images)[1], ops.shape(images)[2]
            maps = ops.tile(digits[:, None, None, :], (1, height, width, 1))
            images = ops.concatenate([images, maps], axis=-1)
        return self.discriminator(images, training=True)

    def train_step(self, data):
        real, real_digits = data if self.classes else (data, None)
        batch = ops.shape(real)[0]
        real_labels = ops.full((batch, 1), self.real_label)
        fake_labels, fooled_labels = ops.zeros((batch, 1)), ops.ones((batch, 1))
        for _ in range(self.discriminator_steps):  # unrolled when traced
            codes, digits = self._codes(batch)
            fake = self.generator(codes, training=True)
            with tf.GradientTape() as tape:
                p_real = self._judge(real, real_digits)
                p_fake = self._judge(fake, digits)
                d_loss = self.bce(real_labels, p_real) + self.bce(fake_labels, p_fake)
            grads = tape.gradient(d_loss, self.discriminator.trainable_weights)
            self.d_optimizer.apply_gradients(zip(grads, self.discriminator.trainable_weights))
        with tf.GradientTape() as tape:
            # Non-saturating loss: G wants D to call its samples real.
            codes, digits = self._codes(batch)
            p_fooled = self._judge(self.generator(codes, training=True), digits)
            g_loss = self.bce(fooled_labels, p_fooled)
        grads = tape.gradient(g_loss, self.generator.trainable_weights)
        self.g_optimizer.apply_gradients(zip(grads, self.generator.trainable_weights))
        for name, value in (("d_loss", d_loss), ("g_loss", g_loss), ("d_real", ops.mean(p_real)), ("d_fake", ops.mean(p_fake))):
            self.trackers[name].update_state(value)
        return {name: tracker.result() for name, tracker in self.trackers.items()}


def build_gan(config) -> GAN:
    specs = spec_for(config)
    # An uploaded model file's networks are used instead of new ones (kplay.training.model_io).
    generator, discriminator = (network_for(specs[title], network_name(title)) for title in ("Generator", "Discriminator"))
    gan = GAN(generator, discriminator, config.latent_size, config.discriminator_steps, config.label_smoothing, config.seed,
              config.classes)
    gan.compile(
        d_optimizer=GAN_OPTIMIZERS[config.optimizer](config.discriminator_learning_rate),
        g_optimizer=GAN_OPTIMIZERS[config.optimizer](config.learning_rate),
    )
    return gan


def real_data(config, limit: int | None = None) -> np.ndarray:
    """Real samples: draws from N(mean, std), or the bundled digits scaled to [-1, 1] for tanh."""
    if config.kind == "1d":
        rng = np.random.default_rng(config.seed)
        return rng.normal(config.target_mean, config.target_std, (limit or ONE_D_SAMPLES, 1)).astype("float32")
    images = bundled.mnist_5k().x[:limit]
    return (images * 2.0 - 1.0).astype("float32")


def _one_hot(digits: np.ndarray, classes: int) -> np.ndarray:
    return np.eye(classes, dtype="float32")[digits]


def real_digits(config, limit: int | None = None) -> np.ndarray | None:
    """The real digits' one-hot codes, for a conditioned GAN; None otherwise."""
    if not config.classes:
        return None
    return _one_hot(bundled.mnist_5k().y[:limit], config.classes)


def generator_codes(config, count: int, seed: int) -> np.ndarray:
    """``count`` generator inputs: seeded noise, ending with digit i % 10's one-hot code when conditioned."""
    noise = np.random.default_rng(seed).normal(size=(count, config.latent_size)).astype("float32")
    if not config.classes:
        return noise
    return np.concatenate([noise, _one_hot(np.arange(count) % config.classes, config.classes)], axis=1)


def _one_d_views(gan: GAN, generate, config, real: np.ndarray, noise: np.ndarray):
    low, high = gan_measures.plot_range(config.target_mean, config.target_std)
    xs = np.linspace(low, high, CURVE_POINTS, dtype="float32").reshape(-1, 1)
    judge = compiled_predict(gan.discriminator, xs)  # an eager first call cost the first report 20 ms

    def statistics(logs: dict) -> dict:
        fake = generate(noise).reshape(-1)
        return {"generated_mean": float(fake.mean()), "generated_std": float(fake.std()),
                "mean_gap": float(abs(fake.mean() - config.target_mean))}

    def report() -> dict:
        fake = generate(noise).reshape(-1)
        edges, real_density = gan_measures.histogram(real, low, high)
        _, fake_density = gan_measures.histogram(fake, low, high)
        verdict = judge(xs).reshape(-1)
        return {
            "kind": "1d", "edges": edges, "real_density": real_density, "fake_density": fake_density,
            "curve_x": xs.reshape(-1), "curve_d": verdict,
            "real_mean": float(real.mean()), "real_std": float(real.std()),
            "fake_mean": float(fake.mean()), "fake_std": float(fake.std()),
            "diversity": gan_measures.diversity(fake[:300], real[:300]),
        }

    return report, statistics


def _image_views(generate, real: np.ndarray, fixed: np.ndarray):
    # Spread over the data set: the bundled digits are sorted by class, and the first ones are all 0s.
    reference = real[:: max(len(real) // len(fixed), 1)][:len(fixed)]

    def report() -> dict:
        fake = generate(fixed)
        grid = gan_measures.to_uint8(fake)
        return {"kind": "image", "grid": grid, "frame": grid, "diversity": gan_measures.diversity(fake, reference)}

    def statistics(logs: dict) -> dict:
        return {"diversity": gan_measures.diversity(generate(fixed), reference)}

    return report, statistics


def _queries(generate, config, fixed: np.ndarray) -> dict:
    def samples(count: int = 100, seed: int = 1) -> dict:
        fake = generate(generator_codes(config, count, seed))
        if config.kind == "image":
            return {"images": (fake + 1.0) / 2.0}  # [0, 1], as classifiers of real digits see them
        return {"values": fake.reshape(-1)}

    def interpolate(start: int = 0, end: int = 1, steps: int = 10) -> dict:
        line = gan_measures.interpolate(fixed[int(start) % len(fixed)], fixed[int(end) % len(fixed)], int(steps))
        fake = generate(line)
        return {"frames": gan_measures.to_uint8(fake) if config.kind == "image" else fake.reshape(-1)}

    return {"samples": samples, "interpolate": interpolate}


def setup(config, limit: int | None = None) -> TrainingSetup:
    gan = build_gan(config)
    real = real_data(config, limit)
    shown = SAMPLES_FOR_VIEWS if config.kind == "1d" else math.prod(grid_shape(config))  # samples, or the grid's tiles
    fixed = generator_codes(config, shown, config.seed + 1)
    # Compiled: the statistics generate after every epoch, and an eager call of the 1-D
    # generator (3 ms) was most of them. One batch holds all the views' samples.
    generate = compiled_predict(gan.generator, fixed, batch=SAMPLES_FOR_VIEWS)
    if config.kind == "1d":
        report, statistics = _one_d_views(gan, generate, config, real, fixed)
    else:
        report, statistics = _image_views(generate, real, fixed)
    return TrainingSetup(
        model=gan, x=real, y=real_digits(config, limit), has_loss=False, report=report, epoch_extras=statistics, batch_metric="d_loss",
        report_seconds=REPORT_SECONDS[config.kind], queries=_queries(generate, config, fixed),
        networks={"Generator": gan.generator, "Discriminator": gan.discriminator},
    )
