/**
 * Code that runs inside the forked JVM, next to the user's test classes. {@link dev.allocbudget.runner.ForkedMain}
 * is the fork's entry: it discovers budget methods ({@link dev.allocbudget.runner.Discovery}) or measures one, and
 * reports through {@link dev.allocbudget.runner.protocol}. Sub-packages: {@code shape} (what a budget method may look
 * like, and the JMH state it is set up with), {@code measure} (the measuring loop, the counters and the settle rule),
 * {@code count} (objects and their allocation sites).
 */
package dev.allocbudget.runner;
