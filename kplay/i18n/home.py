"""The home page (pages/home.py)."""

MESSAGES = {
    "title": ("kplay: a Keras playground", "kplay: 케라스 놀이터"),
    "intro": (
        "Pick a network, move the sliders, press **Train**, and watch a real Keras model learn: "
        "curves grow while it trains, and predictions appear as it improves. No code needed.",
        "신경망을 고르고 슬라이더를 움직인 다음 **학습**을 누르면 진짜 Keras 모델이 배우는 모습을 볼 수 있습니다. "
        "학습하는 동안 곡선이 자라고, 모델이 나아질수록 예측이 나타납니다. 코드는 필요 없습니다.",
    ),
    "pages": ("Pages", "페이지"),
    "offline": (
        "Everything works offline: bundled data sets are marked 'offline'. "
        "Training runs in a separate process, so the page never freezes.",
        "모든 기능이 오프라인에서 동작합니다. 함께 들어 있는 데이터셋에는 '오프라인' 표시가 있습니다. "
        "학습은 별도 프로세스에서 돌아가므로 페이지가 멈추지 않습니다.",
    ),
}
