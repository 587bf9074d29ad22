"""Text shared by every page: controls, status, summaries."""

MESSAGES = {
    # One bilingual label in both languages: whoever lands in the wrong language finds the switch.
    "language": ("Language · 언어", "Language · 언어"),
    "page_title": ("kplay: Keras playground", "kplay: 케라스 놀이터"),
}
