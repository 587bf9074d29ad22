"""What a learner brings: pictures, image sets and model files, checked before use.

Everything here reads bytes with size limits and Pillow or zipfile only; nothing uploaded
is executed or unpickled, and a bad file becomes a ``KplayError`` that says what is wrong.
"""
