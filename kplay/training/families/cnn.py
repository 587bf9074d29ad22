"""Convolutional networks (CNN page): the dense family's reports plus what convolutions learn.

Reports add the first layer's filters as pictures and the test images the model gets
most confidently wrong; queries show a chosen test image's feature maps layer by layer
and classify a learner's own picture.
"""

from __future__ import annotations

import numpy as np

from kplay import datasets
from kplay.errors import KplayError
from kplay.i18n import t
from kplay.models import spec_for
from kplay.models.keras_build import build_model
from kplay.training.families.base import TrainingSetup, batched_predict, compiled_predict
from kplay.training.conv_reports import cnn_report
from kplay.training.reports import predicted_inputs

MAPS_PER_LAYER = 16  # feature maps returned per layer (the first ones)
MAP_LAYERS = ("Conv2D", "MaxPooling2D", "AveragePooling2D", "Activation")


def feature_maps(model, data, index: int) -> dict:
    """Test image ``index``, its class probabilities and each conv/pool layer's first maps."""
    import keras

    index = int(index)
    if not 0 <= index < len(data.x_test):
        raise KplayError(t("cnn.no_such_test_image", most=len(data.x_test) - 1))
    layers = [layer for layer in model.layers if layer.__class__.__name__ in MAP_LAYERS]
    probe = keras.Model(model.inputs[0], [layer.output for layer in layers] + [model.outputs[0]])
    outputs = probe(data.x_test[index : index + 1], training=False)
    maps = [keras.ops.convert_to_numpy(out)[0, ..., :MAPS_PER_LAYER] for out in outputs[:-1]]
    return {
        "image": data.x_test[index],
        "true": int(data.labels_test[index]),
        "probabilities": keras.ops.convert_to_numpy(outputs[-1])[0],
        "layers": [{"name": layer.name, "kind": layer.__class__.__name__, "shape": tuple(layer.output.shape[1:]), "maps": m}
                   for layer, m in zip(layers, maps)],
    }


def classify(predict, input_shape: tuple, image) -> dict:
    x = np.asarray(image, dtype="float32")
    if x.shape != (1,) + tuple(input_shape):
        raise KplayError(t("cnn.wrong_input_shape", expected="x".join(map(str, input_shape))))
    return {"probabilities": predict(x)[0]}


def setup(config, limit: int | None = None) -> TrainingSetup:
    data = datasets.load(config.dataset, config.validation_split, limit=limit)
    model = build_model(spec_for(config))
    predict = batched_predict(model)  # eager: a learner's one picture needs no trace
    # Compiled, a report's pass over the test images costs half an eager one; the first eager
    # pass also paid 70 ms of one-off set-up inside the first report.
    report_predict = compiled_predict(model, predicted_inputs(data))
    return TrainingSetup(
        model=model,
        x=data.x_train,
        y=data.y_train,
        validation=(data.x_val, data.y_val) if data.x_val is not None else None,
        report=lambda: cnn_report(report_predict, data, model),
        queries={
            "feature_maps": lambda index: feature_maps(model, data, index),
            "classify": lambda image: classify(predict, data.info.input_shape, image),
        },
    )
