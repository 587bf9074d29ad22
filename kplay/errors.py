"""Errors whose messages are written for a learner, not for a programmer."""


class KplayError(Exception):
    """Base class: the message is shown to the user as it is."""


class ConfigError(KplayError):
    """A setting, or a combination of settings, that cannot work."""


class DatasetUnavailable(KplayError):
    """A data set that is neither bundled nor cached, and cannot be downloaded now."""
