package demo;

/** The same in both versions of the code. */
public final class Names {
    public String name(int i) {
        return "n" + i;
    }
}
