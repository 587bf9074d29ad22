"""Home: what kplay is and what each page teaches. Imports no TensorFlow, so it paints at once."""

import streamlit as st

from kplay.catalog import PAGES
from kplay.ui.shell import through_app_navigation

through_app_navigation()
st.title("kplay: a Keras playground")
st.markdown(
    "Pick a network, move the sliders, press **Train**, and watch a real Keras model learn: "
    "curves grow while it trains, and predictions appear as it improves. No code needed."
)
st.subheader("Pages")
for page in PAGES:
    with st.container(border=True):
        st.page_link(page.script, label=f"**{page.title}**", icon=page.icon)
        st.caption(f"{page.chapter} · {page.teaches}")
st.caption("Everything works offline: bundled data sets are marked 'offline'. Training runs in a separate process, so the page never freezes.")
