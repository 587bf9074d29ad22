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
}
