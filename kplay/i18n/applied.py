"""Text of the applied page (ch.9): data augmentation and transfer learning."""

MESSAGES = {
    # page
    "title": ("Applied: data augmentation and transfer learning", "응용: 데이터 증강과 전이 학습"),
    "intro": (
        "Two ways to do well with few labelled images. **Augmentation** shows the network new, slightly changed "
        "copies of the same images. **Transfer learning** starts from a network that already learned to see on a "
        "related task. Each experiment trains two networks side by side, on the same data, and overlays them.",
        "라벨이 붙은 이미지가 적을 때 잘 학습하는 두 가지 방법입니다. **데이터 증강**은 같은 이미지를 조금씩 바꾼 새 사본을 "
        "네트워크에 보여 줍니다. **전이 학습**은 비슷한 과제에서 이미 보는 법을 익힌 네트워크에서 출발합니다. 각 실험은 같은 "
        "데이터로 두 네트워크를 나란히 학습시키고 곡선을 겹쳐 보여 줍니다.",
    ),
    "tab_augment": ("Data augmentation", "데이터 증강"),
    "tab_transfer": ("Transfer learning", "전이 학습"),
    "presets_augment": ("**Augmentation presets**", "**데이터 증강 프리셋**"),
    "presets_transfer": ("**Transfer learning presets**", "**전이 학습 프리셋**"),
    # augmentation tab
    "augment_lead": (
        "Move the strength sliders: the preview shows one image under many random augmentations, as the "
        "network will see it while training. Then train the same small CNN on a small subset twice, without and "
        "with augmentation, and compare them on the same validation images.",
        "강도 슬라이더를 움직여 보세요. 미리 보기는 한 이미지가 학습 중에 네트워크에 보일 무작위 증강 모습을 여러 장 보여 줍니다. "
        "그다음 같은 작은 CNN을 작은 부분 집합으로 증강 없이 한 번, 증강과 함께 한 번 학습시켜 같은 검증 이미지로 비교합니다.",
    ),
    "more_settings": ("More settings", "설정 더 보기"),
    "strengths": ("Augmentation strengths", "증강 강도"),
    "experiment": ("Experiment", "실험"),
    "preview_title": ("Preview: the first image is the original", "미리 보기: 첫 이미지가 원본입니다"),
    "preview_digit": ("Preview digit", "미리 볼 숫자"),
    "preview_shuffle": ("Redraw", "다시 뽑기"),
    "preview_caption": (
        "{count} random augmentations of one training image, drawn as the sliders move (no training needed).",
        "학습 이미지 한 장의 무작위 증강 {count}개입니다. 슬라이더를 움직이면 바로 다시 그려집니다(학습 불필요).",
    ),
    "preview_identity": ("All strengths are zero: every copy equals the original.", "모든 강도가 0이라 모든 사본이 원본과 같습니다."),
    "flip_none": ("none", "없음"),
    "flip_horizontal": ("left-right", "좌우"),
    "flip_vertical": ("up-down", "상하"),
    "flip_horizontal_and_vertical": ("both", "좌우와 상하"),
    "model_plain": ("Without augmentation", "증강 없음"),
    "model_augmented": ("With augmentation", "증강 사용"),
    "run_plain": ("without augmentation", "증강 없음"),
    "run_augmented": ("with augmentation", "증강 사용"),
    "gap_augment": ("Augmentation {points} points validation accuracy", "데이터 증강: 검증 정확도 {points}%p"),
    "gap_augment_detail": (
        "After {epochs} epochs on {subset} images: {plain:.1%} without, {augmented:.1%} with augmentation.",
        "{subset}장으로 {epochs} 에포크 학습 후: 증강 없이 {plain:.1%}, 증강하면 {augmented:.1%}.",
    ),
    # transfer tab
    "transfer_lead": (
        "A base CNN first learns digits 0-4 (once; it is kept for later runs). Its first k layers are then "
        "frozen, and a new head learns digits 5-9 from only a few labelled images per class. The same network "
        "trained from scratch on the same images is drawn over it.",
        "기본 CNN이 먼저 숫자 0-4를 학습합니다(한 번만 하고 다음 실행에 재사용). 그다음 앞쪽 k개 층을 동결하고, 새 출력층이 "
        "클래스마다 몇 장뿐인 라벨 이미지로 숫자 5-9를 배웁니다. 같은 이미지로 처음부터 학습한 같은 네트워크를 겹쳐 그립니다.",
    ),
    "model_transfer": ("Transferred ({frozen} frozen)", "전이 학습 ({frozen}개 동결)"),
    "model_scratch": ("From scratch", "처음부터 학습"),
    "run_transfer": ("transferred", "전이 학습"),
    "run_scratch": ("from scratch", "처음부터"),
    "gap_transfer": ("Transfer learning {points} points validation accuracy", "전이 학습: 검증 정확도 {points}%p"),
    "gap_transfer_detail": (
        "After {epochs} epochs with {per_class} labelled images per class: {scratch:.1%} from scratch, {transfer:.1%} transferred.",
        "클래스당 라벨 이미지 {per_class}장으로 {epochs} 에포크 학습 후: 처음부터 {scratch:.1%}, 전이 학습 {transfer:.1%}.",
    ),
    "pretrained": ("Base pre-trained on digits 0-4: {accuracy:.1%} accuracy on held-out 0-4 images.",
                   "숫자 0-4로 사전 학습한 기본 네트워크: 따로 둔 0-4 이미지 정확도 {accuracy:.1%}."),
    "pretrained_cached": (" Reused from the cache.", " 캐시에서 재사용했습니다."),
    "pretraining": ("Pre-training the base on digits 0-4 (only the first time)...", "숫자 0-4로 기본 네트워크 사전 학습 중(처음 한 번만)..."),
    "frozen_title": ("Which layers train", "학습되는 층"),
    "frozen_layer": ("Layer", "층"),
    "frozen_params": ("Params", "파라미터"),
    "frozen_state": ("Transferred net", "전이 네트워크"),
    "frozen_yes": ("frozen (pre-trained)", "동결 (사전 학습)"),
    "frozen_tuned": ("fine-tuned (pre-trained)", "미세 조정 (사전 학습)"),
    "frozen_new": ("new, trained", "새 층, 학습"),
    "frozen_none": ("no weights", "가중치 없음"),
    # both
    # "what · detail": a title over a half-width chart, the detail on its own line (render.style.title_parts)
    "chart_accuracy": ("Validation accuracy · dashed: training", "검증 정확도 · 점선: 훈련"),
    "chart_loss": ("Validation loss · dashed: training", "검증 손실 · 점선: 훈련"),
    "axis_epoch": ("epoch", "에포크"),
    "trace_training": ("{run}: training", "{run}: 훈련"),
    "waiting": ("Press **Train** to train both networks.", "**학습**을 누르면 두 네트워크를 함께 학습합니다."),
    # errors
    "error_subset": (
        "Training images: {subset} is more than the {available} training images of {data}. Choose at most {available}.",
        "학습 이미지: {subset}장은 {data}의 학습 이미지 {available}장보다 많습니다. {available}장 이하로 고르세요.",
    ),
    "error_validation": ("Validation split: the comparison needs validation images; choose more than 0.",
                         "검증 비율: 비교하려면 검증 이미지가 필요합니다. 0보다 크게 고르세요."),
    "error_frozen": (
        "Frozen layers: {frozen} is more than the {depth} conv layers of the base ({blocks} conv blocks). "
        "Choose at most {depth}, or add conv blocks.",
        "동결 층: {frozen}개는 기본 네트워크의 합성곱 층 {depth}개(합성곱 블록 {blocks}개)보다 많습니다. "
        "{depth}개 이하로 고르거나 합성곱 블록을 늘리세요.",
    ),
    "error_per_class": (
        "Labelled images per class: {per_class} is more than {data} can give each digit ({available}). Choose at most {available}.",
        "클래스당 라벨 이미지: {per_class}장은 {data}가 숫자마다 줄 수 있는 수({available}장)보다 많습니다. {available}장 이하로 고르세요.",
    ),
    "error_too_few": (
        "Digit {digit} has only {available} training images here, fewer than the {wanted} asked for. Lower the setting.",
        "숫자 {digit}의 학습 이미지가 {available}장뿐이라 요청한 {wanted}장보다 적습니다. 값을 낮추세요.",
    ),
}
