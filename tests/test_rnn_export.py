"""The RNN page's exported script: plain Keras, and its data code windows the series as kplay does."""

import re

import numpy as np
import pytest

from kplay import series
from kplay.export import script_for
from kplay.models.rnn import LAGS, RnnConfig, series_length


def _data_section(script: str) -> str:
    constants = script[script.index("# Settings (from the page)") : script.index("keras.utils.set_random_seed")]
    data = script[script.index("# 1. Data") : script.index("# 2. Model")]
    return constants + data


@pytest.mark.parametrize("options", [dict(), dict(target="level", window=6), dict(target="seasonal_change"),
                                     dict(dataset="sines", length=120, noise=0.3, seed=4, validation_split=0.3)])
def test_exported_data_code_windows_and_scales_like_kplay(options):
    config = RnnConfig(**options)
    script = script_for(config)
    assert not re.search(r"^\s*(import|from) kplay", script, flags=re.M)
    compile(script, "exported.py", "exec")
    scope = {"np": np}
    exec(_data_section(script), scope)
    values = series.load_series(config.dataset, series_length(config), config.noise, config.seed)
    expected = series.prepare(values, config.window, config.validation_split, LAGS[config.target])
    for name in ("x_train", "y_train", "x_test", "y_test"):
        np.testing.assert_allclose(scope[name], getattr(expected, name), rtol=1e-6, err_msg=name)


@pytest.mark.parametrize("options", [dict(task="classify", dataset="mnist5k", bidirectional=True, layers=2),
                                     dict(task="classify", dataset="imdb", dropout=0.2)])
def test_classification_scripts_compile_without_kplay(options):
    script = script_for(RnnConfig(**options))
    compile(script, "exported.py", "exec")
    assert not re.search(r"^\s*(import|from) kplay", script, flags=re.M)
    assert "reshape(len(a), 28, 28)" in script or "pad_sequences" in script
