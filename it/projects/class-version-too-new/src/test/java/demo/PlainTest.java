package demo;

/** Not a budget class: that it cannot be loaded either is only mentioned. */
public class PlainTest {
    public int answer() {
        return 42;
    }
}
