"""Script pieces for the applied page's comparisons: two networks, the same batches, one gap.

The page trains both networks in one ``fit`` (``kplay.training.families.pair``); a script
reads better training one after the other. It repeats the page's numbers all the same:
each network gets its own optimizer of the same kind (their weights are disjoint, so one
shared optimizer updates them exactly as two do), and each ``fit`` reads its own copy of
the same seeded stream of batches.
"""

from __future__ import annotations

from kplay.export import snippets
from kplay.export.snippets import block, literal
from kplay.models.spec import ModelSpec


def copy_weights_code(source: str, target: str, skipped: tuple[str, ...] = ()) -> str:
    """``target`` takes the weights of ``source``'s layers of the same name (except ``skipped``)."""
    condition = "layer.weights" + (f" and layer.name not in {literal(tuple(skipped))}" if skipped else "")
    return block(
        f"""
        for layer in {source}.layers:
            if {condition}:
                {target}.get_layer(layer.name).set_weights(layer.get_weights())
        """
    )


def train_both_code(networks: dict[str, str], spec: ModelSpec, title: str) -> str:
    """Compile and fit each network (name -> variable) on the same batches; sets ``histories``."""
    pairs = ", ".join(f"({literal(name)}, {variable})" for name, variable in networks.items())
    return block(
        f"""
        {title}
        # Each network reads the same stream of batches (reshuffled with SEED each epoch),
        # as on the page, where both learn side by side from every batch.
        steps_per_epoch = math.ceil(len(x_train) / BATCH_SIZE)
        histories = {{}}
        for name, network in ({pairs}):
            network.compile(
                optimizer={snippets.OPTIMIZERS[spec.optimizer]},
                loss={literal(spec.loss)},
                metrics={literal(list(spec.metrics))},
                jit_compile=False,  # as on the page: XLA has no kernels for random image layers
            )
            batches = tf.data.Dataset.from_tensor_slices((x_train, y_train))
            batches = batches.shuffle(len(x_train), seed=SEED, reshuffle_each_iteration=True).batch(BATCH_SIZE).repeat()
            print(f"--- {{name}}")
            history = network.fit(batches, epochs=EPOCHS, steps_per_epoch=steps_per_epoch,
                                  validation_data=(x_val, y_val), shuffle=False, verbose=2)
            histories[name] = history.history
        """
    )


def compare_code(first: str, second: str, networks: dict[str, str]) -> str:
    """Print both networks' validation and test accuracy, and the gap (``second`` minus ``first``)."""
    pairs = ", ".join(f"({literal(name)}, {variable})" for name, variable in networks.items())
    return block(
        f"""
        # 5. Compare: validation accuracy after the last epoch, and accuracy on the test set
        gap = histories["{second}"]["val_accuracy"][-1] - histories["{first}"]["val_accuracy"][-1]
        test = {{}}
        for name, network in ({pairs}):
            test_loss, test_accuracy = network.evaluate(x_test, y_test, verbose=0)
            test[name] = {{"loss": test_loss, "accuracy": test_accuracy}}
            print(f"{{name:>10}}: validation accuracy {{histories[name]['val_accuracy'][-1]:.3f}}, "
                  f"test accuracy {{test_accuracy:.3f}}")
        print(f"Gap ({second} - {first}): {{100 * gap:+.1f}} points of validation accuracy")
        """
    )


# The page's history keys: plain_loss, val_plain_accuracy, ..., val_gap.
RESULT = block(
    """
    final = {"val_gap": gap}
    for name, history in histories.items():
        for key, values in history.items():
            metric = key.removeprefix("val_")
            final[f"val_{name}_{metric}" if key.startswith("val_") else f"{name}_{metric}"] = values[-1]
    """
) + snippets.result_line('{"final": final, "test": test}')
