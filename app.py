"""kplay: the Streamlit entry point. Run with `streamlit run app.py`."""

import streamlit as st

from kplay.catalog import HOME, PAGES, page_chapter, page_title
from kplay.i18n import t
from kplay.training import POOL
from kplay.ui import language

st.set_page_config(page_title=t("common.page_title"), page_icon=":material/neurology:", layout="wide")
language.picker()  # before any other text: ?lang=ko|en or the sidebar choice

# Start importing TensorFlow in a spare worker now, so the first Train starts at once.
POOL.warm()

groups: dict[str, list] = {"": [st.Page(HOME.script, title=page_title(HOME), icon=HOME.icon, default=True)]}
for page in PAGES:
    groups.setdefault(page_chapter(page), []).append(
        st.Page(page.script, title=page_title(page), icon=page.icon, url_path=page.url_path)
    )
st.navigation(groups).run()
