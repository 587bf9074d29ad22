"""kplay: a Keras visual playground.

The core (everything here but ``kplay.ui``) never imports Streamlit, and only the
training worker imports Keras, so the Streamlit server stays light and its reruns fast.
"""

import os

ASSETS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "assets")  # files the app ships with
