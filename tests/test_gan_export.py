"""The GAN page's exported scripts: plain Keras with their own train_step (tests/test_export.py runs every
GAN preset's script and compares it with the runner)."""

import re

from kplay.export import script_for
from kplay.models import GanConfig


def test_exported_1d_gan_script_has_its_own_train_step_and_no_kplay_import():
    text = script_for(GanConfig(epochs=2, latent_size=4, generator_width=8, discriminator_width=8))
    compile(text, "gan_1d.py", "exec")
    assert not re.search(r"^\s*(import|from) kplay", text, flags=re.M)
    assert "def train_step(self, real):" in text and "beta_1=0.5" in text


def test_exported_dcgan_script_compiles_with_the_page_settings():
    text = script_for(GanConfig(kind="image", latent_size=64, generator_width=64, label_smoothing=0.1))
    compile(text, "dcgan.py", "exec")
    assert "LABEL_SMOOTHING = 0.1" in text and "keras.Input(shape=(28, 28, 1))" in text  # the discriminator reads digits
    assert "layers.Conv2DTranspose(filters=32" in text and "RESULT_IMAGE" in text
