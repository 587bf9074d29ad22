"""Scores of what a model produces, in plain NumPy (so they are tested without Keras): GAN samples, masks."""
