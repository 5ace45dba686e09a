package demo;

public final class Slugs {
    private Slugs() {}

    public static String slug(String title) {
        return title.trim().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
