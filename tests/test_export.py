"""Code export: every preset's script is generated, data code matches kplay's split, and
exported scripts, run as plain Python, reach the page runner's numbers with the same seed."""

import json
import math
import re
import subprocess
import sys

import numpy as np
import pytest

from apptest import open_page
from kplay import datasets
from kplay.catalog import PAGES
from kplay.export import EXPORTERS, script_for, snippets
from kplay.models import BUILDERS, AutoencoderConfig, DenseConfig
from kplay.presets import PRESETS

# Data sets with loader code; a family whose data is not there yet adds a RAW_LOADERS row.
OFFLINE = [name for name in snippets.RAW_LOADERS if datasets.get_info(name).offline]


def rewrite(script: str, **constants) -> str:
    """The script with its top-level ``NAME = value`` constants replaced (tiny test runs)."""
    for name, value in constants.items():
        script, count = re.subn(rf"^{name} = .*$", f"{name} = {value!r}", script, count=1, flags=re.M)
        assert count == 1, f"no constant {name}"
    return script


def test_every_exporter_is_a_model_family():
    assert set(EXPORTERS) <= {config_class.__name__ for config_class in BUILDERS}
    assert set(snippets.RAW_LOADERS) <= set(datasets.DATASETS)
    dense_pages_offer = datasets.names(kinds=("image", "tabular", "line"))
    assert set(dense_pages_offer) <= set(snippets.RAW_LOADERS)


@pytest.mark.parametrize("name", OFFLINE)
def test_data_code_splits_scales_and_encodes_like_kplay(name):
    limit = 300 if name != "line" else None
    expected = datasets.load(name, 0.25, limit=limit)
    scope = {"np": np, "LIMIT": limit, "VALIDATION_SPLIT": 0.25, **snippets.data_constants(name)}
    exec(snippets.data_code(name), scope)
    for part in ("x_train", "y_train", "x_test", "y_test", "labels_test"):
        np.testing.assert_array_equal(scope[part], getattr(expected, part), err_msg=part)
    if expected.x_val is None:
        assert len(scope["x_val"]) == 0
    else:
        np.testing.assert_array_equal(scope["x_val"], expected.x_val)
        np.testing.assert_array_equal(scope["y_val"], expected.y_val)


def _exported_scripts(at) -> list[str]:
    return [code.value for code in at.code if "import keras" in code.value]


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.url_path)
def test_every_preset_of_the_page_shows_a_script_in_the_code_panel(page):
    at = open_page(page.script)
    shown = _exported_scripts(at)
    if not shown:
        pytest.skip(f"{page.url_path} has no exporter yet")
    scripts = {}
    for preset in PRESETS.get(page.url_path, ()):
        at.button(key=f"{page.url_path}.preset:{preset.name}").click().run()
        assert not at.exception, at.exception
        shown = _exported_scripts(at)
        if not shown and at.error:  # a lesson preset refused on purpose (the CNN's "too many pooling steps")
            continue
        (script,) = shown
        compile(script, f"{preset.name}.py", "exec")
        assert not re.search(r"^\s*(import|from) kplay", script, flags=re.M)
        if "epochs" in preset.values:
            assert f"\nEPOCHS = {preset.values['epochs']}" in script, preset.name
        scripts[preset.name] = script
    assert len(set(scripts.values())) == len(scripts), "two presets exported the same script"


# Tiny runs that between them use every task, optimizer family and hidden-layer option.
EXECUTED = {
    "digits_bn_dropout_l2_adam": DenseConfig(dataset="digits8", hidden_units=(16, 8), dropout=(0.2, 0.0), batch_norm=True,
                                             l2=0.001, epochs=2, batch_size=32),
    "diabetes_regression_momentum": DenseConfig(dataset="diabetes", hidden_units=(8,), dropout=(0.0,), activation="prelu",
                                                optimizer="momentum", learning_rate=0.01, epochs=2),
    "breast_cancer_binary_rmsprop": DenseConfig(dataset="breast_cancer", hidden_units=(8,), dropout=(0.0,),
                                                activation="tanh", optimizer="rmsprop", epochs=2, validation_split=0.0),
    "line_single_neuron_sgd": DenseConfig(dataset="line", hidden_units=(), dropout=(), optimizer="sgd",
                                          learning_rate=0.01, epochs=5, batch_size=8, seed=7),
    "digits_denoising_conv_autoencoder": AutoencoderConfig(dataset="digits8", kind="conv", conv_blocks=1, latent_channels=2,
                                                           denoising=True, noise_level=0.3, epochs=2, batch_size=32),
}
LIMIT = 300

# Runs each script as its own __main__, one after the other, in ONE fresh interpreter (one
# TensorFlow import); each prints its JSON line last.
DRIVER = """
import runpy, sys
for path in sys.argv[1:]:
    print("=== " + path, flush=True)
    runpy.run_path(path, run_name="__main__")
"""


def _run_scripts(paths: list[str], cwd: str) -> subprocess.Popen:
    env = {"TF_CPP_MIN_LOG_LEVEL": "2", "PATH": "/usr/bin:/bin", "MPLBACKEND": "Agg", "HOME": cwd}
    return subprocess.Popen([sys.executable, "-c", DRIVER, *paths], cwd=cwd, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _results(stdout: str) -> dict[str, dict]:
    found, current = {}, None
    for line in stdout.splitlines():
        if line.startswith("=== "):
            current = line[4:]
        elif line.startswith('{"final"'):
            found[current] = json.loads(line)
    return found


def test_exported_scripts_reach_the_runners_numbers(tmp_path):
    from kplay.training import Run

    paths = {}
    for name, config in EXECUTED.items():
        path = tmp_path / f"{name}.py"
        path.write_text(rewrite(script_for(config), LIMIT=LIMIT))
        paths[name] = str(path)
    scripts = _run_scripts(list(paths.values()), str(tmp_path))  # trains while the runner trains
    try:
        expected = {}
        for name, config in EXECUTED.items():
            run = Run(config, limit=LIMIT)
            snapshot = run.wait(300)
            run.close()
            assert snapshot.status == "finished", snapshot.message
            expected[name] = {key: values[-1] for key, values in snapshot.history.items()}
        stdout, stderr = scripts.communicate(timeout=300)
    finally:
        scripts.kill()
    assert scripts.returncode == 0, stderr[-3000:]
    results = _results(stdout)
    for name, path in paths.items():
        final = results[path]["final"]
        shared = set(final) & set(expected[name])
        assert {"loss"} <= shared, (name, final, expected[name])
        for key in shared:
            assert math.isclose(final[key], expected[name][key], rel_tol=0.02, abs_tol=0.01), (name, key, final, expected[name])
    assert (tmp_path / "results.png").stat().st_size > 1000  # the digits run saved its result grid
