package io.github.otklik.synthetic.response;

import java.util.SplittableRandom;

/** Small deterministic helpers on {@link SplittableRandom}; {@link StrictMath} keeps results identical everywhere. */
final class Randoms {
    private Randoms() {
    }

    /** A standard normal deviate (Box–Muller). */
    static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    }

    /** {@code x} clamped to [0, 1]. */
    static double clamp01(double x) {
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }
}
