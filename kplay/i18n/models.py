"""Names of the models in a family of several (the keys of a builder's dict of ModelSpecs)."""

MESSAGES = {
    "Generator": ("Generator", "생성자"),
    "Discriminator": ("Discriminator", "판별자"),
}
