"""Text of the GAN page (ch.7) and its charts."""

MESSAGES = {
    "title": ("GAN: two networks play a game", "GAN: 두 신경망의 게임"),
    "intro": (
        "A **generator** G turns random noise into samples; a **discriminator** D tries to tell them from real data. "
        "Each learns from the other: when D can no longer tell, both verdicts sit near 0.5 and the samples look real. "
        "Start with the 1-D GAN (it learns a bell curve in seconds), then let the DCGAN draw digits.",
        "**생성자** G는 무작위 잡음을 샘플로 바꾸고, **판별자** D는 그것을 진짜 데이터와 구별하려 합니다. "
        "둘은 서로에게서 배웁니다. D가 더 이상 구별하지 못하면 두 판정이 모두 0.5 근처에 머물고 샘플은 진짜처럼 보입니다. "
        "1차원 GAN(몇 초 만에 종 모양 분포를 배웁니다)으로 시작한 뒤, DCGAN이 숫자를 그리게 해 보세요.",
    ),
    "kind": ("GAN", "GAN 종류"),
    "kind_1d": ("1-D GAN: learn a bell curve", "1차원 GAN: 종 모양 분포 배우기"),
    "kind_image": ("DCGAN: draw MNIST digits", "DCGAN: MNIST 숫자 그리기"),
    "kind_note": ("Switching loads that GAN's first preset.", "종류를 바꾸면 그 GAN의 첫 프리셋을 불러옵니다."),
    "target": ("Target distribution", "목표 분포"),
    "networks": ("Networks", "신경망"),
    "training": ("Training", "학습"),
    "real": ("real", "진짜"),
    "generated": ("generated", "생성"),
    "d_curve": ("D(x): how real D thinks x is", "D(x): D가 보기에 x가 진짜일 확률"),
    "axis_density": ("density", "밀도"),
    "axis_epoch": ("epoch", "에포크"),
    "distribution_title": ("Real vs generated samples, and D's verdict", "진짜와 생성 샘플, 그리고 D의 판정"),
    "losses_title": ("Losses of D and G", "D와 G의 손실"),
    "d_loss": ("D loss", "D 손실"),
    "g_loss": ("G loss", "G 손실"),
    "d_loss_batch": ("D loss per batch", "배치별 D 손실"),
    "verdicts_title": ("Mean D(x) and D(G(z))", "D(x)와 D(G(z))의 평균"),
    "d_real": ("D(x) on real samples", "진짜 샘플의 D(x)"),
    "d_fake": ("D(G(z)) on generated samples", "생성 샘플의 D(G(z))"),
    "balance": ("0.5: D cannot tell", "0.5: D가 구별하지 못함"),
    "real_mean": ("Real mean", "진짜 평균"),
    "real_std": ("Real std", "진짜 표준편차"),
    "fake_mean": ("Generated mean", "생성 평균"),
    "fake_std": ("Generated std", "생성 표준편차"),
    "samples_title": ("Samples from the same fixed noise · epochs done: {epoch}", "같은 고정 잡음에서 나온 샘플 · 에포크 {epoch}회 완료"),
    "waiting": ("The first samples appear after a few seconds of training.", "학습을 몇 초 하면 첫 샘플이 나타납니다."),
    "timeline": ("Timeline: kept sample grids", "타임라인: 저장된 샘플 격자"),
    "timeline_title": ("After {seconds:.0f} s of training · epochs done: {epoch}", "학습 {seconds:.0f}초 후 · 에포크 {epoch}회 완료"),
    "timeline_help": (
        "Scrub back through the grids kept while training: the same noise, drawn by an ever better generator.",
        "학습 중 저장한 격자를 되돌려 보세요. 같은 잡음을 점점 나아지는 생성자가 그린 것입니다.",
    ),
    "interpolation": ("Walk through latent space", "잠재 공간 걷기"),
    "interpolation_note": (
        "Pick two samples of the grid (counted row by row from 1): the generator draws the points on the straight line between their noise vectors.",
        "격자에서 샘플 두 개를 고르세요(왼쪽 위부터 줄마다 1, 2, ...). 두 잡음 벡터를 잇는 직선 위의 점들을 생성자가 그립니다.",
    ),
    "columns_are_digits": (
        "Conditioned on the digit: each column is asked for one digit, 0 to 9 from left to right. "
        "A walk between two columns morphs one digit into the other.",
        "숫자 조건부: 각 열은 숫자 하나를 요청받습니다. 왼쪽부터 0에서 9까지입니다. "
        "서로 다른 열의 두 샘플 사이를 걸으면 한 숫자가 다른 숫자로 바뀝니다.",
    ),
    "sample_a": ("Sample A", "샘플 A"),
    "sample_b": ("Sample B", "샘플 B"),
    "interpolate": ("Interpolate", "보간하기"),
    "interpolation_title": ("From sample {a} to sample {b}", "샘플 {a}에서 샘플 {b}까지"),
    "collapse": (
        "**Mode collapse**: the samples are near-copies of each other (diversity {score:.2f} of the real data's). "
        "The generator found one output that fools D and stopped exploring. Try a lower learning rate, label smoothing, "
        "or fewer discriminator steps.",
        "**모드 붕괴**: 샘플들이 서로 거의 똑같습니다(다양성이 진짜 데이터의 {score:.2f}배). "
        "생성자가 D를 속이는 출력 하나를 찾고 탐색을 멈췄습니다. 학습률을 낮추거나, 레이블 스무딩을 쓰거나, 판별자 단계를 줄여 보세요.",
    ),
    "diversity": ("Diversity of the samples: {score:.2f} of the real data's (near 0 means mode collapse).",
                  "샘플의 다양성: 진짜 데이터의 {score:.2f}배 (0에 가까우면 모드 붕괴)."),
    "diversity_early": (
        "Diversity of the samples: {score:.2f} of the real data's. Too early to judge: an untrained generator draws "
        "near-identical blobs, so mode collapse is named only from epoch {epoch} on.",
        "샘플의 다양성: 진짜 데이터의 {score:.2f}배. 아직 판단하기 이릅니다. 학습 전의 생성자는 거의 같은 얼룩을 그리므로 "
        "모드 붕괴는 에포크 {epoch}부터 판단합니다.",
    ),
    # refusals of impossible settings (kplay/models/gan.py)
    "error_batch": (
        "Batch size {batch} is too small for a GAN: the discriminator compares real and fake "
        "examples per batch. Use at least {least}.",
        "배치 크기 {batch}은(는) GAN에 너무 작습니다. 판별자는 배치마다 진짜와 가짜 샘플을 비교합니다. "
        "{least} 이상으로 하세요.",
    ),
    "error_width": (
        "Generator width {width} must be even: its second block has half as many filters.",
        "생성자 너비 {width}은(는) 짝수여야 합니다. 두 번째 블록의 필터 수가 그 절반이기 때문입니다.",
    ),
}
