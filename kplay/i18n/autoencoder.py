"""Text of the autoencoder page (ch.6) and its views."""

MESSAGES = {
    "title": ("Autoencoder: squeeze and rebuild", "오토인코더: 압축했다가 다시 그리기"),
    "intro": (
        "An autoencoder learns to copy its input through a narrow **code** (the latent space). "
        "The encoder squeezes each image into a few numbers and the decoder redraws the image from them. "
        "Watch the reconstructions sharpen while it trains, see how the codes of different digits settle "
        "into groups on the latent map, and move through the map to see what the decoder draws there.",
        "오토인코더는 좁은 **코드**(잠재 공간)를 거쳐 입력을 그대로 복사하도록 배웁니다. "
        "인코더는 이미지를 몇 개의 숫자로 압축하고, 디코더는 그 숫자로부터 이미지를 다시 그립니다. "
        "학습하는 동안 복원 이미지가 선명해지는 모습을 보고, 잠재 공간 지도에서 숫자마다 코드가 무리 지어 "
        "자리 잡는 모습을 확인한 뒤, 지도 위를 움직이며 디코더가 그곳에서 무엇을 그리는지 살펴보세요.",
    ),
    "architecture": ("Encoder and code", "인코더와 코드"),
    "hidden_layers": ("Encoder hidden layers", "인코더 은닉층 수"),
    "hidden_layers_help": (
        "Dense layers before the code; the decoder mirrors them. 0 gives the book's 784-36-784.",
        "코드 앞에 놓는 Dense 층 수입니다. 디코더는 이를 거울처럼 뒤집어 씁니다. 0이면 책의 784-36-784입니다.",
    ),
    "layer_units": ("Encoder layer {n} units", "인코더 {n}층 유닛 수"),
    "noise": ("Noise", "잡음"),
    "training": ("Training", "학습"),
    "clear": ("Clear earlier runs", "이전 실행 지우기"),
    "clear_help": ("Remove the curves of earlier runs from the charts.", "차트에서 이전 실행들의 곡선을 지웁니다."),
    "code_note": ("Code: {shape} = {size} numbers per image ({ratio:.0f}x smaller than {pixels} pixels).",
                  "코드: {shape} = 이미지 한 장당 숫자 {size}개 (픽셀 {pixels}개보다 {ratio:.0f}배 작음)."),
    "code_note_flat": ("Code: {size} numbers per image ({ratio:.0f}x smaller than {pixels} pixels).",
                       "코드: 이미지 한 장당 숫자 {size}개 (픽셀 {pixels}개보다 {ratio:.0f}배 작음)."),
    "loss_title": ("Loss (dashed: validation)", "손실 (점선: 검증)"),
    "mse_title": ("Test reconstruction error (MSE)", "테스트 복원 오차 (MSE)"),
    "row_originals": ("Test originals", "테스트 원본"),
    "row_noisy": ("Noisy inputs", "잡음 섞인 입력"),
    "row_reconstructions": ("Reconstructions", "복원 결과"),
    "grid_title": ("What the autoencoder rebuilds", "오토인코더가 다시 그린 이미지"),
    "grid_mse": ("test MSE {mse:.4f}", "테스트 MSE {mse:.4f}"),
    "grid_waiting": ("The reconstructions appear here as soon as training starts.",
                     "학습이 시작되면 이곳에 복원 이미지가 나타납니다."),
    "map_title": ("Latent map · the 2-D codes of test images", "잠재 공간 지도 · 테스트 이미지의 2차원 코드"),
    "map_title_projected": ("Latent map · test codes projected to 2-D (PCA)", "잠재 공간 지도 · 테스트 코드를 2차원으로 투영 (PCA)"),
    "axis_code": ("code {n}", "코드 {n}"),
    "axis_pc": ("principal axis {n}", "주성분 {n}"),
    "marker": ("decoded point", "디코딩한 점"),
    "explorer": ("Decoder explorer", "디코더 탐색기"),
    "explorer_note": (
        "Pick a point on the latent map (the black cross) and see what the decoder draws there.",
        "잠재 공간 지도에서 점(검은 X)을 골라 디코더가 그곳에서 무엇을 그리는지 보세요.",
    ),
    "explorer_projected": (
        "The code has more than two numbers, so the point goes back through the projection: "
        "the map's plane through the average code.",
        "코드가 2개보다 많으므로, 점은 투영을 거꾸로 거쳐 평균 코드를 지나는 지도 평면 위의 코드가 됩니다.",
    ),
    "explore_x": ("Horizontal position", "가로 위치"),
    "explore_y": ("Vertical position", "세로 위치"),
    "explore_help": ("From the left (bottom) edge of the map to the right (top) edge.",
                     "지도의 왼쪽(아래쪽) 끝부터 오른쪽(위쪽) 끝까지입니다."),
    "explorer_after": ("The explorer works once training has finished or been stopped.",
                       "탐색기는 학습이 끝나거나 멈춘 뒤에 사용할 수 있습니다."),
    "decoded_caption": ("Decoded at ({x:.2f}, {y:.2f})", "({x:.2f}, {y:.2f})에서 디코딩한 이미지"),
    # refusals of impossible settings (kplay/models/autoencoder.py)
    "error_layers": (
        "Encoder hidden layers: at most {most} (got {count}).",
        "인코더 은닉층: 최대 {most}개입니다 (지금 {count}개).",
    ),
    "error_conv_blocks": (
        "Conv blocks: {blocks} blocks halve a {height}x{width} image to "
        "{half_height:g}x{half_width:g}, which the decoder cannot rebuild exactly. "
        "Use at most {fits} blocks for this data set.",
        "합성곱 블록 수: 블록 {blocks}개는 {height}x{width} 이미지를 {half_height:g}x{half_width:g}(으)로 "
        "줄이는데, 디코더가 이 크기를 정확히 되살릴 수 없습니다. 이 데이터셋에는 블록을 최대 {fits}개까지 쓰세요.",
    ),
    "error_conv_block": (
        "Conv blocks: {blocks} blocks halve a {height}x{width} image to "
        "{half_height:g}x{half_width:g}, which the decoder cannot rebuild exactly. "
        "Use at most {fits} block for this data set.",
        "합성곱 블록 수: 블록 {blocks}개는 {height}x{width} 이미지를 {half_height:g}x{half_width:g}(으)로 "
        "줄이는데, 디코더가 이 크기를 정확히 되살릴 수 없습니다. 이 데이터셋에는 블록을 최대 {fits}개까지 쓰세요.",
    ),
    "error_code_size": (
        "{setting}: a code of {code} numbers is not smaller than the {pixels} pixels of a "
        "{height}x{width} image, so nothing is squeezed. Make the code smaller.",
        "{setting}: 숫자 {code}개짜리 코드는 {height}x{width} 이미지의 픽셀 {pixels}개보다 작지 않아서 "
        "아무것도 압축되지 않습니다. 코드를 더 작게 하세요.",
    ),
}
