"""Page titles, chapters and what each page teaches (kplay/catalog.py), by URL path.

A new page adds its ``title.<url_path>`` and ``teaches.<url_path>`` rows (and its chapter's).
"""

MESSAGES = {
    "title.home": ("Home", "홈"),
    "teaches.home": ("What kplay is and where to start.", "kplay가 무엇이고 어디서 시작하면 되는지 소개합니다."),
    "title.ann": ("ANN: neurons and one hidden layer", "ANN: 뉴런과 은닉층 하나"),
    "teaches.ann": (
        "A single neuron learns y = 2x + 1; one hidden layer classifies digits and predicts numbers.",
        "뉴런 하나가 y = 2x + 1을 배우고, 은닉층 하나로 숫자를 분류하고 값을 예측합니다.",
    ),
    "title.dnn": ("DNN: deep networks and over-fitting", "DNN: 심층 신경망과 과대적합"),
    "teaches.dnn": (
        "Stack up to 8 layers; fight over-fitting with dropout, batch norm and L2, and overlay runs to compare.",
        "층을 8개까지 쌓고, 드롭아웃·배치 정규화·L2로 과대적합을 막고, 실행 결과를 겹쳐 비교합니다.",
    ),
    "chapter.Ch.1-2 Basics": ("Ch.1-2 Basics", "1~2장 기초"),
    "chapter.Ch.3 Deep networks": ("Ch.3 Deep networks", "3장 심층 신경망"),
}
