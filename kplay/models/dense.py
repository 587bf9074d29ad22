"""Fully connected networks: the single neuron (ch.1), the ANN (ch.2) and the DNN (ch.3)."""

from __future__ import annotations

from dataclasses import dataclass

from kplay import datasets
from kplay.config import TrainConfig
from kplay.errors import ConfigError
from kplay.fields import checked, choice, flag, float_list, int_list, number
from kplay.i18n import dataset_title, t
from kplay.models.spec import LayerSpec, ModelSpec

ACTIVATIONS = ("relu", "sigmoid", "tanh", "leaky_relu", "elu", "prelu", "selu", "gelu")
LOSSES = ("auto", "categorical_crossentropy", "binary_crossentropy", "mse", "mae")
MAX_HIDDEN_LAYERS = 8

# The loss each task gets for "auto", and the ones that make sense for it.
TASK_LOSSES = {
    "classification": ("categorical_crossentropy", "mse"),
    "binary": ("binary_crossentropy", "mse"),
    "regression": ("mse", "mae"),
}
TASK_METRICS = {"classification": ("accuracy",), "binary": ("accuracy",), "regression": ("mae",)}


@dataclass(frozen=True)
class DenseConfig(TrainConfig):
    dataset: str = choice("mnist5k", "Data set", tuple(datasets.DATASETS))
    hidden_units: tuple = int_list((128,), "Units per hidden layer", 1, 1024, help="One number per hidden layer.")
    dropout: tuple = float_list((0.0,), "Dropout per hidden layer", 0.0, 0.9, help="Share of units switched off at random while training.")
    activation: str = choice("relu", "Activation", ACTIVATIONS, help="The non-linearity after each hidden layer.")
    batch_norm: bool = flag(False, "Batch normalisation", help="Normalise each hidden layer's outputs per batch.")
    l2: float = number(0.0, "L2 weight decay", 0.0, 0.1, step=0.0001, help="Penalty on large weights; 0 turns it off.")
    loss: str = choice("auto", "Loss", LOSSES, help="'auto' picks the usual loss for the data set's task.")


def resolved_loss(config: DenseConfig) -> str:
    return TASK_LOSSES[datasets.get_info(config.dataset).task][0] if config.loss == "auto" else config.loss


def validate(config: DenseConfig) -> DenseConfig:
    """The config with every field checked, or a ConfigError a learner can act on."""
    config = checked(config)
    info = datasets.get_info(config.dataset)
    if len(config.hidden_units) > MAX_HIDDEN_LAYERS:
        raise ConfigError(t("errors.too_many_layers", most=MAX_HIDDEN_LAYERS, count=len(config.hidden_units)))
    if len(config.dropout) != len(config.hidden_units):
        raise ConfigError(t("errors.dropout_count", layers=len(config.hidden_units), rates=len(config.dropout)))
    loss = resolved_loss(config)
    if loss not in TASK_LOSSES[info.task]:
        fits = t("errors.or").join(TASK_LOSSES[info.task])
        raise ConfigError(t("errors.loss_misfit", loss=loss, title=dataset_title(info), task=t(f"errors.task.{info.task}"), fits=fits))
    return config


def _hidden_block(index: int, units: int, rate: float, config: DenseConfig) -> list[LayerSpec]:
    # With batch norm or PReLU the Dense layer stays linear and the non-linearity follows.
    separate = config.batch_norm or config.activation == "prelu"
    dense_args = {"units": units, "activation": None if separate else config.activation}
    if config.l2:
        dense_args["kernel_regularizer"] = config.l2
    block = [LayerSpec("Dense", f"hidden_{index}", dense_args)]
    if config.batch_norm:
        block.append(LayerSpec("BatchNormalization", f"batch_norm_{index}"))
    if config.activation == "prelu":
        block.append(LayerSpec("PReLU", f"prelu_{index}"))
    elif separate:
        block.append(LayerSpec("Activation", f"{config.activation}_{index}", {"activation": config.activation}))
    if rate > 0:
        block.append(LayerSpec("Dropout", f"dropout_{index}", {"rate": rate}))
    return block


def _output_layer(info: datasets.DatasetInfo) -> LayerSpec:
    if info.task == "classification":
        return LayerSpec("Dense", "output", {"units": info.num_classes, "activation": "softmax"})
    if info.task == "binary":
        return LayerSpec("Dense", "output", {"units": 1, "activation": "sigmoid"})
    return LayerSpec("Dense", "output", {"units": 1, "activation": None})


def dense_spec(config: DenseConfig) -> ModelSpec:
    config = validate(config)
    info = datasets.get_info(config.dataset)
    layers = [LayerSpec("Flatten", "flatten")] if len(info.input_shape) > 1 else []
    for index, (units, rate) in enumerate(zip(config.hidden_units, config.dropout), start=1):
        layers += _hidden_block(index, units, rate, config)
    layers.append(_output_layer(info))
    return ModelSpec(
        input_shape=info.input_shape,
        layers=tuple(layers),
        loss=resolved_loss(config),
        optimizer=config.optimizer,
        learning_rate=config.learning_rate,
        metrics=TASK_METRICS[info.task],
    )
