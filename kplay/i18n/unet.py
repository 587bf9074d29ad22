"""Text of the UNET page (ch.8): segmentation and colourisation."""

MESSAGES = {
    "title": ("UNET: segmentation masks and colourisation", "UNET: 분할 마스크와 흑백 사진 채색"),
    "intro": (
        "A UNET shrinks an image step by step to learn *what* is in it, then grows it back to say *where*, pixel "
        "by pixel. Skip connections hand each level's detail straight across to the decoder. Press **Train** and "
        "watch the predicted masks sharpen; then switch the skips off and train again to see what they are for.",
        "UNET은 이미지를 단계적으로 줄이면서 *무엇이* 있는지 배우고, 다시 키우면서 그것이 *어디에* 있는지를 픽셀 "
        "단위로 알려 줍니다. 스킵 연결은 각 단계의 세부 정보를 디코더로 곧장 넘겨 줍니다. **Train**을 누르고 "
        "예측 마스크가 또렷해지는 것을 보세요. 그다음 스킵 연결을 끄고 다시 학습해 그 역할을 확인해 보세요.",
    ),
    "section.data": ("Data", "데이터"),
    "section.model": ("Network", "신경망"),
    "section.training": ("Training", "학습"),
    "field.task": ("Task", "과제"),
    "field.dataset": ("Data set", "데이터셋"),
    "field.mask_classes": ("Mask classes", "마스크 클래스"),
    "field.upsampling": ("Up-sampling", "업샘플링"),
    "field.loss": ("Loss", "손실 함수"),
    "option.segmentation": ("Segmentation: shapes to masks", "분할: 도형에서 마스크로"),
    "option.colourisation": ("Colourisation: grey to colour", "채색: 흑백에서 컬러로"),
    "option.shapes": ("Generated shapes (offline)", "생성한 도형 (오프라인)"),
    "option.photos": ("Photo patches (offline)", "사진 조각 (오프라인)"),
    "option.cifar10": ("CIFAR-10 (download)", "CIFAR-10 (다운로드)"),
    "option.binary": ("Binary: shape or background", "이진: 도형 또는 배경"),
    "option.kinds": ("One class per shape kind", "도형 종류마다 한 클래스"),
    "option.transpose": ("Transposed convolution", "전치 합성곱"),
    "option.upsample": ("Up-sample, then convolve", "업샘플링 후 합성곱"),
    "option.ce": ("Cross-entropy", "교차 엔트로피"),
    "option.dice": ("Dice", "Dice"),
    "option.ce_dice": ("Cross-entropy + Dice", "교차 엔트로피 + Dice"),
    "about.shapes": (
        "Circles, squares, triangles and crosses on striped, noisy backgrounds, generated afresh for each seed. "
        "Lines and specks in the same colours are clutter: they are never part of a mask.",
        "줄무늬와 잡음이 있는 배경 위의 원, 사각형, 삼각형, 십자 모양으로, 시드마다 새로 생성됩니다. "
        "같은 색의 선과 점은 방해물이며 마스크에 포함되지 않습니다.",
    ),
    "about.photos": (
        "Patches cut from the two colour photographs that ship with scikit-learn (a temple and a flower).",
        "scikit-learn에 들어 있는 컬러 사진 두 장(사원과 꽃)에서 잘라 낸 조각입니다.",
    ),
    "about.cifar10": (
        "CIFAR-10's 32x32 colour photos, as in the book: available once Keras has downloaded them.",
        "책에서처럼 CIFAR-10의 32x32 컬러 사진을 씁니다. Keras가 한 번 내려받은 뒤에 쓸 수 있습니다.",
    ),
    "clear": ("Clear earlier runs", "이전 실행 지우기"),
    "clear_help": ("Remove the curves of earlier runs from the charts.", "차트에서 이전 실행의 곡선을 지웁니다."),
    "row.input": ("input", "입력"),
    "row.true": ("true mask", "정답 마스크"),
    "row.predicted": ("predicted", "예측"),
    "row.overlay": ("overlay", "겹쳐 보기"),
    "row.grey": ("grey input", "흑백 입력"),
    "row.colourised": ("colourised", "채색 결과"),
    "row.truth": ("true colour", "실제 색"),
    "class.background": ("background", "배경"),
    "class.shape": ("shape", "도형"),
    "class.circle": ("circle", "원"),
    "class.square": ("square", "사각형"),
    "class.triangle": ("triangle", "삼각형"),
    "class.cross": ("cross", "십자"),
    "grid.masks": (
        "Validation images · IoU {iou:.2f} on these {count}",
        "검증 이미지 · 이 {count}장의 IoU {iou:.2f}",
    ),
    "grid.colour": (
        "Validation patches · MSE {mse:.4f} on these {count}",
        "검증 조각 · 이 {count}장의 MSE {mse:.4f}",
    ),
    "grid.waiting": (
        "The grid of validation images appears here with the first report, a few seconds into training.",
        "검증 이미지 격자는 학습을 시작하고 몇 초 뒤 첫 보고와 함께 여기에 나타납니다.",
    ),
    "try.title": ("Try the trained network", "학습한 신경망 써 보기"),
    "try.help": (
        "Upload a PNG or JPEG (up to 5 MB): its centre square is scaled to {size}x{size} pixels, the size the "
        "network was trained on.",
        "PNG 또는 JPEG 파일(5 MB 이하)을 올리세요. 가운데 정사각형 부분을 신경망이 학습한 크기인 "
        "{size}x{size} 픽셀로 줄여 씁니다.",
    ),
    "try.upload": ("Your picture", "내 사진"),
    "try.generate": ("New shapes", "새 도형"),
    "try.source": ("Picture", "그림"),
    "try.source_draw": ("Draw shapes", "도형 그리기"),
    "try.source_upload": ("Upload a file", "파일 올리기"),
    "try.source_generated": ("Generated shapes", "생성한 도형"),
    "try.generate_first": (
        "Press New shapes for a picture the network has never seen.",
        "새 도형을 누르면 신경망이 본 적 없는 그림이 만들어집니다.",
    ),
    "try.draw_hint": (
        "Draw a few shapes, as large as those in the grid above. The drawing is scaled to {size}x{size} pixels, "
        "the size the network was trained on.",
        "위 격자의 도형만 한 크기로 도형을 몇 개 그리세요. 그림은 신경망이 학습한 크기인 {size}x{size} 픽셀로 "
        "줄여서 넣습니다.",
    ),
    "try.draw_first": (
        "The predicted mask appears here as soon as something is drawn.",
        "무언가를 그리면 곧바로 예측한 마스크가 여기에 나타납니다.",
    ),
    "upload.too_big": (
        "That file is {mb:.1f} MB; pictures up to {limit:.0f} MB are accepted.",
        "파일 크기가 {mb:.1f} MB입니다. {limit:.0f} MB 이하의 그림만 받습니다.",
    ),
    "upload.format": (
        "That is a {found} file; please upload a PNG or JPEG picture.",
        "{found} 파일입니다. PNG 또는 JPEG 그림을 올려 주세요.",
    ),
    "upload.too_many_pixels": (
        "That picture is {width}x{height} pixels, too large to read safely; use one of at most 4096x4096.",
        "그림이 {width}x{height} 픽셀로 너무 커서 안전하게 읽을 수 없습니다. 4096x4096 이하의 그림을 쓰세요.",
    ),
    "upload.not_image": (
        "That file could not be read as a picture. Please upload a PNG or JPEG image.",
        "이 파일은 그림으로 읽을 수 없습니다. PNG 또는 JPEG 이미지를 올려 주세요.",
    ),
    # refusals of impossible settings (kplay/models/unet.py, kplay/training/families/unet.py)
    "error_dataset": (
        "Data set: {dataset} does not fit {task}; use {fits}.",
        "데이터셋: {dataset}은(는) {task}에 맞지 않습니다. {fits}을(를) 쓰세요.",
    ),
    "error_cifar_size": (
        "Image size: CIFAR-10 photos are {size}x{size}; set Image size to {size}.",
        "이미지 크기: CIFAR-10 사진은 {size}x{size}입니다. 이미지 크기를 {size}(으)로 하세요.",
    ),
    "error_depth": (
        "Depth {depth} is too deep for {size}-pixel images: the bottleneck would be "
        "{bottleneck:g} pixels, not a whole pixel. The largest depth that fits is {fits}; "
        "or pick an image size divisible by {divisor}.",
        "깊이 {depth}은(는) {size}픽셀 이미지에 너무 깊습니다. 병목이 {bottleneck:g}픽셀이 되어 "
        "온전한 픽셀이 아닙니다. 맞는 가장 큰 깊이는 {fits}입니다. 아니면 {divisor}(으)로 나누어떨어지는 이미지 크기를 고르세요.",
    ),
    "error_no_training_images": (
        "{n} images leave no training images after the validation split: use more images.",
        "이미지 {n}장으로는 검증 데이터를 떼고 나면 훈련 이미지가 남지 않습니다. 이미지를 더 늘리세요.",
    ),
}
