"""Config field labels and help by field name, and option labels by value.

The core declares fields in English (``kplay.fields``); widgets look their text up here
as ``fields.label.<field>``, ``fields.help.<field>`` and ``fields.option.<value>``, and
fall back to the core's English where a row is missing. A new config field gets a row.
"""

LABELS = {
    # TrainConfig
    "optimizer": ("Optimizer", "옵티마이저"),
    "learning_rate": ("Learning rate", "학습률"),
    "epochs": ("Epochs", "에포크"),
    "batch_size": ("Batch size", "배치 크기"),
    "validation_split": ("Validation split", "검증 데이터 비율"),
    "seed": ("Seed", "시드"),
    # DenseConfig
    "dataset": ("Data set", "데이터셋"),
    "hidden_units": ("Units per hidden layer", "은닉층별 유닛 수"),
    "dropout": ("Dropout per hidden layer", "은닉층별 드롭아웃"),
    "activation": ("Activation", "활성화 함수"),
    "batch_norm": ("Batch normalisation", "배치 정규화"),
    "l2": ("L2 weight decay", "L2 가중치 감쇠"),
    "loss": ("Loss", "손실 함수"),
}

HELP = {
    "optimizer": (
        "How the weights move down the loss. 'momentum' is SGD with momentum 0.9.",
        "가중치가 손실을 줄이는 쪽으로 움직이는 방식입니다. 'SGD + 모멘텀'은 모멘텀 0.9를 쓴 SGD입니다.",
    ),
    "learning_rate": (
        "Step size of each update. Too high and the loss explodes; too low and nothing happens.",
        "한 번 갱신할 때의 보폭입니다. 너무 크면 손실이 폭발하고, 너무 작으면 거의 배우지 못합니다.",
    ),
    "epochs": ("Passes over the training data.", "훈련 데이터 전체를 몇 번 반복해서 학습할지 정합니다."),
    "batch_size": ("Examples per weight update.", "가중치를 한 번 갱신할 때 쓰는 샘플 수입니다."),
    "validation_split": (
        "Share of the training data held out to check for over-fitting.",
        "과대적합을 확인하려고 훈련 데이터에서 떼어 두는 비율입니다.",
    ),
    "seed": ("The same seed gives the same run.", "시드가 같으면 학습 결과도 같습니다."),
    "hidden_units": ("One number per hidden layer.", "은닉층마다 숫자 하나씩 적습니다."),
    "dropout": ("Share of units switched off at random while training.", "훈련 중에 무작위로 끄는 유닛의 비율입니다."),
    "activation": ("The non-linearity after each hidden layer.", "각 은닉층 뒤에 오는 비선형 함수입니다."),
    "batch_norm": ("Normalise each hidden layer's outputs per batch.", "각 은닉층의 출력을 배치마다 정규화합니다."),
    "l2": ("Penalty on large weights; 0 turns it off.", "큰 가중치에 주는 벌점입니다. 0이면 쓰지 않습니다."),
    "loss": ("'auto' picks the usual loss for the data set's task.", "'자동'은 데이터셋의 과제에 맞는 손실 함수를 고릅니다."),
}

OPTIONS = {
    "auto": ("auto (the task's usual loss)", "자동 (과제에 맞는 손실 함수)"),
    "categorical_crossentropy": ("categorical cross-entropy", "범주형 크로스엔트로피"),
    "binary_crossentropy": ("binary cross-entropy", "이진 크로스엔트로피"),
    "mse": ("mean squared error", "평균 제곱 오차 (MSE)"),
    "mae": ("mean absolute error", "평균 절대 오차 (MAE)"),
    "sgd": ("SGD", "SGD"),
    "momentum": ("SGD + momentum", "SGD + 모멘텀"),
    "adagrad": ("AdaGrad", "AdaGrad"),
    "rmsprop": ("RMSProp", "RMSProp"),
    "adam": ("Adam", "Adam"),
    "adadelta": ("Adadelta", "Adadelta"),
    "leaky_relu": ("Leaky ReLU", "Leaky ReLU"),
    "relu": ("ReLU", "ReLU"),
    "prelu": ("PReLU", "PReLU"),
    "elu": ("ELU", "ELU"),
    "selu": ("SELU", "SELU"),
    "gelu": ("GELU", "GELU"),
    "sigmoid": ("sigmoid", "시그모이드"),
    "tanh": ("tanh", "tanh"),
}

MESSAGES = {
    **{f"label.{name}": texts for name, texts in LABELS.items()},
    **{f"help.{name}": texts for name, texts in HELP.items()},
    **{f"option.{value}": texts for value, texts in OPTIONS.items()},
}
