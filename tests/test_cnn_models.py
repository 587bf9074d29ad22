"""The CNN builder: every small combination builds or is refused clearly; summaries match Keras."""

import itertools

import pytest

from kplay.errors import ConfigError
from kplay.models import spec_for, summarize
from kplay.models.cnn import ConvBlock, CnnConfig, check_feature_maps, conv_blocks

keras = pytest.importorskip("keras")
from keras_checks import assert_summary_matches_keras  # noqa: E402


def config(blocks: int, dataset: str, kernel: int, stride: int, pool: int, padding: str, **extra) -> CnnConfig:
    return CnnConfig(
        dataset=dataset, filters=(4,) * blocks, kernel_size=(kernel,) * blocks, strides=(stride,) * blocks,
        pool=(pool,) * blocks, dropout=(0.1,) * blocks, padding=padding, **extra,
    )


GRID = list(itertools.product((1, 2, 4), ("digits8", "mnist5k"), (3, 5), (1, 2), (0, 2, 3), ("same", "valid")))


def test_every_small_combination_builds_or_names_the_block():
    built = refused = 0
    for blocks, dataset, kernel, stride, pool, padding in GRID:
        try:
            spec = spec_for(config(blocks, dataset, kernel, stride, pool, padding))
        except ConfigError as error:
            assert str(error).startswith("Block "), error
            assert "1x1" in str(error) or "kernel" in str(error), error
            refused += 1
            continue
        rows = summarize(spec)
        assert all(min(row.output_shape) >= 1 for row in rows)
        assert rows[-1].output_shape == (10,)
        built += 1
    assert built and refused  # the grid reaches both sides of the line


# Built with real Keras: a few of the grid's shapes plus the options the grid holds fixed.
KERAS_CASES = [
    config(2, "mnist5k", 3, 1, 2, "same"),
    config(3, "digits8", 3, 1, 0, "valid", batch_norm=True, activation="elu"),
    config(1, "mnist5k", 5, 2, 3, "valid", pooling="avg", dense_units=0, dense_dropout=0.0),
    config(4, "mnist5k", 3, 1, 2, "same", batch_norm=True, activation="leaky_relu"),
    config(2, "cifar10", 3, 2, 2, "same"),
]


@pytest.mark.parametrize("cnn", KERAS_CASES, ids=lambda c: f"{c.dataset}-{len(c.filters)}-{c.padding}")
def test_summary_matches_the_built_keras_model(cnn):
    assert_summary_matches_keras(spec_for(cnn))


def test_too_many_pooling_steps_are_refused_naming_the_block():
    # 8 -> 4 -> 2 -> 1: the fourth 2x2 pooling has nothing left to pool.
    with pytest.raises(ConfigError, match=r"Block 4: pooling 2x2 on a 1x1 feature map"):
        spec_for(config(4, "digits8", 3, 1, 2, "same"))


def test_a_kernel_larger_than_its_input_is_refused():
    with pytest.raises(ConfigError, match=r"Block 2: its 5x5 kernel is larger than the 4x4"):
        spec_for(CnnConfig(dataset="digits8", filters=(4, 4), kernel_size=(5, 5), strides=(1, 1), pool=(0, 0),
                           dropout=(0, 0), padding="valid"))


def test_per_block_settings_must_match_the_block_count():
    with pytest.raises(ConfigError, match="one kernel size per conv block"):
        spec_for(CnnConfig(filters=(8, 8), kernel_size=(3,)))
    with pytest.raises(ConfigError, match="1 to 4 conv blocks"):
        spec_for(CnnConfig(filters=(8,) * 5, kernel_size=(3,) * 5, strides=(1,) * 5, pool=(0,) * 5, dropout=(0,) * 5))


def test_non_image_data_is_refused():
    with pytest.raises(ConfigError, match="not one of mnist5k"):
        spec_for(CnnConfig(dataset="iris"))


def test_conv_blocks_is_reusable_and_names_layers_by_block():
    layers = conv_blocks([ConvBlock(8, pool=2, dropout=0.25), ConvBlock(16, 5, strides=2)], batch_norm=True)
    assert [layer.name for layer in layers] == [
        "conv_1", "batch_norm_1", "relu_1", "pool_1", "dropout_1", "conv_2", "batch_norm_2", "relu_2",
    ]
    assert layers[5].args["strides"] == 2 and layers[5].args["activation"] is None
    assert check_feature_maps((28, 28, 1), [ConvBlock(8, pool=2), ConvBlock(16, strides=2)]) == [(14, 14, 8), (7, 7, 16)]


def test_book_chapter_4_network_has_the_books_parameter_count():
    book = CnnConfig(filters=(32, 64), kernel_size=(3, 3), strides=(1, 1), pool=(0, 2), dropout=(0.0, 0.25),
                     padding="valid", dense_units=128, dense_dropout=0.5)
    rows = summarize(spec_for(book))
    assert [r.output_shape for r in rows][:4] == [(26, 26, 32), (24, 24, 64), (12, 12, 64), (12, 12, 64)]
    assert sum(r.params for r in rows) == 1_199_882  # as the book's model.summary() prints


def test_exported_script_is_plain_keras_with_the_conv_blocks():
    import re

    from kplay.export import script_for

    script = script_for(CnnConfig(dataset="digits8", filters=(8, 16), pool=(2, 0), padding="valid", epochs=2))
    compile(script, "cnn.py", "exec")
    assert not re.search(r"^\s*(import|from) kplay", script, flags=re.M)
    assert 'layers.Conv2D(filters=8, kernel_size=3, strides=1, padding="valid", activation="relu", name="conv_1")' in script
    assert "layers.MaxPooling2D(pool_size=2" in script and "\nEPOCHS = 2" in script


def test_the_quick_start_preset_is_the_pages_default_and_every_other_preset_builds_or_is_the_pooling_lesson():
    from dataclasses import fields

    from kplay.presets import PRESETS

    defaults = CnnConfig()
    for preset in PRESETS["cnn"]:
        values = {k: v for k, v in preset.values.items() if k in {f.name for f in fields(CnnConfig)}}
        if preset.name.startswith("Quick start"):
            assert CnnConfig(**values) == defaults
        if preset.name == "Too many pooling steps":
            with pytest.raises(ConfigError, match="Block 4"):
                spec_for(CnnConfig(**values))
        else:
            spec_for(CnnConfig(**values))
