"""Refusals of impossible settings (kplay/fields.py, kplay/models, kplay/datasets)."""

MESSAGES = {
    # a field's value
    "not_one_of": ("{label}: '{value}' is not one of {options}.", "{label}: '{value}'은(는) {options} 중 하나가 아닙니다."),
    "not_a_number": ("{label}: '{value}' is not a number.", "{label}: '{value}'은(는) 숫자가 아닙니다."),
    "not_whole": ("{label}: {value} must be a whole number.", "{label}: {value}은(는) 정수여야 합니다."),
    "not_finite": ("{label}: {value} is not a finite number.", "{label}: {value}은(는) 유한한 수가 아닙니다."),
    "too_small": ("{label} must be at least {min:g} (got {value:g}).", "{label}은(는) {min:g} 이상이어야 합니다 (입력값 {value:g})."),
    "too_large": ("{label} must be at most {max:g} (got {value:g}).", "{label}은(는) {max:g} 이하여야 합니다 (입력값 {value:g})."),
    "not_on_off": ("{label}: '{value}' is not on/off.", "{label}: '{value}'은(는) 켜기/끄기 값이 아닙니다."),
    # dense networks
    "too_many_layers": ("At most {most} hidden layers (got {count}).", "은닉층은 최대 {most}개까지입니다 (지금 {count}개)."),
    "dropout_count": (
        "Give one dropout rate per hidden layer: {layers} layers but {rates} rates.",
        "은닉층마다 드롭아웃 비율을 하나씩 주세요. 층은 {layers}개인데 비율은 {rates}개입니다.",
    ),
    "loss_misfit": (
        "The {loss} loss does not fit {title}, a {task} task: use {fits}.",
        "{loss} 손실 함수는 {task} 과제인 {title}에 맞지 않습니다. {fits}을(를) 쓰세요.",
    ),
    "or": (" or ", " 또는 "),
    "task.classification": ("classification", "분류"),
    "task.binary": ("binary", "이진 분류"),
    "task.regression": ("regression", "회귀"),
    # data
    "no_dataset": ("There is no data set called '{name}'.", "'{name}'(이)라는 데이터셋은 없습니다."),
    "no_training_left": (
        "A validation split of {split:.0%} leaves no training examples.",
        "검증 데이터 비율 {split:.0%}로는 훈련 데이터가 남지 않습니다.",
    ),
}
