"""Messages about a run from the training process and the server (kplay/training)."""

MESSAGES = {
    "failed": ("Training failed: {error}", "학습에 실패했습니다: {error}"),
    "could_not_start": (
        "The training process could not start (exit code {code}).",
        "학습 프로세스를 시작하지 못했습니다 (종료 코드 {code}).",
    ),
    "killed": ("The worker did not stop in time and was ended.", "학습 프로세스가 제때 멈추지 않아 강제로 종료했습니다."),
    "abandoned": (
        "Stopped: its page was closed for {seconds} s, so nobody could watch or stop it.",
        "멈춤: 페이지가 {seconds}초 동안 닫혀 있어 아무도 보거나 멈출 수 없었습니다.",
    ),
    "ended_unexpectedly": (
        "The training process ended unexpectedly (exit code {code}).",
        "학습 프로세스가 예기치 않게 끝났습니다 (종료 코드 {code}).",
    ),
    "unloaded": (
        "The trained model is no longer loaded: press Train to train it again.",
        "학습된 모델이 더 이상 메모리에 없습니다. **학습**을 눌러 다시 학습하세요.",
    ),
    "no_answer": ("The model did not answer in time; try again.", "모델이 제때 답하지 않았습니다. 다시 시도하세요."),
    "blew_up": (
        "The loss became {loss} at epoch {epoch}, batch {batch}: the weights blew up. "
        "Try a lower learning rate (this run used {rate:g}).",
        "에포크 {epoch}, 배치 {batch}에서 손실이 {loss}이(가) 되었습니다. 가중치가 발산했습니다. "
        "학습률을 낮춰 보세요 (이번 실행의 학습률은 {rate:g}).",
    ),
    "not_finite": (
        "The loss became infinite or NaN in epoch {epoch}. Try a lower learning rate (this run used {rate:g}).",
        "에포크 {epoch}에서 손실이 무한대 또는 NaN이 되었습니다. 학습률을 낮춰 보세요 (이번 실행의 학습률은 {rate:g}).",
    ),
    "query_failed": ("The model could not answer ({kind}: {problem}).", "모델이 답하지 못했습니다 ({kind}: {problem})."),
}
