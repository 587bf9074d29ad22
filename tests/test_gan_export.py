"""The GAN page's exported script runs as plain Python and trains both players."""

import json
import re
import subprocess
import sys

from kplay.export import script_for
from kplay.models import GanConfig


def test_exported_1d_gan_runs_without_kplay_and_reports_both_players(tmp_path):
    text = script_for(GanConfig(epochs=2, latent_size=4, generator_width=8, discriminator_width=8))
    assert not re.search(r"^\s*(import|from) kplay", text, flags=re.M)
    assert "def train_step(self, real):" in text and "beta_1=0.5" in text
    text = re.sub(r"^LIMIT = None", "LIMIT = 256", text, flags=re.M)
    path = tmp_path / "gan_1d.py"
    path.write_text(text)
    done = subprocess.run([sys.executable, str(path)], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(result["final"]) == {"d_loss", "g_loss", "d_real", "d_fake"}
    assert "generated_mean" in result["test"]


def test_exported_dcgan_script_compiles_with_the_page_settings():
    text = script_for(GanConfig(kind="image", latent_size=64, generator_width=64, label_smoothing=0.1))
    compile(text, "dcgan.py", "exec")
    assert "LABEL_SMOOTHING = 0.1" in text and "keras.Input(shape=(28, 28, 1))" in text  # the discriminator reads digits
    assert "layers.Conv2DTranspose(filters=32" in text and "RESULT_IMAGE" in text
