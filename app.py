"""kplay: the Streamlit entry point. Run with `streamlit run app.py`."""

import streamlit as st

from kplay.catalog import HOME, PAGES
from kplay.training import POOL

st.set_page_config(page_title="kplay: Keras playground", page_icon=":material/neurology:", layout="wide")

# Start importing TensorFlow in a spare worker now, so the first Train starts at once.
POOL.warm()

groups: dict[str, list] = {"": [st.Page(HOME.script, title=HOME.title, icon=HOME.icon, default=True)]}
for page in PAGES:
    groups.setdefault(page.chapter, []).append(st.Page(page.script, title=page.title, icon=page.icon, url_path=page.url_path))
st.navigation(groups).run()
