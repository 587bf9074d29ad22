"""Messages of the image-set check (kplay/inputs/image_sets.py): a ZIP with one folder per class."""

MESSAGES = {
    "zip_too_big": (
        "That ZIP is {mb:.1f} MB; image sets up to {limit} MB are accepted. Use fewer or smaller pictures.",
        "ZIP 파일이 {mb:.1f} MB입니다. {limit} MB 이하의 이미지 묶음만 받습니다. 그림 수나 크기를 줄이세요.",
    ),
    "not_zip": (
        "That file is not a ZIP archive. Put one folder per class in a folder and compress it as a ZIP.",
        "ZIP 압축 파일이 아닙니다. 클래스마다 폴더 하나씩 만들어 한 폴더에 넣고 ZIP으로 압축하세요.",
    ),
    "empty": (
        "The ZIP holds no files. It needs one folder per class with PNG or JPEG pictures inside.",
        "ZIP 안에 파일이 없습니다. 클래스마다 폴더 하나에 PNG 또는 JPEG 그림을 넣어야 합니다.",
    ),
    "unsafe_path": (
        "The ZIP names a file outside its own folders ({name}); it is refused. Compress the class folders again.",
        "ZIP이 자기 폴더 밖의 파일({name})을 가리켜 받지 않습니다. 클래스 폴더를 다시 압축하세요.",
    ),
    "too_many_files": (
        "The ZIP holds {count} files; at most {most} are accepted. Use fewer pictures per class.",
        "ZIP에 파일이 {count}개 있습니다. 최대 {most}개까지 받습니다. 클래스마다 그림 수를 줄이세요.",
    ),
    "too_big_unpacked": (
        "Unpacked, the ZIP would take {mb:.0f} MB; at most {limit:.0f} MB are accepted.",
        "ZIP을 풀면 {mb:.0f} MB가 됩니다. 최대 {limit:.0f} MB까지 받습니다.",
    ),
    "encrypted": (
        "{name} is password-protected; compress the pictures without a password.",
        "{name}에 암호가 걸려 있습니다. 암호 없이 압축하세요.",
    ),
    "file_too_big": (
        "{name} is {mb:.1f} MB; each picture may be at most {limit:.0f} MB.",
        "{name}의 크기가 {mb:.1f} MB입니다. 그림 하나는 {limit:.0f} MB 이하여야 합니다.",
    ),
    "not_in_folder": (
        "{name} is not in a class folder. Each picture goes in the folder named after its class, e.g. cats/1.jpg.",
        "{name}이(가) 클래스 폴더 안에 있지 않습니다. 그림은 클래스 이름의 폴더에 넣으세요. 예: cats/1.jpg",
    ),
    "one_class": (
        "Only one class folder was found ({found}); at least two classes are needed to learn to tell them apart.",
        "클래스 폴더가 하나뿐입니다({found}). 서로 구별하려면 클래스가 두 개 이상 필요합니다.",
    ),
    "too_many_classes": (
        "The ZIP has {count} class folders; at most {most} are accepted.",
        "ZIP에 클래스 폴더가 {count}개 있습니다. 최대 {most}개까지 받습니다.",
    ),
    "too_few": (
        "Too few pictures in {classes}: each class needs at least {least}.",
        "그림이 너무 적은 클래스: {classes}. 클래스마다 {least}장 이상 필요합니다.",
    ),
    "bad_file": ("{name}: {problem}", "{name}: {problem}"),
    "unreadable": (
        "{name} could not be read from the ZIP (damaged or compressed in an unusual way). Compress the folders again.",
        "ZIP에서 {name}을(를) 읽을 수 없습니다(손상되었거나 흔치 않은 방식으로 압축됨). 폴더를 다시 압축하세요.",
    ),
    "no_set": (
        "The uploaded image set is no longer on the server; upload the ZIP again.",
        "올린 이미지 묶음이 서버에 더 이상 없습니다. ZIP을 다시 올려 주세요.",
    ),
}
