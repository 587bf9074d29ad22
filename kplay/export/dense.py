"""Exported script for the fully connected pages (ANN, DNN): a neuron, an MLP, a deep MLP."""

from __future__ import annotations

from kplay import datasets
from kplay.export import snippets
from kplay.models.dense import DenseConfig, dense_spec, validate

EVALUATIONS = {
    "classification": """
        # 5. Evaluate on the test set
        test_loss, test_accuracy = model.evaluate(x_test, y_test, verbose=0)
        predicted = model.predict(x_test, verbose=0).argmax(axis=-1)
        print(f"Test accuracy: {test_accuracy:.3f}")
        test = {"loss": test_loss, "accuracy": test_accuracy}
        """,
    "binary": """
        # 5. Evaluate on the test set
        test_loss, test_accuracy = model.evaluate(x_test, y_test, verbose=0)
        predicted = (model.predict(x_test, verbose=0).reshape(-1) > 0.5).astype("int64")
        print(f"Test accuracy: {test_accuracy:.3f}")
        test = {"loss": test_loss, "accuracy": test_accuracy}
        """,
    "regression": """
        # 5. Evaluate on the test set, in the targets' own units
        test_loss, test_mae = model.evaluate(x_test, y_test, verbose=0)
        predicted = model.predict(x_test, verbose=0).reshape(-1) * target_std + target_mean
        test_rmse = float(np.sqrt(np.mean((predicted - labels_test) ** 2)))
        print(f"Test RMSE: {test_rmse:.3f}")
        test = {"loss": test_loss, "rmse": test_rmse}
        """,
    "line": """
        # 5. What the neuron learned: y = w x + b should approach y = 2x + 1
        weight, bias = model.layers[-1].get_weights()
        print(f"w = {weight.item():.3f}, b = {bias.item():.3f}")
        print("x = 10 ->", model.predict(np.array([[10.0]], dtype="float32"), verbose=0).item())
        test = {"weight": weight.item(), "bias": bias.item()}
        """,
}


def _title(config: DenseConfig, info: datasets.DatasetInfo) -> str:
    if not config.hidden_units:
        return f"A single neuron learns {info.title}."
    sizes = "-".join(str(units) for units in config.hidden_units)
    return f"A fully connected network ({sizes} hidden units) on {info.title}."


def script(config: DenseConfig) -> str:
    config = validate(config)
    info = datasets.get_info(config.dataset)
    evaluation = EVALUATIONS["line" if info.kind == "line" else info.task]
    values = snippets.training_constants(config, **snippets.data_constants(config.dataset))
    return snippets.fit_script(_title(config, info), info, dense_spec(config), values, evaluation,
                               image_results=info.kind == "image" and info.task == "classification")
