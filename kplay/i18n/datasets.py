"""Data set titles, descriptions and class names, by data set name (kplay/datasets)."""

TITLES = {
    "line": ("y = 2x + 1 (5 points)", "y = 2x + 1 (점 5개)"),
    "mnist5k": ("MNIST digits (5 000, offline)", "MNIST 손글씨 숫자 (5,000개, 오프라인)"),
    "digits8": ("Small digits 8x8 (1 797, offline)", "작은 8x8 숫자 (1,797개, 오프라인)"),
    "iris": ("Iris flowers (150, offline)", "붓꽃 (150개, 오프라인)"),
    "wine": ("Wine (178, offline)", "와인 (178개, 오프라인)"),
    "breast_cancer": ("Breast cancer (569, offline)", "유방암 진단 (569개, 오프라인)"),
    "diabetes": ("Diabetes progression (442, offline)", "당뇨병 진행도 (442개, 오프라인)"),
    "mnist": ("MNIST (70 000, download)", "MNIST (70,000개, 내려받기)"),
    "fashion_mnist": ("Fashion-MNIST (70 000, download)", "패션 MNIST (70,000개, 내려받기)"),
    "cifar10": ("CIFAR-10 (60 000, download)", "CIFAR-10 (60,000개, 내려받기)"),
    "boston_housing": ("Boston housing (506, download)", "보스턴 집값 (506개, 내려받기)"),
    "airline": ("Airline passengers (144 months, offline)", "항공 승객 수 (144개월, 오프라인)"),
    "sine": ("Sine wave plus noise (generated)", "사인파 + 잡음 (생성)"),
    "sines": ("Sum of sines (generated)", "사인파의 합 (생성)"),
    "trend_season": ("Trend plus season (generated)", "추세 + 계절성 (생성)"),
    "imdb": ("IMDB reviews (50 000, download)", "IMDB 영화 리뷰 (50,000개, 내려받기)"),
}

DESCRIPTIONS = {
    "line": (
        "The book's first example: one neuron learns a straight line from five points.",
        "책의 첫 예제: 뉴런 하나가 점 다섯 개로 직선을 배웁니다.",
    ),
    "mnist5k": ("5 000 real handwritten digits, 500 of each, 28x28 grey.", "실제 손글씨 숫자 5,000개(숫자마다 500개), 28x28 흑백입니다."),
    "digits8": ("1 797 tiny 8x8 handwritten digits: trains in a blink.", "8x8 크기의 작은 손글씨 숫자 1,797개: 눈 깜짝할 새 학습됩니다."),
    "iris": ("Four measurements of 150 iris flowers, three species.", "붓꽃 150송이의 네 가지 측정값, 세 품종입니다."),
    "wine": ("13 chemical measurements of 178 wines from three cultivars.", "세 품종 와인 178병의 화학 성분 13가지입니다."),
    "breast_cancer": (
        "30 cell-nucleus measurements; is the tumour malignant or benign?",
        "세포핵 측정값 30가지로 종양이 악성인지 양성인지 판별합니다.",
    ),
    "diabetes": (
        "Ten patient measurements; predict disease progression after one year.",
        "환자 측정값 열 가지로 1년 뒤 병의 진행도를 예측합니다.",
    ),
    "mnist": ("The full MNIST: 60 000 training and 10 000 test digits.", "전체 MNIST: 훈련용 60,000개와 테스트용 10,000개의 숫자입니다."),
    "fashion_mnist": ("Zalando's 28x28 grey clothing pictures, ten kinds.", "Zalando의 28x28 흑백 옷 사진, 열 가지 종류입니다."),
    "cifar10": ("32x32 colour photos of ten kinds of object.", "열 가지 사물을 찍은 32x32 컬러 사진입니다."),
    "boston_housing": (
        "The book's regression set: 13 features of Boston suburbs, predict the house price.",
        "책의 회귀 예제: 보스턴 교외 지역의 특성 13가지로 집값을 예측합니다.",
    ),
    "airline": (
        "Monthly international airline passengers, 1949-1960: a trend and a yearly season.",
        "1949~1960년 월별 국제선 항공 승객 수: 추세와 1년 주기의 계절성이 있습니다.",
    ),
    "sine": ("One sine wave with a period of 12 steps, plus noise.", "주기가 12스텝인 사인파 하나에 잡음을 더했습니다."),
    "sines": (
        "Three sine waves of periods 12, 5.3 and 31 steps added up, plus noise.",
        "주기가 12, 5.3, 31스텝인 사인파 세 개를 더하고 잡음을 섞었습니다.",
    ),
    "trend_season": (
        "A rising straight line plus a 12-step season, plus noise: like the airline series, but clean.",
        "올라가는 직선에 12스텝 계절성과 잡음을 더했습니다. 항공 승객 수와 닮았지만 깔끔합니다.",
    ),
    "imdb": ("Movie reviews as word ids, labelled positive or negative.", "단어 번호로 바꾼 영화 리뷰이며, 긍정 또는 부정 레이블이 붙어 있습니다."),
}

CLASSES = {
    "setosa": ("setosa", "세토사"),
    "versicolor": ("versicolor", "버시컬러"),
    "virginica": ("virginica", "버지니카"),
    "class 0": ("class 0", "품종 0"),
    "class 1": ("class 1", "품종 1"),
    "class 2": ("class 2", "품종 2"),
    "malignant": ("malignant", "악성"),
    "benign": ("benign", "양성"),
    "T-shirt": ("T-shirt", "티셔츠"),
    "Trouser": ("Trouser", "바지"),
    "Pullover": ("Pullover", "스웨터"),
    "Dress": ("Dress", "드레스"),
    "Coat": ("Coat", "코트"),
    "Sandal": ("Sandal", "샌들"),
    "Shirt": ("Shirt", "셔츠"),
    "Sneaker": ("Sneaker", "운동화"),
    "Bag": ("Bag", "가방"),
    "Boot": ("Boot", "부츠"),
    "plane": ("plane", "비행기"),
    "car": ("car", "자동차"),
    "bird": ("bird", "새"),
    "cat": ("cat", "고양이"),
    "deer": ("deer", "사슴"),
    "dog": ("dog", "개"),
    "frog": ("frog", "개구리"),
    "horse": ("horse", "말"),
    "ship": ("ship", "배"),
    "truck": ("truck", "트럭"),
    "negative": ("negative", "부정"),
    "positive": ("positive", "긍정"),
}

MESSAGES = {
    **{f"title.{name}": texts for name, texts in TITLES.items()},
    **{f"description.{name}": texts for name, texts in DESCRIPTIONS.items()},
    **{f"class.{name}": texts for name, texts in CLASSES.items()},
    # downloads (kplay/datasets/downloads.py)
    "unavailable": (
        "{title} is not on this computer and the internet cannot be reached to download it. "
        "Pick a bundled data set (marked 'offline'), or connect once so Keras can cache it.",
        "{title}이(가) 이 컴퓨터에 없고, 내려받을 인터넷에도 연결할 수 없습니다. "
        "함께 들어 있는 데이터셋('오프라인' 표시)을 고르거나, 한 번 인터넷에 연결해 Keras가 저장해 두게 하세요.",
    ),
    "download_failed": ("{title} could not be downloaded ({error}).", "{title}을(를) 내려받지 못했습니다 ({error})."),
    "source.boston_housing": ("Boston housing", "보스턴 주택 가격"),
    "source.imdb": ("IMDB reviews", "IMDB 영화 리뷰"),
}
