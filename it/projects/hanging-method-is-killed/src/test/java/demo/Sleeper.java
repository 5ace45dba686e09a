package demo;

/** A child process of the hanging method: it must die with the fork, not outlive the build. */
public class Sleeper {
    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(60_000);
    }
}
