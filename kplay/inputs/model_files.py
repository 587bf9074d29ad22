"""Model files (.keras): the checks that need no Keras, shared by the page and the worker.

The page refuses what is plainly not a model file before anything is sent; the worker
loads the rest in Keras safe mode (no pickles, no lambdas, no code) and checks the shapes
against what the page's data needs (``expected_shapes``) before the model is used.

A page that trains several networks together (the GAN's generator and discriminator)
saves them side by side in one plain functional keras.Model: one input and one output per
network, each network a nested model named after its spec title ("generator");
``get_layer("generator")`` gives one back. Continuing needs every network, so only such a
file continues; to predict, a model that fits the first network alone (a generator) is taken too.
"""

from __future__ import annotations

import io
import zipfile

from kplay.errors import ConfigError
from kplay.i18n import model_name, t
from kplay.models.spec import ModelSpec, summarize

MAX_MB = 50
MAX_BYTES = MAX_MB * 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"  # a .keras file is a zip archive
KERAS_MEMBERS = {"config.json", "model.weights.h5"}  # what model.save writes into it
# Config classes whose several networks are saved side by side (their family sets TrainingSetup.networks).
SIDE_BY_SIDE = {"GanConfig"}


def takes_files(config, spec) -> bool:
    """Whether the page offers model files: one network, or several its family saves side by side."""
    return isinstance(spec, ModelSpec) or (isinstance(spec, dict) and type(config).__name__ in SIDE_BY_SIDE)


def network_name(title: str) -> str:
    """The name of a network inside a side-by-side file: "Generator" -> "generator"."""
    return title.lower().replace(" ", "_")


def upload_problem(data: bytes) -> str | None:
    """What is plainly wrong with an uploaded file ("too_big", "not_keras"), or None."""
    if len(data) > MAX_BYTES:
        return "too_big"
    if not data.startswith(ZIP_MAGIC):
        return "not_keras"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return "not_keras"
    if not KERAS_MEMBERS <= names:
        return "not_keras"
    return None


def check_upload(data: bytes) -> None:
    """Refuse files that are too large or not a zip archive, with a message a learner can act on."""
    problem = upload_problem(data)
    if problem == "too_big":
        raise ConfigError(t("share.too_big", mb=len(data) / 2**20, limit=MAX_MB))
    if problem == "not_keras":
        raise ConfigError(t("share.not_keras"))


def expected_shapes(spec: ModelSpec | dict) -> tuple[tuple, tuple]:
    """The input and output shape (no batch axis) a model must have to train on the page's data."""
    if not isinstance(spec, ModelSpec):
        raise ConfigError(t("model_files.several_models"))
    return tuple(spec.input_shape), tuple(summarize(spec)[-1].output_shape)


def _shape(shape: tuple) -> str:
    return " x ".join(str(d) for d in shape) or t("model_files.scalar")


def _strip_batch(shape) -> tuple:
    if isinstance(shape, list):  # several inputs or outputs
        raise ConfigError(t("model_files.several_ends", count=len(shape)))
    return tuple(shape)[1:]


def check_shapes(expected: tuple[tuple, tuple], model_input, model_output) -> None:
    """Compare a model's shapes (Keras', with the batch axis) with the page's; raise saying what differs."""
    (want_in, want_out), got_in, got_out = expected, _strip_batch(model_input), _strip_batch(model_output)
    if got_in != tuple(want_in):
        raise ConfigError(t("model_files.wrong_input", got=_shape(got_in), want=_shape(want_in)))
    if got_out != tuple(want_out):
        raise ConfigError(t("model_files.wrong_output", got=_shape(got_out), want=_shape(want_out)))


def expected_networks(specs: dict[str, ModelSpec]) -> dict[str, tuple[tuple, tuple]]:
    """{network name: (input shape, output shape)} a side-by-side file must hold."""
    return {network_name(title): expected_shapes(spec) for title, spec in specs.items()}


def networks_in_file(expected: dict[str, tuple[tuple, tuple]], found: dict[str, tuple], whole: tuple,
                     train: bool = True) -> tuple[str, ...]:
    """The networks a file gives the page, checked against the page's shapes; a ConfigError says what is wrong.

    ``found``: {name: (input shape, output shape)} of the file's nested networks (Keras'
    shapes, batch axis first); ``whole``: the file model's own shapes. A plain model with no
    nested networks stands for the first network alone (a generator saved on its own): it
    can predict (draw samples), but training goes on with every network.
    """
    first = next(iter(expected))
    if not found:
        _check_network("model", expected[first], whole, first)
        if train:
            raise ConfigError(t("model_files.one_network", first=_network(first), all=_networks(expected, "and_the")))
        return (first,)
    missing = [name for name in expected if name not in found]
    if missing:
        raise ConfigError(t("model_files.missing_networks", all=_networks(expected, "and_the"),
                              missing=_networks(missing, "and_no")))
    for name, shapes in expected.items():
        _check_network(name, shapes, found[name], name)
    return tuple(expected)


def _check_network(what: str, wanted: tuple[tuple, tuple], shapes: tuple, name: str) -> None:
    (want_in, want_out), (got_in, got_out) = wanted, (_strip_batch(shape) for shape in shapes)
    if (got_in, got_out) != (tuple(want_in), tuple(want_out)):
        raise ConfigError(t("model_files.wrong_network", what=_network(what), got_in=_shape(got_in), got_out=_shape(got_out),
                              name=_network(name), want_in=_shape(want_in), want_out=_shape(want_out)))


def _network(name: str) -> str:
    """A network's name inside a sentence ("generator"), in the page's language."""
    return model_name(name.capitalize()).lower()


def _networks(names, joiner: str) -> str:
    return t(f"model_files.{joiner}").join(_network(name) for name in names)
