"""Preset names and what to watch (kplay/presets.py), by page and the preset's English name.

Rows are ``"<page>.<name>": (name, 이름)`` and ``"<page>.<name>.watch": (watch, 볼 점)``;
``PRESET_TEXT`` below builds them. A page's new preset adds its pair here.
"""

PRESET_TEXT = {
    "ann": {
        "Book ch.1: one neuron, y = 2x + 1": (
            "책 1장: 뉴런 하나로 y = 2x + 1",
            "The weight creeps to 2 and the bias to 1; the loss falls fast, then slowly.",
            "가중치는 2로, 편향은 1로 조금씩 다가갑니다. 손실은 처음엔 빠르게, 나중엔 천천히 줄어듭니다.",
        ),
        "Book ch.2: ANN digit classifier": (
            "책 2장: ANN 숫자 분류기",
            "784-100-10 with ReLU and softmax. The book gets 0.977 on all 60 000 MNIST digits; 5 000 give about 0.93.",
            "ReLU와 소프트맥스를 쓴 784-100-10 구조입니다. 책은 MNIST 60,000개 전체로 0.977을 얻고, 5,000개로는 약 0.93이 나옵니다.",
        ),
        "Book ch.2: ANN regression": (
            "책 2장: ANN 회귀",
            "13-5-1 on Boston housing in the book; offline, the diabetes set stands in. Points near the diagonal are good.",
            "책은 보스턴 집값에 13-5-1 구조를 씁니다. 오프라인에서는 당뇨병 데이터가 대신합니다. 점이 대각선에 가까울수록 좋습니다.",
        ),
        "Learning rate too high": (
            "너무 큰 학습률",
            "SGD with a learning rate of 1: the loss explodes within a few batches and the run stops.",
            "학습률 1인 SGD: 몇 배치 만에 손실이 폭발하고 학습이 멈춥니다.",
        ),
    },
    "dnn": {
        "Book ch.3: DNN classifier": (
            "책 3장: DNN 분류기",
            "784-100-50-10 with ReLU: a second hidden layer on the ch.2 network.",
            "ReLU를 쓴 784-100-50-10 구조: 2장의 신경망에 은닉층을 하나 더 얹었습니다.",
        ),
        "Over-fits: big and long": (
            "과대적합: 크고 오래",
            "Three 512-unit layers for 40 epochs: training loss keeps falling while validation loss turns up.",
            "512유닛 층 셋을 40 에포크 동안 학습합니다. 훈련 손실은 계속 줄지만 검증 손실은 다시 올라갑니다.",
        ),
        "Same, with dropout": (
            "같은 모델 + 드롭아웃",
            "Dropout 0.5 after each layer: the gap between training and validation loss shrinks. Overlay it on the last run.",
            "층마다 드롭아웃 0.5를 넣으면 훈련 손실과 검증 손실의 간격이 줄어듭니다. 직전 실행 위에 겹쳐 보세요.",
        ),
        "Deep sigmoid: vanishing gradients": (
            "깊은 시그모이드: 기울기 소실",
            "Eight sigmoid layers learn slowly, if at all; switch the activation to ReLU and compare.",
            "시그모이드 층 여덟 개는 아주 느리게 배우거나 전혀 배우지 못합니다. 활성화 함수를 ReLU로 바꿔 비교해 보세요.",
        ),
    },
}

MESSAGES = {}
for _page, _presets in PRESET_TEXT.items():
    for _name, (_korean, _watch, _watch_korean) in _presets.items():
        MESSAGES[f"{_page}.{_name}"] = (_name, _korean)
        MESSAGES[f"{_page}.{_name}.watch"] = (_watch, _watch_korean)
