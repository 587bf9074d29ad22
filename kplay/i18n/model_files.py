"""Refusals of uploaded model files (kplay/inputs/model_files.py, kplay/training/model_io.py)."""

MESSAGES = {
    "several_models": ("This page trains several models together; it does not take model files.",
                       "이 페이지는 여러 모델을 함께 학습하므로 모델 파일을 받지 않습니다."),
    "scalar": ("a scalar", "스칼라"),
    "several_ends": ("The model has {count} inputs or outputs; this page needs a model with one of each.",
                     "이 모델은 입력 또는 출력이 {count}개입니다. 이 페이지에는 입력과 출력이 하나씩인 모델이 필요합니다."),
    "wrong_input": (
        "The model takes inputs of shape {got}, but this page's data is {want}: "
        "pick the data set it was trained on, or upload a model made for this one.",
        "이 모델의 입력 모양은 {got}인데 이 페이지의 데이터는 {want}입니다. "
        "모델을 학습시킨 데이터 세트를 고르거나, 이 데이터에 맞게 만든 모델을 올리세요.",
    ),
    "wrong_output": (
        "The model gives outputs of shape {got}, but this page's task needs {want} "
        "(one per class, or one number): pick the matching data set.",
        "이 모델의 출력 모양은 {got}인데 이 페이지의 과제에는 {want}이(가) 필요합니다"
        "(클래스마다 하나, 또는 숫자 하나). 맞는 데이터 세트를 고르세요.",
    ),
    "one_network": (
        "This file holds one network, which fits the {first}: it can draw samples (Predict), but training "
        "goes on with the {all} together. To continue training, upload the file "
        "this page downloads: it holds them side by side.",
        "이 파일에는 {first}에 맞는 네트워크 하나만 있습니다. 샘플을 그릴 수는 있지만(예측), 학습은 "
        "{all}을(를) 함께 이어 갑니다. 이어서 학습하려면 이 페이지에서 내려받은 파일을 올리세요. "
        "그 파일에 둘이 나란히 들어 있습니다.",
    ),
    "missing_networks": (
        "This page takes the file it downloads: one .keras model holding the {all} "
        "side by side (nested models of those names). This file has no {missing}.",
        "이 페이지는 자신이 내려받게 한 파일을 받습니다. {all}을(를) 나란히 담은 .keras 모델 하나"
        "(그 이름의 중첩 모델)입니다. 이 파일에는 {missing}이(가) 없습니다.",
    ),
    "and_the": (" and the ", ", "),
    "and_no": (" and no ", ", "),
    "wrong_network": (
        "The file's {what} maps {got_in} to {got_out}, but the {name} of these settings maps "
        "{want_in} to {want_out}: set the kind and sizes it was trained with (the link of that run restores them).",
        "파일의 {what}은(는) {got_in}을(를) {got_out}(으)로 바꾸지만, 이 설정의 {name}은(는) "
        "{want_in}을(를) {want_out}(으)로 바꿉니다. 학습할 때의 종류와 크기로 맞추세요(그 실행의 링크가 복원합니다).",
    ),
    "no_model": ("The file holds no Keras model.", "파일에 Keras 모델이 없습니다."),
    "cannot_continue": ("This page cannot continue from a model file yet.", "이 페이지는 아직 모델 파일에서 이어서 학습할 수 없습니다."),
    "has_code": (
        "The model contains Python code (a Lambda layer or a custom function). "
        "Safe mode does not run code from files: save a model built from standard Keras layers.",
        "이 모델에는 파이썬 코드(Lambda 층이나 사용자 함수)가 들어 있습니다. "
        "안전 모드는 파일의 코드를 실행하지 않습니다. 표준 Keras 층으로 만든 모델을 저장하세요.",
    ),
    "unknown_layer": (
        "The model uses a layer or object this playground does not know; only standard Keras layers load.",
        "이 모델은 이 놀이터가 모르는 층이나 객체를 씁니다. 표준 Keras 층만 불러올 수 있습니다.",
    ),
    "not_loaded": ("The file could not be loaded as a Keras model ({kind}: {text}).",
                   "파일을 Keras 모델로 불러오지 못했습니다({kind}: {text})."),
}
