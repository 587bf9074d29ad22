"""Exported script for the RNN page: a series forecast with its baselines, or sequence classification."""

from __future__ import annotations

from kplay import datasets
from kplay.export import snippets
from kplay.export.snippets import block
from kplay.models.rnn import LAGS, RnnConfig, rnn_spec, series_length, validate
from kplay.series import PERIOD, airline_passengers

IMPORTS = block(
    """
    import json
    import math

    import keras
    import numpy as np
    import tensorflow as tf
    from keras import layers
    """
)

SEED_LINE = "keras.utils.set_random_seed(SEED)  # the same initial weights and shuffling every run\n"

# Source text that sets ``values`` (float64, original units), as kplay.series.sources does.
SERIES_CODE = {
    "airline": "# Monthly international airline passengers (thousands), 1949-1960: Box & Jenkins (1976), series G.\n"
               "values = np.array([\n{values}\n], dtype=\"float64\")\n",
    "sine": """
        # A sine wave with a period of 12 steps, plus noise.
        t = np.arange(LENGTH)
        values = np.sin(2 * np.pi * t / 12) + NOISE * np.random.default_rng(SEED).standard_normal(LENGTH)
        """,
    "sines": """
        # Three sine waves (periods 12, 5.3 and 31 steps) added up, plus noise.
        t = np.arange(LENGTH)
        clean = np.sin(2 * np.pi * t / 12) + 0.5 * np.sin(2 * np.pi * t / 5.3) + 0.3 * np.sin(2 * np.pi * t / 31)
        values = clean + NOISE * np.random.default_rng(SEED).standard_normal(LENGTH)
        """,
    "trend_season": """
        # A rising line plus a 12-step season, plus noise.
        t = np.arange(LENGTH)
        clean = 2.0 * t / max(LENGTH - 1, 1) + 0.5 * np.sin(2 * np.pi * t / 12)
        values = clean + NOISE * np.random.default_rng(SEED).standard_normal(LENGTH)
        """,
}

FORECAST_DATA = """
    # Split by time, never at random: the last TEST_SHARE of the series is the test part.
    split = len(values) - max(1, int(round(len(values) * TEST_SHARE)))
    # With LAG > 0 the network sees and predicts changes over LAG steps instead of values.
    seen = values[LAG:] - values[:-LAG] if LAG else values
    # Scaling is fitted on the training part only: nothing from the test part leaks in.
    mean, std = seen[: split - LAG].mean(), seen[: split - LAG].std() or 1.0
    scaled = (seen - mean) / std


    def windows(targets):
        x = np.stack([scaled[t - WINDOW : t] for t in targets])[..., None].astype("float32")
        return x, scaled[list(targets)].reshape(-1, 1).astype("float32")


    x_train, y_train = windows(range(WINDOW, split - LAG))
    x_test, y_test = windows(range(split - LAG, len(seen)))
    train_targets, test_targets = range(LAG + WINDOW, split), range(split, len(values))
    print(f"{len(x_train)} training windows, {len(x_test)} test windows of {WINDOW} steps")
    """

FORECAST_FIT = """
    # 4. Train (the test part is the validation data: the dashed curve on the page)
    steps_per_epoch = math.ceil(len(x_train) / BATCH_SIZE)
    train = tf.data.Dataset.from_tensor_slices((x_train, y_train))
    train = train.shuffle(len(x_train), seed=SEED, reshuffle_each_iteration=True).batch(BATCH_SIZE).repeat()
    history = model.fit(train, epochs=EPOCHS, steps_per_epoch=steps_per_epoch, validation_data=(x_test, y_test),
                        shuffle=False, verbose=2)
    """

FORECAST_EVALUATION = """
    # 5. One-step predictions in passengers (or the series' units), against the naive baselines
    def to_values(predicted, targets, history):
        predicted = np.asarray(predicted).reshape(-1) * std + mean
        return predicted + history[[t - LAG for t in targets]] if LAG else predicted


    def rmse(a, b):
        return float(np.sqrt(np.mean((np.asarray(a) - np.asarray(b)) ** 2)))


    test_predicted = to_values(model.predict(x_test, verbose=0), test_targets, values)
    truth = values[split:]
    scores = {
        "network": rmse(truth, test_predicted),
        "last_value": rmse(truth, values[[t - 1 for t in test_targets]]),
        "seasonal_naive": rmse(truth, values[[t - PERIOD for t in test_targets]]),
    }
    for name in ("last_value", "seasonal_naive"):
        verdict = "beats" if scores["network"] < scores[name] else "does not beat"
        print(f"Test RMSE {scores['network']:.2f}: the network {verdict} the {name} forecast ({scores[name]:.2f})")

    # 6. Forecast HORIZON steps past the data, feeding each prediction back in
    history_values = list(values)
    for _ in range(HORIZON):
        past = np.asarray(history_values)
        changes = past[LAG:] - past[:-LAG] if LAG else past
        x = ((changes[-WINDOW:] - mean) / std).reshape(1, WINDOW, 1).astype("float32")
        next_value = to_values(model.predict(x, verbose=0), range(len(past), len(past) + 1), past)[0]
        history_values.append(float(next_value))
    forecast = history_values[len(values) :]
    print("Forecast:", np.round(forecast, 1).tolist())
    """

CLASSIFY_ROWS = """
    # Each 28x28 digit becomes a sequence of 28 rows of 28 pixels.
    x_train, x_val, x_test = (a.reshape(len(a), 28, 28) for a in (x_train, x_val, x_test))
    """

IMDB_DATA = """
    # 1. Data: IMDB reviews as word ids (downloaded once by Keras), cut or padded to TEXT_LENGTH words
    (x, y), (x_test, y_test) = keras.datasets.imdb.load_data(num_words=WORDS)
    pad = lambda a: keras.utils.pad_sequences(a, maxlen=TEXT_LENGTH).astype("float32")  # noqa: E731
    rng = np.random.default_rng(0)
    order, test_order = rng.permutation(len(x))[:LIMIT], rng.permutation(len(x_test))[: LIMIT and max(1, LIMIT // 5)]
    x, y = pad(x[order]), y[order].astype("float32").reshape(-1, 1)
    n_val = int(round(len(x) * VALIDATION_SPLIT))
    x_train, y_train, x_val, y_val = x[: len(x) - n_val], y[: len(y) - n_val], x[len(x) - n_val :], y[len(y) - n_val :]
    x_test, y_test = pad(x_test[test_order]), y_test[test_order].astype("float32").reshape(-1, 1)
    """

CLASSIFY_EVALUATION = """
    # 5. Evaluate on the test set
    test_loss, test_accuracy = model.evaluate(x_test, y_test, verbose=0)
    print(f"Test accuracy: {test_accuracy:.3f}")
    test = {"loss": test_loss, "accuracy": test_accuracy}
    """


def _forecast(config: RnnConfig) -> str:
    spec = rnn_spec(config)
    values = {"DATA": config.dataset, "TEST_SHARE": config.validation_split, "WINDOW": config.window,
              "LAG": LAGS[config.target], "PERIOD": PERIOD, "HORIZON": config.horizon}
    if config.dataset != "airline":
        values.update({"LENGTH": series_length(config), "NOISE": config.noise})
    training = snippets.training_constants(config, **values)
    training.pop("VALIDATION_SPLIT")
    training.pop("LIMIT")
    series_code = SERIES_CODE[config.dataset]
    if config.dataset == "airline":
        counts = [int(v) for v in airline_passengers()]
        rows = ("    " + ", ".join(map(str, counts[i : i + PERIOD])) + "," for i in range(0, len(counts), PERIOD))
        series_code = series_code.format(values="\n".join(rows))
    info = datasets.get_info(config.dataset)
    return snippets.script(
        snippets.header(f"A recurrent network ({config.cell}) forecasts {info.title} from {config.window}-step windows.", info),
        IMPORTS,
        snippets.constants(training, snippets.TRAINING_COMMENTS | {
            "TEST_SHARE": "the last share of the series, in time order, is the test part",
            "WINDOW": "past steps the network sees", "LAG": "0: predict values; k: predict changes over k steps",
            "HORIZON": "steps forecast past the data",
        }),
        SEED_LINE,
        "# 1. Data\n" + block(series_code) + block(FORECAST_DATA),
        snippets.model_code(spec),
        snippets.compile_code(spec),
        block(FORECAST_FIT),
        block(FORECAST_EVALUATION),
        snippets.result_line('{"final": {name: values[-1] for name, values in history.history.items()}, '
                             '"test_rmse": scores, "forecast": forecast}'),
    )


def _classify(config: RnnConfig) -> str:
    spec = rnn_spec(config)
    info = datasets.get_info(config.dataset)
    if config.dataset == "imdb":
        values = snippets.training_constants(config, WORDS=config.words, TEXT_LENGTH=config.text_length)
        data = block(IMDB_DATA)
    else:
        values = snippets.training_constants(config, **snippets.data_constants(config.dataset))
        data = snippets.data_code(config.dataset) + block(CLASSIFY_ROWS)
    return snippets.script(
        snippets.header(f"A recurrent network ({config.cell}) classifies {info.title}, one step at a time.", info),
        IMPORTS,
        snippets.constants(values, snippets.TRAINING_COMMENTS),
        SEED_LINE,
        data,
        snippets.model_code(spec),
        snippets.compile_code(spec),
        snippets.fit_code(),
        block(CLASSIFY_EVALUATION),
        snippets.result_line('{"final": {name: values[-1] for name, values in history.history.items()}, "test": test}'),
    )


def script(config: RnnConfig) -> str:
    config = validate(config)
    return _forecast(config) if config.task == "forecast" else _classify(config)
