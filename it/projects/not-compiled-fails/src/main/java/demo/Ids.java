package demo;

public final class Ids {
    private Ids() {}

    public static int unboxed(int value) {
        return value * 31;
    }
}
