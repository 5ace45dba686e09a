package demo;

public final class Slugs {
    private Slugs() {}

    /** A budget in the main code, where the check never looks: the build says so. */
    @dev.allocbudget.AllocationBudget(bytes = 0)
    public static String slug(String title) {
        return title.trim().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
