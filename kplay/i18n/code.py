"""The "Show code" panel (kplay/ui/code_panel.py)."""

MESSAGES = {
    "show": ("Show code", "코드 보기"),
    "caption": (
        "A standalone Keras 3 script that trains what this page trains, with the same data split and seed. "
        "It needs no kplay: change the constants at the top and run it with Python.",
        "이 페이지와 똑같은 데이터 분할과 시드로 같은 모델을 학습하는 독립 실행형 Keras 3 스크립트입니다. "
        "kplay 없이 동작합니다. 맨 위의 상수를 바꾸고 파이썬으로 실행해 보세요.",
    ),
    "download": ("Download script", "스크립트 내려받기"),
}
