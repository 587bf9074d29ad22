"""RNN page (ch.5): forecasting a series, classifying sequences."""

MESSAGES = {
    "title": ("RNN: networks with memory", "RNN: 기억을 가진 신경망"),
    "intro": (
        "A recurrent network reads a sequence one step at a time and carries a memory (its hidden state) "
        "from step to step. Forecast a time series from a window of its past, or classify a whole sequence: "
        "an MNIST digit read row by row, or a movie review read word by word.",
        "순환 신경망은 시퀀스를 한 스텝씩 읽으며 기억(은닉 상태)을 다음 스텝으로 넘깁니다. "
        "과거 구간(윈도)으로 시계열의 다음 값을 예측하거나, 시퀀스 전체를 분류해 보세요: "
        "MNIST 숫자를 한 줄씩, 영화 리뷰를 한 단어씩 읽습니다.",
    ),
    "task_label": ("Task", "과제"),
    "target_label": ("The network predicts", "신경망이 예측하는 것"),
    "sentiment_empty": ("Type a few English words first: the model reads words.", "먼저 영어 단어를 몇 개 입력하세요: 모델은 단어를 읽습니다."),
    "task_forecast": ("Forecast a time series", "시계열 예측"),
    "task_classify": ("Classify sequences", "시퀀스 분류"),
    "data_heading": ("Data", "데이터"),
    "model_heading": ("Recurrent layers", "순환층"),
    "training_heading": ("Training", "학습"),
    "imdb_heading": ("Reviews", "리뷰"),
    "series_airline": ("Airline passengers 1949-1960 (144 months)", "항공 승객 수 1949-1960 (144개월)"),
    "series_sine": ("Sine wave plus noise", "사인파 + 잡음"),
    "series_sines": ("Sum of sines", "사인파의 합"),
    "series_trend_season": ("Trend plus season", "추세 + 계절성"),
    "set_mnist5k": ("MNIST digits, read row by row (28 steps x 28 pixels)", "MNIST 숫자를 한 줄씩 읽기 (28 스텝 x 28 픽셀)"),
    "set_imdb": ("IMDB movie reviews, word by word (download)", "IMDB 영화 리뷰, 한 단어씩 (다운로드)"),
    "target_level": ("the next value", "다음 값 자체"),
    "target_change": ("the change from the step before", "직전 스텝 대비 변화량"),
    "target_seasonal_change": ("the change from a season (12 steps) before", "한 주기(12 스텝) 전 대비 변화량"),
    "airline_source": (
        "Data: monthly totals of international airline passengers in thousands, Box & Jenkins (1976), series G.",
        "데이터: 국제선 항공 승객 수(천 명), 월별 합계. Box & Jenkins (1976), series G.",
    ),
    "split_note": (
        "The last {share:.0%} of the series (shaded) is the test part: the network never trains on it. "
        "The split is by time, never random, and the scaling is fitted on the training part only.",
        "시계열의 마지막 {share:.0%}(음영)는 테스트 구간입니다: 신경망은 이 구간으로 학습하지 않습니다. "
        "분할은 무작위가 아니라 시간 순서이며, 스케일링은 학습 구간에만 맞춥니다.",
    ),
    "truth": ("data", "실제 값"),
    "train_predicted": ("one step ahead, training part", "한 스텝 예측, 학습 구간"),
    "test_predicted": ("one step ahead, test part", "한 스텝 예측, 테스트 구간"),
    "forecast": ("forecast {steps} steps past the data, each fed back in", "데이터 이후 {steps} 스텝 예측 (예측을 다시 입력)"),
    "test_part": ("test part", "테스트 구간"),
    "value": ("value", "값"),
    "unit_airline": ("passengers (thousands)", "승객 수 (천 명)"),
    "month": ("month", "월"),
    "step": ("step", "스텝"),
    "epoch": ("epoch", "에포크"),
    "network": ("network", "신경망"),
    "last_value": ("last value", "직전 값"),
    "seasonal_naive": ("seasonal naive", "계절 나이브"),
    "forecast_title": (
        "Truth vs predictions · test RMSE {rmse:.3g} (seasonal naive {seasonal:.3g})",
        "실제 값과 예측 · 테스트 RMSE {rmse:.3g} (계절 나이브 {seasonal:.3g})",
    ),
    "rmse_curve_title": ("Test RMSE vs naive forecasts", "테스트 RMSE 대 나이브 예측"),
    "baselines_heading": ("Does the network beat the naive forecasts?", "신경망이 나이브 예측을 이기나요?"),
    "baselines_explained": (
        "Last value: next month equals this month. Seasonal naive: next month equals the same month a year before. "
        "Both are free; a network is only worth training if its test RMSE is lower.",
        "직전 값: 다음 달 = 이번 달. 계절 나이브: 다음 달 = 1년 전 같은 달. "
        "둘 다 공짜 예측이므로, 테스트 RMSE가 이보다 낮을 때만 신경망을 학습할 가치가 있습니다.",
    ),
    "beats": (
        "Beats the **{baseline}** forecast: test RMSE {network:.3g} vs {base:.3g} ({ratio:.0%} of its error).",
        "**{baseline}** 예측을 이깁니다: 테스트 RMSE {network:.3g} 대 {base:.3g} (오차의 {ratio:.0%}).",
    ),
    "loses": (
        "Does not beat the **{baseline}** forecast: test RMSE {network:.3g} vs {base:.3g} ({ratio:.0%} of its error).",
        "**{baseline}** 예측을 이기지 못합니다: 테스트 RMSE {network:.3g} 대 {base:.3g} (오차의 {ratio:.0%}).",
    ),
    "train_rmse": ("Training-part RMSE: {rmse:.3g}.", "학습 구간 RMSE: {rmse:.3g}."),
    "sentiment_heading": ("Type a review", "리뷰를 입력해 보세요"),
    "sentiment_box": ("Your review (English)", "리뷰 (영어)"),
    "sentiment_default": ("This movie was wonderful, the acting was great and I loved the story.",
                          "This movie was wonderful, the acting was great and I loved the story."),
    "sentiment_button": ("Predict the sentiment", "감성 예측"),
    "sentiment_wait": ("Train the model first; then type a review here.", "먼저 모델을 학습시킨 뒤 여기에 리뷰를 입력하세요."),
    "sentiment_result": ("Positive with probability {p:.0%}", "긍정일 확률 {p:.0%}"),
    "sentiment_positive": ("positive", "긍정"),
    "sentiment_negative": ("negative", "부정"),
    "sentiment_gone": (
        "The trained model is no longer in memory (the run was closed or idle too long): train again.",
        "학습된 모델이 더 이상 메모리에 없습니다(실행이 닫혔거나 너무 오래 쉬었습니다): 다시 학습하세요.",
    ),
    "imdb_missing": (
        "IMDB reviews are not cached on this computer and it is offline: the sentiment task needs them. "
        "Use the MNIST rows instead.",
        "이 컴퓨터에 IMDB 리뷰가 캐시되어 있지 않고 오프라인입니다: 감성 분류에는 이 데이터가 필요합니다. "
        "대신 MNIST 행 읽기를 사용하세요.",
    ),
    "rows_note": (
        "Each digit is a sequence of 28 rows; the network sees one row of 28 pixels per step and names the digit "
        "after the last row.",
        "각 숫자는 28개 행의 시퀀스입니다. 신경망은 스텝마다 28픽셀짜리 행 하나를 보고, 마지막 행을 읽은 뒤 숫자를 맞힙니다.",
    ),
    # refusals of impossible settings (kplay/models/rnn.py, kplay/series/windows.py)
    "error_dataset": (
        "Data: '{dataset}' does not fit the {task} task; pick one of {fits}.",
        "데이터: '{dataset}'은(는) {task} 과제에 맞지 않습니다. {fits} 중 하나를 고르세요.",
    ),
    "error_horizon": (
        "Forecast horizon: 0 steps forecasts nothing past the data. Set it to 1 or more.",
        "예측 구간: 0스텝으로는 데이터 너머를 아무것도 예측하지 않습니다. 1 이상으로 하세요.",
    ),
    "error_window_long": (
        "Window length: a window of {window} steps is longer than the training part of the series "
        "({usable} usable of {length} steps). Use a window of at most {most}, or a longer series.",
        "윈도 길이: {window}스텝 윈도는 시계열의 훈련 부분({length}스텝 중 쓸 수 있는 {usable}스텝)보다 깁니다. "
        "윈도를 {most} 이하로 하거나 더 긴 시계열을 쓰세요.",
    ),
    "error_window_few": (
        "Window length: a window of {window} steps leaves only {left} training examples "
        "in a training part of {usable} usable steps. Use a window of at most {most}, or a longer series.",
        "윈도 길이: {window}스텝 윈도로는 쓸 수 있는 {usable}스텝의 훈련 부분에서 훈련 샘플이 {left}개만 남습니다. "
        "윈도를 {most} 이하로 하거나 더 긴 시계열을 쓰세요.",
    ),
    "error_no_words": (
        "Type a few English words first: the model reads words, and found none.",
        "먼저 영어 단어를 몇 개 입력하세요. 모델은 단어를 읽는데, 단어를 하나도 찾지 못했습니다.",
    ),
}
