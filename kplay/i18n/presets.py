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
    # the other pages
    "autoencoder": {
        "Book ch.6: dense AE": (
            "책 6장: 완전연결 AE",
            "784-36-784 with Adadelta, as in the book: the reconstructions go from grey blobs to digits; the default (Adam) gets sharper in the same time.",
            "책과 같이 Adadelta로 학습하는 784-36-784 구조: 복원 결과가 회색 얼룩에서 숫자로 바뀝니다. 기본값(Adam)은 같은 시간에 더 선명해집니다.",
        ),
        "Book ch.6: conv AE": (
            "책 6장: 합성곱 AE",
            "Conv 4, pool, conv 8, pool, a 7x7x1 code: 16 times fewer numbers than pixels, yet the digits come back.",
            "합성곱 4, 풀링, 합성곱 8, 풀링, 7x7x1 코드: 픽셀보다 16배 적은 숫자인데도 숫자가 되살아납니다.",
        ),
        "Denoising": (
            "잡음 제거",
            "Noise in, clean digits out: the middle row is what the network sees, the bottom row what it rebuilds.",
            "잡음 섞인 입력에서 깨끗한 숫자가 나옵니다. 가운데 줄은 신경망이 보는 입력, 아래 줄은 신경망이 복원한 결과입니다.",
        ),
        "Latent 2 for a map": (
            "지도를 위한 2차원 코드",
            "A 2-number code: the map shows the codes themselves, digits form regions, and the explorer walks between them.",
            "숫자 2개짜리 코드: 지도에 코드 자체가 찍히고 숫자마다 영역이 생기며, 탐색기로 그 사이를 걸어 다닐 수 있습니다.",
        ),
    },
    "applied_augment": {
        "Book ch.9: augmentation": (
            "책 9장: 데이터 증식",
            "500 digits, small turns, shifts and zooms: the augmented run learns slower but ends higher on validation.",
            "숫자 500개에 작은 회전, 이동, 확대를 줍니다. 증식한 실행은 더 느리게 배우지만 검증 정확도는 더 높게 끝납니다.",
        ),
        "Tiny subset, strong augmentation": (
            "아주 작은 부분집합, 강한 증식",
            "Only 100 digits: without augmentation the network memorises them; the gap grows.",
            "숫자 100개뿐: 증식이 없으면 신경망이 그대로 외워 버리고, 두 실행의 격차가 커집니다.",
        ),
        "Wrong augmentation: flipping digits": (
            "잘못된 증식: 숫자 뒤집기",
            "Mirrored digits are not digits: flips (and big turns) teach the wrong thing, and the augmented run falls behind.",
            "뒤집힌 숫자는 숫자가 아닙니다. 뒤집기(와 큰 회전)는 엉뚱한 것을 가르쳐 증식한 실행이 뒤처집니다.",
        ),
        "Plenty of data": (
            "데이터가 넉넉할 때",
            "2 000 images: with enough data augmentation helps less. Compare the gap with the 500-image preset.",
            "이미지 2,000개: 데이터가 충분하면 증식의 효과가 줄어듭니다. 500개 프리셋과 격차를 비교해 보세요.",
        ),
    },
    "applied_transfer": {
        "Book ch.9: transfer learning": (
            "책 9장: 전이 학습",
            "50 labelled digits per class, 4 short epochs: the network that starts from the 0-4 base is far ahead; from scratch is still learning to see.",
            "클래스마다 레이블된 숫자 50개, 짧은 에포크 4번: 0~4로 학습한 기반에서 출발한 신경망이 훨씬 앞서고, 처음부터 학습하는 신경망은 아직 보는 법을 배우는 중입니다.",
        ),
        "Train longer": (
            "더 오래 학습",
            "The same for 15 epochs: from scratch catches up. A pre-trained start matters most when labels and time are short.",
            "같은 설정으로 15 에포크: 처음부터 학습한 신경망이 따라잡습니다. 사전 학습된 출발점은 레이블과 시간이 부족할 때 가장 큰 힘을 냅니다.",
        ),
        "Freeze the whole base": (
            "기반 전체 동결",
            "All three conv layers frozen: a quick start, but filters learned on 0-4 alone limit how far 5-9 can go; from scratch overtakes it.",
            "합성곱층 세 개를 모두 동결: 출발은 빠르지만 0~4로만 배운 필터가 5~9의 한계를 정하고, 처음부터 학습한 신경망이 앞지릅니다.",
        ),
        "Five labels per class": (
            "클래스당 레이블 5개",
            "Only 25 labelled images in all: watch how far each network gets from so little.",
            "레이블된 이미지가 모두 25개뿐: 이렇게 적은 데이터로 각 신경망이 어디까지 가는지 보세요.",
        ),
        "Fine-tune every layer": (
            "모든 층 미세 조정",
            "Nothing frozen: the pre-trained filters are only a starting point and all of them move. Compare with freezing all 3.",
            "동결한 층이 없습니다. 사전 학습된 필터는 출발점일 뿐이고 모두 움직입니다. 3개를 모두 동결한 경우와 비교해 보세요.",
        ),
        "Plenty of labels": (
            "레이블이 넉넉할 때",
            "200 labelled images per class: from scratch catches up, and the advantage of transfer shrinks.",
            "클래스마다 레이블된 이미지 200개: 처음부터 학습한 신경망이 따라잡고, 전이 학습의 이점이 줄어듭니다.",
        ),
    },
    "applied_online": {
        "Book ch.9: frozen VGG16": (
            "책 9장: 동결한 VGG16",
            "The book's choice: VGG16's 14.7 million ImageNet weights stay frozen and only a dense head of 256 units "
            "learns your classes. Compare the summary's trainable count with the total.",
            "교재의 선택: VGG16의 ImageNet 가중치 1,470만 개는 동결한 채 두고, 256 유닛의 완전연결 출력부만 여러분의 "
            "클래스를 학습합니다. 요약에서 학습되는 파라미터 수를 전체와 비교해 보세요.",
        ),
        "Quick look: MobileNetV2": (
            "빠르게 보기: MobileNetV2",
            "A backbone built for phones: 2.3 million frozen weights at 96x96 pixels, so the features of a few "
            "hundred pictures are ready in seconds on a CPU.",
            "휴대폰용으로 만든 백본: 96x96 픽셀에서 동결한 가중치 230만 개라, 그림 수백 장의 특성이 CPU에서도 몇 초면 "
            "준비됩니다.",
        ),
    },
    "cnn": {
        "Book ch.4: CNN": (
            "책 4장: CNN",
            "conv32 3x3, conv64 3x3, maxpool 2, dropout .25, dense 128, dropout .5, RMSProp: 1.2 million parameters, most in the dense layer. The book gets 0.989 on all of MNIST; 5 000 digits give about 0.97-0.98.",
            "합성곱32 3x3, 합성곱64 3x3, 최대 풀링 2, 드롭아웃 .25, 완전연결 128, 드롭아웃 .5, RMSProp: 파라미터 120만 개 가운데 대부분이 완전연결층에 있습니다. 책은 MNIST 전체로 0.989를 얻고, 숫자 5,000개로는 약 0.97~0.98이 나옵니다.",
        ),
        "Quick start: the page's default": (
            "빠른 시작: 이 페이지의 기본값",
            "Two blocks with 'same' padding and pooling, Adam: validation accuracy near 0.97 on 5 000 digits in 8 epochs.",
            "'same' 패딩과 풀링이 있는 블록 두 개, Adam: 숫자 5,000개로 8 에포크 만에 검증 정확도가 0.97 가까이 됩니다.",
        ),
        "No pooling": (
            "풀링 없음",
            "Without pooling the maps stay 28x28: the dense layer gets 25 000 inputs and 1.6 million weights. Look at the summary's parameter count, and at how much slower each epoch is.",
            "풀링이 없으면 특성 맵이 28x28로 남아 완전연결층의 입력이 25,000개, 가중치가 160만 개가 됩니다. 요약의 파라미터 수와 에포크마다 얼마나 느려지는지 보세요.",
        ),
        "Too many pooling steps": (
            "풀링이 너무 많을 때",
            "Four 2x2 poolings on 8x8 digits: 8, 4, 2, 1, then nothing. The page refuses before training and names the block.",
            "8x8 숫자에 2x2 풀링을 네 번: 8, 4, 2, 1, 그리고 남는 것이 없습니다. 페이지가 학습 전에 거절하고 문제의 블록을 알려 줍니다.",
        ),
        "Stride 2 instead of pooling": (
            "풀링 대신 스트라이드 2",
            "Strided convolutions shrink the maps as pooling does, with learned weights; compare the curves with the quick start.",
            "스트라이드 합성곱은 풀링처럼 특성 맵을 줄이지만 가중치를 학습합니다. 빠른 시작과 곡선을 비교해 보세요.",
        ),
        "One 1x1 filter block": (
            "1x1 필터 블록 하나",
            "A 1x1 kernel sees one pixel: it cannot find edges or strokes. Watch accuracy stall near a plain dense network's.",
            "1x1 커널은 픽셀 하나만 봅니다. 가장자리나 획을 찾을 수 없어 정확도가 평범한 완전연결 신경망 수준에서 멈춥니다.",
        ),
    },
    "gan": {
        "Book ch.7: 1-D GAN N(4, 1.25)": (
            "책 7장: 1차원 GAN N(4, 1.25)",
            "The red histogram walks from 0 to the green one; D's blue curve flattens towards 0.5 as it stops telling them apart.",
            "빨간 히스토그램이 0에서 초록색 히스토그램 쪽으로 걸어갑니다. 판별자가 둘을 구별하지 못하게 되면서 파란 곡선은 0.5 쪽으로 평평해집니다.",
        ),
        "DCGAN on MNIST, told the digit": (
            "숫자를 알려 준 MNIST DCGAN",
            "Each column is asked for one digit, 0 to 9. The grid starts as grey noise; strokes come within seconds, and by about "
            "a minute most samples read as their column's digit. D(x) and D(G(z)) hover around 0.5.",
            "각 열은 숫자 하나(0에서 9까지)를 요청받습니다. 격자는 회색 잡음으로 시작해 몇 초 안에 획이 생기고, "
            "1분쯤 지나면 대부분의 샘플이 그 열의 숫자로 읽힙니다. D(x)와 D(G(z))는 0.5 근처를 맴돕니다.",
        ),
        "Book ch.7: DCGAN on MNIST": (
            "책 7장: MNIST DCGAN",
            "Not told the digit, G must find the ten digits by itself: strokes, then digit-like shapes appear in the same places, "
            "but after a minute and a half only about half of them read as clear digits.",
            "숫자를 알려 주지 않으면 G는 열 가지 숫자를 스스로 찾아야 합니다. 같은 자리에 획이, 이어서 숫자 비슷한 모양이 나타나지만 "
            "1분 반이 지나도 또렷한 숫자로 읽히는 것은 절반 정도입니다.",
        ),
        "D too strong": (
            "판별자가 너무 강할 때",
            "Five D updates per G update at 25x the rate: D wins at first (D(x) near 1, D(G(z)) near 0, G's loss high) and the generated histogram crawls to the target far slower than with the book settings.",
            "G를 한 번 갱신할 때 D를 다섯 번, 25배 큰 학습률로 갱신합니다. 처음엔 D가 이기고(D(x)는 1 근처, D(G(z))는 0 근처, G의 손실은 높음) 생성된 히스토그램은 책 설정보다 훨씬 느리게 목표로 기어갑니다.",
        ),
        "Learning rate too high": (
            "너무 큰 학습률",
            "A learning rate of 0.05 for both: the losses spike now and then and the generated histogram jumps about instead of settling smoothly.",
            "둘 다 학습률 0.05: 손실이 때때로 치솟고, 생성된 히스토그램은 부드럽게 자리 잡지 못하고 이리저리 뜁니다.",
        ),
    },
    "rnn": {
        "Book ch.5: LSTM time series": (
            "책 5장: LSTM 시계열",
            "The book's model: a 12-month window, LSTM(10), Dense(1), mse and adam, predicting the passenger count itself. Watch the test part: the counts there are higher than any in training.",
            "책의 모델: 12개월 윈도, LSTM(10), Dense(1), mse와 adam으로 승객 수 자체를 예측합니다. 테스트 구간을 보세요. 그곳의 승객 수는 훈련 데이터의 어떤 값보다 큽니다.",
        ),
        "LSTM forecast: predict the change": (
            "LSTM 예측: 변화량 예측",
            "The default: the LSTM predicts next month's change, so rising counts are no surprise. It beats both naive forecasts within seconds.",
            "기본값: LSTM이 다음 달의 변화량을 예측하므로 승객 수가 늘어도 놀라지 않습니다. 몇 초 만에 두 가지 단순 예측을 모두 이깁니다.",
        ),
        "SimpleRNN vs LSTM": (
            "SimpleRNN 대 LSTM",
            "A plain SimpleRNN on the same task: train it, then switch the cell to LSTM or GRU and compare the test RMSE.",
            "같은 과제에 평범한 SimpleRNN: 학습한 뒤 셀을 LSTM이나 GRU로 바꾸고 테스트 RMSE를 비교해 보세요.",
        ),
        "Window too short": (
            "너무 짧은 윈도",
            "Two months of history cannot show a yearly season: the seasonal naive forecast wins. Raise the window to 12.",
            "두 달의 과거로는 1년 주기의 계절성이 보이지 않아 계절 단순 예측이 이깁니다. 윈도를 12로 늘려 보세요.",
        ),
        "Noisy sine: memory vs noise": (
            "잡음 섞인 사인파: 기억과 잡음",
            "A sine wave buried in noise: the one-step predictions follow the clean wave, not the noise.",
            "잡음에 묻힌 사인파: 한 스텝 예측은 잡음이 아니라 깨끗한 파형을 따라갑니다.",
        ),
        "Digits read row by row": (
            "한 줄씩 읽는 숫자",
            "An LSTM reads each digit as 28 rows of 28 pixels and names it after the last row: about 0.9 within a few epochs.",
            "LSTM이 숫자를 28픽셀짜리 28줄로 읽고 마지막 줄에서 이름을 붙입니다. 몇 에포크 만에 약 0.9에 이릅니다.",
        ),
        "Book ch.5: LSTM sentiment (IMDB)": (
            "책 5장: LSTM 감성 분석 (IMDB)",
            "Embedding 128, LSTM 128 with dropout, sigmoid: about 0.8 on the full reviews. Needs the IMDB download.",
            "임베딩 128, 드롭아웃을 쓴 LSTM 128, 시그모이드: 전체 리뷰로 약 0.8이 나옵니다. IMDB를 내려받아야 합니다.",
        ),
    },
    "unet": {
        "Book ch.8: UNET colourisation": (
            "책 8장: UNET 채색",
            "Grey photo patches in, colour out (16-32-64 filters, batch norm, MSE). Colours come in as broad washes first, then sharpen. The book trains on CIFAR-10; pick it under Data set when it is cached.",
            "흑백 사진 조각을 넣으면 컬러가 나옵니다(필터 16-32-64, 배치 정규화, MSE). 색은 처음에 넓게 번지듯 들어오고 점점 또렷해집니다. 책은 CIFAR-10으로 학습합니다. 저장되어 있다면 데이터셋에서 고르세요.",
        ),
        "Segmentation": (
            "분할",
            "Shapes on noisy, striped backgrounds: the predicted masks sharpen within a few epochs and IoU passes 0.9.",
            "잡음과 줄무늬 배경 위의 도형: 예측 마스크가 몇 에포크 만에 또렷해지고 IoU가 0.9를 넘습니다.",
        ),
        "Quick look: small and fast": (
            "빠르게 보기: 작고 빠르게",
            "32x32 images and a two-level UNET: the masks go from noise to shapes in a few seconds.",
            "32x32 이미지와 2단계 UNET: 몇 초 만에 마스크가 잡음에서 도형으로 바뀝니다.",
        ),
        "No skips: a plain encoder-decoder": (
            "스킵 없음: 평범한 인코더-디코더",
            "The same network without skip connections: masks stay blobby at the edges and IoU stays lower. Train it after 'Segmentation' to see both curves.",
            "스킵 연결이 없는 같은 신경망: 마스크의 가장자리가 뭉개지고 IoU가 낮게 머뭅니다. '분할' 다음에 학습해 두 곡선을 함께 보세요.",
        ),
        "One class per shape kind": (
            "도형 종류마다 클래스 하나",
            "Circle, square, triangle and cross each get a colour: now the network must tell forms apart, not only find them.",
            "원, 사각형, 삼각형, 십자가 각각 색을 받습니다. 이제 신경망은 도형을 찾는 것뿐 아니라 모양을 구별해야 합니다.",
        ),
        "Dice loss": (
            "다이스 손실",
            "Dice trains the overlap itself, so small shapes count as much as big ones. Compare its IoU curve with cross-entropy's.",
            "다이스는 겹치는 정도 자체를 학습하므로 작은 도형도 큰 도형만큼 중요합니다. 크로스엔트로피와 IoU 곡선을 비교해 보세요.",
        ),
    },
}

MESSAGES = {}
for _page, _presets in PRESET_TEXT.items():
    for _name, (_korean, _watch, _watch_korean) in _presets.items():
        MESSAGES[f"{_page}.{_name}"] = (_name, _korean)
        MESSAGES[f"{_page}.{_name}.watch"] = (_watch, _watch_korean)
