package demo;

/** Test code without any @AllocationBudget method: there is nothing for the check to measure. */
public class SlugsCheck {
    public String title = " Hello World ";

    public String slug() {
        return Slugs.slug(title);
    }

    public static void main(String[] args) {
        if (!new SlugsCheck().slug().equals("hello-world")) {
            throw new AssertionError();
        }
    }
}
