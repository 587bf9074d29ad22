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
    # the other pages
    "title.cnn": ("CNN: what convolutions learn", "CNN: 합성곱이 배우는 것"),
    "teaches.cnn": (
        "Stack conv blocks; see the filters, feature maps and confident mistakes, then draw a digit to classify.",
        "합성곱 블록을 쌓고 필터, 특성 맵, 자신 있게 틀린 예를 살펴본 뒤 직접 숫자를 그려 분류해 봅니다.",
    ),
    "chapter.Ch.4 CNN": ("Ch.4 CNN", "4장 CNN"),
    "title.rnn": ("RNN: networks with memory", "RNN: 기억하는 신경망"),
    "teaches.rnn": (
        "Forecast airline passengers and generated signals with SimpleRNN, LSTM or GRU, against naive baselines; classify digits row by row.",
        "SimpleRNN, LSTM, GRU로 항공 승객 수와 생성한 신호를 예측해 단순 기준선과 비교하고, 숫자를 한 줄씩 읽어 분류합니다.",
    ),
    "chapter.Ch.5 Recurrent networks": ("Ch.5 Recurrent networks", "5장 순환 신경망"),
    "title.autoencoder": ("Autoencoder: squeeze and rebuild", "오토인코더: 압축하고 복원하기"),
    "teaches.autoencoder": (
        "Dense and conv autoencoders rebuild digits through a small code; denoise them, map the codes, and explore the decoder.",
        "완전연결·합성곱 오토인코더가 작은 코드를 거쳐 숫자를 복원합니다. 잡음을 없애고, 코드를 지도로 그리고, 디코더를 탐험해 봅니다.",
    ),
    "chapter.Ch.6 Autoencoders": ("Ch.6 Autoencoders", "6장 오토인코더"),
    "title.gan": ("GAN: generator vs discriminator", "GAN: 생성자와 판별자의 대결"),
    "teaches.gan": (
        "A 1-D GAN learns a bell curve and a DCGAN learns to draw digits, live, with a timeline of its samples.",
        "1차원 GAN은 종 모양 분포를, DCGAN은 숫자 그리기를 실시간으로 배우며, 생성 샘플의 변화를 시간순으로 보여 줍니다.",
    ),
    "chapter.Ch.7 GAN": ("Ch.7 GAN", "7장 GAN"),
    "title.unet": ("UNET: segmentation and colourisation", "UNET: 분할과 채색"),
    "teaches.unet": (
        "Shapes in, masks out, live; switch the skip connections off to see why UNET has them. Or colour grey photos.",
        "도형을 넣으면 마스크가 실시간으로 나옵니다. 스킵 연결을 꺼 보면 UNET에 왜 그것이 있는지 보입니다. 흑백 사진 채색도 해 봅니다.",
    ),
    "chapter.Ch.8 UNET": ("Ch.8 UNET", "8장 UNET"),
    "title.applied": ("Applied: augmentation and transfer learning", "응용: 데이터 증식과 전이 학습"),
    "teaches.applied": (
        "Augment a small subset and transfer a network pre-trained on digits 0-4 to 5-9; each beside its plain twin.",
        "작은 부분집합을 증식하고, 숫자 0~4로 사전 학습한 신경망을 5~9로 옮겨 봅니다. 각각 평범한 쌍둥이와 나란히 비교합니다.",
    ),
    "chapter.Ch.9 Applied": ("Ch.9 Applied", "9장 응용"),
}
