"""Home: what kplay is and what each page teaches. Imports no TensorFlow, so it paints at once."""

import streamlit as st

from kplay.catalog import PAGES, page_chapter, page_teaches, page_title
from kplay.i18n import t
from kplay.ui.shell import through_app_navigation

through_app_navigation()
st.title(t("home.title"))
st.markdown(t("home.intro"))
st.subheader(t("home.pages"))
for page in PAGES:
    with st.container(border=True):
        st.page_link(page.script, label=f"**{page_title(page)}**", icon=page.icon)
        st.caption(f"{page_chapter(page)} · {page_teaches(page)}")
st.caption(t("home.offline"))
