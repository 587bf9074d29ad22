"""The DNN page (pages/dnn.py)."""

MESSAGES = {
    "title": ("DNN: deep networks and over-fitting", "DNN: 심층 신경망과 과대적합"),
    "intro": (
        "Stack hidden layers and the network can learn more, and also memorise its training data. "
        "Watch the dashed validation curve: when it turns up while training loss keeps falling, the network "
        "over-fits. Dropout, batch normalisation and L2 are the cures to try. Each run is kept, so the next "
        "one is drawn over it.",
        "은닉층을 쌓을수록 신경망은 더 많이 배우지만, 훈련 데이터를 통째로 외워 버리기도 합니다. "
        "점선으로 그린 검증 곡선을 지켜보세요. 훈련 손실은 계속 줄어드는데 검증 손실이 다시 올라가면 과대적합입니다. "
        "드롭아웃, 배치 정규화, L2가 시도해 볼 처방입니다. 실행마다 결과가 남아 다음 실행이 그 위에 겹쳐 그려집니다.",
    ),
    "layers": ("Layers", "층 구성"),
    "hidden_layers": ("Hidden layers", "은닉층 수"),
    "layer_units": ("Layer {number} units", "{number}층 유닛 수"),
    "layer_dropout": ("Layer {number} dropout", "{number}층 드롭아웃"),
    "clear": ("Clear earlier runs", "이전 실행 지우기"),
    "clear_help": ("Remove the curves of earlier runs from the charts.", "차트에서 이전 실행의 곡선을 지웁니다."),
}
