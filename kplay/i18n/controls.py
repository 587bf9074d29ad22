"""The training controls, status line, summaries and presets every page shares (kplay/ui)."""

MESSAGES = {
    # buttons
    "train": ("Train", "학습"),
    "resume": ("Resume", "계속"),
    "pause": ("Pause", "일시정지"),
    "step": ("Step", "한 단계"),
    "stop": ("Stop", "정지"),
    "step_more_help": ("Train one more epoch, then pause.", "에포크 하나를 더 학습하고 멈춥니다."),
    "step_first_help": ("Train one epoch, then pause.", "에포크 하나를 학습하고 멈춥니다."),
    "run_label": ("run {number}", "실행 {number}"),
    # status
    "idle": (
        "Set the sliders, then press **Train**. Curves, results and the summary update live.",
        "슬라이더를 맞추고 **학습**을 누르세요. 곡선과 결과, 요약이 실시간으로 바뀝니다.",
    ),
    "starting": ("Starting the training process and loading data...", "학습 프로세스를 시작하고 데이터를 불러오는 중..."),
    "predicted": ("Predicted with the uploaded model, no training", "올린 모델로 예측만 함, 학습 없음"),
    "epoch_of": ("Epoch {epoch} / {epochs}", "에포크 {epoch} / {epochs}"),
    "batch_of": (" · batch {batch} / {batches}", " · 배치 {batch} / {batches}"),
    "left": (" · about {time} left", " · 약 {time} 남음"),
    "on_device": (" · on {device}", " · {device}에서 실행"),
    "cores": ("{count} cores", "코어 {count}개"),
    "seconds": ("{value:.1f} s", "{value:.1f}초"),
    "minutes": ("{minutes} min {seconds} s", "{minutes}분 {seconds}초"),
    "status.paused": ("Paused", "일시정지됨"),
    "status.stopping": ("Stopping", "멈추는 중"),
    "status.finished": ("Finished", "완료"),
    "status.stopped": ("Stopped", "정지됨"),
    "status.training": ("Training", "학습 중"),
    "status.diverged": ("Diverged", "발산"),
    "status.failed": ("Failed", "실패"),
    "status.starting": ("Starting", "시작하는 중"),
    "status.loading": ("Loading", "불러오는 중"),
    "technical": ("Technical details", "기술적인 세부 정보"),
    # settings of the shown run
    "moved": (
        "Sliders moved since this run started; press **Train** to use them. ",
        "이 실행이 시작된 뒤 슬라이더가 바뀌었습니다. 바뀐 설정을 쓰려면 **학습**을 누르세요. ",
    ),
    "changed": ("{label}: {old} in this run, {new} now", "{label}: 이 실행은 {old}, 지금은 {new}"),
    "this_run": ("This run: {settings}.", "이 실행: {settings}."),
    "on": ("on", "켬"),
    "off": ("off", "끔"),
    # summary
    "summary": ("Model summary", "모델 요약"),
    "layer": ("Layer", "층"),
    "layer_output": ("Layer, output", "층, 출력 크기"),
    "params": ("Params", "파라미터"),
    "parameters": ("**{title}**: {total:,} parameters ({trainable:,} trainable)", "**{title}**: 파라미터 {total:,}개 (학습 가능 {trainable:,}개)"),
    # workspace
    "not_cached": (
        "{title} is not cached on this computer: training will try to download it first.",
        "{title}: 이 컴퓨터에 저장되어 있지 않아 학습 전에 내려받기를 시도합니다.",
    ),
    # presets
    "presets": ("**Presets**", "**프리셋**"),
}
