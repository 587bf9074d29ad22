"""Text of the CNN page (ch.4), its refusals and its result views."""

MESSAGES = {
    # --- refusals of impossible settings (kplay/models/cnn.py)
    "error_kernel": (
        "Block {block}: its {kernel}x{kernel} kernel is larger than the {height}x{width} feature map it receives, "
        "so with 'valid' padding nothing is left. Use a smaller kernel, 'same' padding, or less pooling before it.",
        "블록 {block}: {kernel}x{kernel} 커널이 이 블록에 들어오는 {height}x{width} 특성 맵보다 커서 'valid' 패딩으로는 "
        "남는 것이 없습니다. 커널을 줄이거나, 'same' 패딩을 쓰거나, 앞 블록의 풀링을 줄이세요.",
    ),
    "error_pool": (
        "Block {block}: pooling {pool}x{pool} on a {height}x{width} feature map would shrink it below 1x1. "
        "Too many pooling steps for this image size: lower the pooling or remove a block.",
        "블록 {block}: {height}x{width} 특성 맵에 {pool}x{pool} 풀링을 하면 1x1보다 작아집니다. "
        "이 이미지 크기에 비해 풀링 단계가 너무 많습니다. 풀링을 줄이거나 블록을 하나 빼세요.",
    ),
    "error_block_count": (
        "Use 1 to {most} conv blocks (got {count}).",
        "합성곱 블록은 1개에서 {most}개까지 쓸 수 있습니다 (지금 {count}개).",
    ),
    "error_per_block": (
        "Give one {setting} per conv block: {blocks} blocks but {got} values.",
        "합성곱 블록마다 {setting} 값을 하나씩 주세요: 블록은 {blocks}개인데 값은 {got}개입니다.",
    ),
    # --- the learner's own picture and queries
    "upload_too_big": (
        "That file is too large: upload an image of at most {most} MB.",
        "파일이 너무 큽니다. {most} MB 이하의 이미지를 올려 주세요.",
    ),
    "upload_format": (
        "Only PNG and JPEG images are accepted (this file is {found}).",
        "PNG와 JPEG 이미지만 받습니다 (이 파일은 {found} 형식입니다).",
    ),
    "upload_unreadable": (
        "This file could not be read as an image: upload a PNG or JPEG picture.",
        "이 파일을 이미지로 읽을 수 없습니다. PNG나 JPEG 그림을 올려 주세요.",
    ),
    "no_such_test_image": (
        "Pick a test image between 0 and {most}.",
        "0부터 {most} 사이의 테스트 이미지를 고르세요.",
    ),
    "wrong_input_shape": (
        "The model expects a {expected} image.",
        "이 모델은 {expected} 크기의 이미지를 받습니다.",
    ),
    # --- the page
    "title": ("CNN: what convolutions learn", "CNN: 합성곱이 배우는 것"),
    "intro": (
        "A convolution slides small filters over the picture; each filter lights up where its pattern appears, "
        "and pooling shrinks the result so the next block sees a wider area. Stack 1 to 4 blocks, watch the summary "
        "table's shapes and parameter counts change as you move the sliders, press **Train**, then look inside: "
        "the filters the first layer learned, the feature maps of any test image, and the digits it gets most "
        "confidently wrong. Finally, draw your own digit.",
        "합성곱은 작은 필터를 그림 위로 밀면서, 필터의 패턴이 나타나는 곳에서 크게 반응합니다. 풀링은 그 결과를 줄여 "
        "다음 블록이 더 넓은 영역을 보게 합니다. 블록을 1~4개 쌓고, 슬라이더를 움직일 때마다 요약 표의 출력 크기와 "
        "파라미터 수가 어떻게 바뀌는지 보세요. **Train**을 누른 뒤에는 모델 안을 들여다봅니다: 첫 층이 배운 필터, "
        "테스트 이미지의 특성 맵, 가장 자신 있게 틀린 숫자들. 마지막으로 직접 숫자를 그려 보세요.",
    ),
    "blocks_section": ("Conv blocks", "합성곱 블록"),
    "head_section": ("Dense head", "밀집층 헤드"),
    "blocks": ("Conv blocks", "합성곱 블록 수"),
    "blocks_help": (
        "Each block: a convolution, then optional batch norm, pooling and dropout.",
        "각 블록은 합성곱 하나와 선택적인 배치 정규화, 풀링, 드롭아웃으로 이루어집니다.",
    ),
    "block": ("Block {number}", "블록 {number}"),
    "filters": ("Filters", "필터 수"),
    "kernel": ("Kernel", "커널 크기"),
    "stride": ("Stride", "스트라이드"),
    "pool": ("Pooling", "풀링"),
    "no_pool": ("none", "없음"),
    "dropout": ("Dropout", "드롭아웃"),
    "clear_runs": ("Clear earlier runs", "이전 실행 지우기"),
    "clear_runs_help": ("Remove the curves of earlier runs from the charts.", "차트에서 이전 실행의 곡선을 지웁니다."),
    "filters_caption": (
        "Each square is one first-layer filter: blue weights add the pixel, red ones subtract it. "
        "Edges and strokes appear as training goes on.",
        "각 칸은 첫 번째 층의 필터 하나입니다. 파란 가중치는 픽셀을 더하고 빨간 가중치는 뺍니다. "
        "학습이 진행되면 가장자리와 획 모양이 드러납니다.",
    ),
    "none_wrong": ("No test image is wrong: nothing to show here.", "틀린 테스트 이미지가 없습니다."),
    "inside_header": ("Inside the network: feature maps", "네트워크 내부: 특성 맵"),
    "inside_caption": (
        "Pick a test image and see what each conv and pooling layer makes of it (the first 8 maps of each; "
        "bright = strong response). Refreshed every epoch while training.",
        "테스트 이미지를 골라 각 합성곱·풀링 층이 그것을 어떻게 바꾸는지 보세요 (층마다 처음 8개 맵, 밝을수록 강한 반응). "
        "학습 중에는 에포크마다 새로 그려집니다.",
    ),
    "test_image": ("Test image", "테스트 이미지"),
    "test_image_title": ("Test image {number} · true {name}", "테스트 이미지 {number} · 정답 {name}"),
    "own_header": ("Try your own picture", "직접 그린 그림으로 해 보기"),
    "own_train_first": (
        "Train a model first; then draw a digit (or upload a picture) and see its class probabilities.",
        "먼저 모델을 학습시키세요. 그다음 숫자를 그리거나 그림을 올리면 클래스별 확률을 볼 수 있습니다.",
    ),
    "own_empty": ("Draw a digit in the box (or upload a picture) to see what the model thinks.",
                  "상자 안에 숫자를 그리거나 그림을 올리면 모델의 판단을 볼 수 있습니다."),
    "own_blank": ("The picture is empty: draw a digit first.", "그림이 비어 있습니다. 먼저 숫자를 그려 주세요."),
    "own_seen": ("What the model sees", "모델이 보는 그림"),
    "tab_draw": ("Draw", "그리기"),
    "tab_upload": ("Upload", "올리기"),
    "canvas_hint": (
        "Draw one digit, large, in the middle. It is cropped, scaled and centred like MNIST's digits.",
        "숫자 하나를 가운데에 크게 그리세요. MNIST 숫자처럼 잘라 내고 크기를 맞춰 가운데에 놓습니다.",
    ),
    "upload_label": ("Upload a picture (PNG or JPEG)", "그림 올리기 (PNG 또는 JPEG)"),
    "upload_help": (
        "At most {most} MB. A dark digit on light paper works; it is turned into the model's input size.",
        "{most} MB 이하. 밝은 종이 위의 어두운 숫자도 됩니다. 모델의 입력 크기로 바꿔서 넣습니다.",
    ),
    # --- renderers (kplay/render/convolution.py)
    "filters_title": ("First-layer filters · {count} of {size}x{size}", "첫 층 필터 · {size}x{size} 필터 {count}개"),
    "maps_title": ("Feature maps, layer by layer", "층별 특성 맵"),
    "wrong_title": ("Most confidently wrong · {count} test images", "가장 자신 있게 틀린 테스트 이미지 {count}개"),
    "probabilities_title": ("Prediction: {name} ({share:.0%})", "예측: {name} ({share:.0%})"),
    "probabilities_true": ("true: {name}", "정답: {name}"),
}
