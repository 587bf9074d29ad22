"""Text of the applied page's online transfer (a frozen ImageNet backbone): core messages and the tab."""

MESSAGES = {
    # --- settings refused (kplay/models/online_transfer.py) and worker errors
    "error_weights": (
        "Backbone: the ImageNet weights of {backbone} are not on this computer. Keras looks for {file} in {folder}. "
        "Download it from {url} into that folder (or use the download button when online), or use the offline "
        "transfer experiment, which needs no download.",
        "백본: 이 컴퓨터에 {backbone}의 ImageNet 가중치가 없습니다. Keras는 {folder} 폴더에서 {file} 파일을 찾습니다. "
        "{url} 에서 내려받아 그 폴더에 넣거나(인터넷이 되면 내려받기 단추), 내려받을 것이 없는 오프라인 전이 학습 "
        "실험을 쓰세요.",
    ),
    "error_weights_unreadable": (
        "Backbone: {file} could not be loaded as ImageNet weights ({reason}). Delete it and download it again.",
        "백본: {file} 파일을 ImageNet 가중치로 불러올 수 없습니다({reason}). 지우고 다시 내려받으세요.",
    ),
    "error_cifar": (
        "Images: CIFAR-10 is not on this computer (Keras keeps it as {files} in {folder}). Upload a ZIP of class "
        "folders instead, or run keras.datasets.cifar10.load_data() once with internet.",
        "이미지: 이 컴퓨터에 CIFAR-10이 없습니다(Keras는 {folder} 폴더에 {files}로 보관합니다). 대신 클래스 폴더 ZIP을 "
        "올리거나, 인터넷이 될 때 keras.datasets.cifar10.load_data()를 한 번 실행하세요.",
    ),
    "error_no_set": (
        "Images: upload a ZIP with one folder per class first, or pick CIFAR-10.",
        "이미지: 먼저 클래스마다 폴더 하나씩 담은 ZIP을 올리거나 CIFAR-10을 고르세요.",
    ),
    "error_classes": (
        "Images: the uploaded set has {classes} class; at least two are needed.",
        "이미지: 올린 묶음의 클래스가 {classes}개입니다. 두 개 이상 필요합니다.",
    ),
    "error_validation": (
        "Validation split: keep some images for validation (more than 0), or the accuracy on unseen pictures cannot be shown.",
        "검증 데이터 비율: 검증용 이미지를 조금 남기세요(0보다 크게). 그래야 처음 보는 그림에 대한 정확도를 보여 줄 수 있습니다.",
    ),
    "error_classes_changed": (
        "The uploaded image set changed; upload the ZIP again.",
        "올린 이미지 묶음이 바뀌었습니다. ZIP을 다시 올려 주세요.",
    ),
    "error_too_few": (
        "Only {count} images: too few to keep some for validation. Add pictures or lower the validation split.",
        "이미지가 {count}장뿐이라 검증용을 남길 수 없습니다. 그림을 더 넣거나 검증 데이터 비율을 낮추세요.",
    ),
    "model_title": ("{backbone} (frozen) + new head", "{backbone} (동결) + 새 출력부"),
    # --- the tab (pages/applied.py)
    "tab": ("ImageNet backbone", "ImageNet 백본"),
    "presets": ("**ImageNet backbone presets**", "**ImageNet 백본 프리셋**"),
    "lead": (
        "The book's transfer learning: a network trained on ImageNet's 1.2 million photos is frozen, and only a "
        "small new head learns your classes. Upload a ZIP with one folder of pictures per class (e.g. cats/, dogs/).",
        "교재의 전이 학습: ImageNet 사진 120만 장으로 학습한 신경망을 동결하고, 작은 새 출력부만 여러분의 클래스를 "
        "학습합니다. 클래스마다 그림 폴더 하나씩 담은 ZIP을 올리세요(예: cats/, dogs/).",
    ),
    "upload_label": ("Image set (ZIP of class folders)", "이미지 묶음 (클래스 폴더를 담은 ZIP)"),
    "upload_help": (
        "One folder per class, PNG or JPEG pictures inside: at least {least} per class, at least two classes, at most "
        "{files} files and {mb} MB. Each picture's centre square is scaled to the input size.",
        "클래스마다 폴더 하나, 그 안에 PNG 또는 JPEG 그림: 클래스마다 {least}장 이상, 클래스 두 개 이상, 파일 {files}개와 "
        "{mb} MB 이하. 그림마다 가운데 정사각형을 입력 크기로 맞춥니다.",
    ),
    "set_ok": (
        "{count} pictures in {classes} classes: {counts}.",
        "클래스 {classes}개에 그림 {count}장: {counts}.",
    ),
    "preview_title": ("A few pictures of each class, as the network sees them", "신경망이 보는 크기로 본 클래스별 그림 몇 장"),
    "weights_ready": ("ImageNet weights found: {file}.", "ImageNet 가중치를 찾았습니다: {file}."),
    "download": ("Download the {backbone} weights", "{backbone} 가중치 내려받기"),
    "download_help": ("Fetches {file} from {url} into {folder}.", "{url} 에서 {file} 파일을 {folder} 폴더로 내려받습니다."),
    "no_internet": ("the internet cannot be reached", "인터넷에 연결할 수 없음"),
    "download_failed": (
        "The download failed ({reason}). Without internet, copy {file} into {folder} from a computer that has it.",
        "내려받지 못했습니다({reason}). 인터넷이 없으면 이 파일이 있는 컴퓨터에서 {file} 파일을 {folder} 폴더로 복사하세요.",
    ),
    "accuracy": (
        "Validation accuracy of the new head: {accuracy:.1%} on {count} pictures it never trained on.",
        "새 출력부의 검증 정확도: 학습에 쓰지 않은 그림 {count}장에서 {accuracy:.1%}.",
    ),
    "waiting": (
        "Validation pictures with the head's guesses appear here after the first epoch.",
        "첫 에포크가 끝나면 검증 그림과 새 출력부의 예측이 여기에 나타납니다.",
    ),
    "try_title": ("Try the trained head", "학습한 출력부 써 보기"),
    "try_upload": ("A new picture (PNG or JPEG)", "새 그림 (PNG 또는 JPEG)"),
    "try_help": (
        "Up to 5 MB; its centre square is scaled to {size}x{size} pixels and goes through the frozen base and the new head.",
        "5 MB 이하. 가운데 정사각형을 {size}x{size} 픽셀로 맞춰 동결한 기반과 새 출력부에 넣습니다.",
    ),
    "try_class": ("{name}: {probability:.1%}", "{name}: {probability:.1%}"),
    "grid_title": (
        "Validation pictures · {wrong} of {count} wrong (red)",
        "검증 그림 · {count}장 중 {wrong}장 틀림 (빨간색)",
    ),
}
