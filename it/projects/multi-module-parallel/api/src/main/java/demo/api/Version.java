package demo.api;

/** A module without tests: the check has nothing to look at here. */
public final class Version {
    private Version() {}

    public static int major() {
        return 1;
    }
}
