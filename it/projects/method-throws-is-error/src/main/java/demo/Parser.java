package demo;

/** Production code that fails after a while, as code with a latent bug does once the input changes. */
public final class Parser {
    private Parser() {}

    public static int parse(String text, int call) {
        if (call > 5_000) {
            throw new IllegalStateException("boom");
        }
        return text.length();
    }
}
