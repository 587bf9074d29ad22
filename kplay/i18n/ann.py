"""The ANN page (pages/ann.py)."""

MESSAGES = {
    "title": ("ANN: from one neuron to one hidden layer", "ANN: 뉴런 하나에서 은닉층 하나까지"),
    "intro": (
        "A neuron computes *w·x + b*. Training nudges *w* and *b* down the slope of the loss. "
        "Add a hidden layer with a non-linearity and the network can classify digits or predict numbers.",
        "뉴런은 *w·x + b*를 계산합니다. 학습은 손실의 기울기를 따라 *w*와 *b*를 조금씩 옮깁니다. "
        "비선형 함수를 쓴 은닉층을 더하면 신경망이 숫자를 분류하거나 값을 예측할 수 있습니다.",
    ),
    "example": ("Example", "예제"),
    "example.line": ("Single neuron: y = 2x + 1", "뉴런 하나: y = 2x + 1"),
    "example.classification": ("Classification", "분류"),
    "example.regression": ("Regression", "회귀"),
    "units": ("Hidden units", "은닉 유닛 수"),
    "units_help": ("Neurons in the one hidden layer.", "은닉층 하나에 들어 있는 뉴런의 수입니다."),
}
