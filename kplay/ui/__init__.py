"""Streamlit pieces shared by the pages. The only part of kplay that imports Streamlit."""
