"""Text shared by every page: controls, status, summaries."""

MESSAGES = {
    "language": ("Language", "언어"),
}
