"""Text of the shared picture input (kplay/ui/picture_input.py): the canvas' drawing tools."""

MESSAGES = {
    "tool": ("Drawing tool", "그리기 도구"),
    "tool_help": (
        "Drag to draw a circle or a rectangle. For a triangle pick Polygon, click its corners and click the first "
        "one again to close it. The edit switch on the canvas moves or deletes what you drew.",
        "끌어서 원이나 사각형을 그립니다. 삼각형은 다각형을 고르고 꼭짓점을 차례로 누른 뒤 첫 꼭짓점을 다시 "
        "눌러 닫으세요. 캔버스의 편집 스위치로 그린 것을 옮기거나 지울 수 있습니다.",
    ),
    "tool_circle": ("Circle", "원"),
    "tool_rect": ("Rectangle", "사각형"),
    "tool_polygon": ("Polygon", "다각형"),
    "tool_freedraw": ("Pen", "펜"),
}
