package demo.lib;

import demo.util.Pairs;

public final class Prices {
    private Prices() {}

    /** Boxes the price: a new Integer per call above the boxing cache. */
    public static Integer boxed(int cents) {
        return cents;
    }

    public static long range(long low) {
        long[] pair = Pairs.pair(low, low * 2);
        return pair[1] - pair[0];
    }
}
