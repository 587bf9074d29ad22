"""Text of the sharing pieces: link, model files, lecture mode."""

MESSAGES = {
    # link
    "link": ("Copy link", "링크 복사"),
    "link_help": (
        "This link reopens the page with these exact settings, seed included.",
        "이 링크를 열면 시드를 포함해 지금과 똑같은 설정으로 페이지가 열립니다.",
    ),
    "link_caption": ("Copy with the button at the right of the link.", "링크 오른쪽 버튼으로 복사하세요."),
    "ignored": ("Some link settings were ignored: {problems}", "링크의 일부 설정은 무시했습니다: {problems}"),
    # model files
    "model_files": ("Model file", "모델 파일"),
    "side_by_side": (
        "Holds {names} side by side; continuing needs all of them. A {first} saved alone can only predict "
        "(draw samples). `{code}` gives the {first} back.",
        "{names}이(가) 나란히 들어 있으며, 이어서 학습하려면 모두 필요합니다. 따로 저장한 {first}만으로는 "
        "예측(샘플 생성)만 할 수 있습니다. `{code}`로 {first}를 꺼낼 수 있습니다.",
    ),
    "download": ("Download model (.keras)", "모델 내려받기 (.keras)"),
    "download_help": (
        "The trained Keras model; open it with keras.saving.load_model.",
        "학습된 Keras 모델입니다. keras.saving.load_model로 열 수 있습니다.",
    ),
    "no_model": ("Train first: the trained model can then be downloaded.", "먼저 학습하세요. 그러면 학습된 모델을 내려받을 수 있습니다."),
    "upload": ("Upload a .keras model", ".keras 모델 올리기"),
    "upload_help": (
        "At most {mb} MB. It is loaded in Keras safe mode (no code runs) and must fit this page's data.",
        "최대 {mb} MB. Keras 안전 모드로 불러오며(코드는 실행되지 않음) 이 페이지의 데이터에 맞아야 합니다.",
    ),
    "too_big": ("The file is {mb:.1f} MB; at most {limit} MB is accepted.", "파일이 {mb:.1f} MB입니다. 최대 {limit} MB까지 받습니다."),
    "not_keras": (
        "This is not a .keras model file (a .keras file is a zip archive saved by model.save).",
        ".keras 모델 파일이 아닙니다(.keras 파일은 model.save로 저장한 zip 파일입니다).",
    ),
    "continue": ("Continue training", "이어서 학습"),
    "continue_help": (
        "Train the uploaded model further with the settings on the left.",
        "올린 모델을 왼쪽 설정으로 더 학습합니다.",
    ),
    "predict": ("Predict only", "예측만"),
    "predict_help": (
        "Show the uploaded model's results on this page's data, without training.",
        "학습하지 않고 올린 모델의 결과를 이 페이지의 데이터로 보여 줍니다.",
    ),
    "uploaded_label": ("uploaded", "업로드"),
    # lecture mode
    "lecture": ("Lecture mode", "강의 모드"),
    "lecture_help": (
        "Large text and charts for a projector; secondary controls are hidden.",
        "프로젝터용으로 글자와 차트를 크게 하고 부가 설정은 숨깁니다.",
    ),
    "epoch": ("Epoch {epoch} / {epochs}", "에포크 {epoch} / {epochs}"),
    "starting": ("Starting...", "시작하는 중..."),
    # link settings that were ignored (kplay/urlstate.py)
    "error_too_long": ("{label}: the value is too long.", "{label}: 값이 너무 깁니다."),
    "error_not_offered": ("{label}: '{value}' is not offered here.", "{label}: '{value}'은(는) 여기서 고를 수 없습니다."),
    "unknown_setting": ("'{name}' is not a setting of this page.", "'{name}'은(는) 이 페이지의 설정이 아닙니다."),
}
