package dev.allocbudget;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a method is a hot path whose steady-state allocation per call is measured, and optionally limited,
 * by {@code mvn verify} (goal {@code allocbudget:check}).
 *
 * <p>The method lives in the module's test classes. Its class is public (top level or static nested) with a public
 * no-argument constructor; the class is instantiated once per measured method, so its fields are the state the
 * method works on. The method is public, non-static and takes no parameters (or, with JMH on the test classpath,
 * JMH's: a {@code Blackhole} and {@code @State} classes, with {@code @Param} rows and {@code @Setup}/{@code @TearDown}
 * applied as JMH applies them); it may return anything or nothing.
 * The returned value is consumed so that the JIT cannot drop the work that produced it.
 *
 * <pre>{@code
 * @AllocationBudget(bytes = 0)
 * public Route staticRoute() { return router.find("/users"); }
 * }</pre>
 *
 * <p>The figures compared with the budget are the bytes and the objects one call allocates once the JIT has compiled
 * the code (C2, with escape analysis as in production), on the JVM the check runs with:
 * {@code @AllocationBudget(bytes = 1024, objects = 2)} reads "under 1 KB and at most 2 objects per call".
 * <p>A method that allocates differently on different Java versions can have one budget per range of versions
 * ({@link #java()}): the budget for the Java the check's forks run on applies.
 * <pre>{@code
 * @AllocationBudget(bytes = 296)                 // every Java no other budget names
 * @AllocationBudget(bytes = 96, java = "21+")    // Java 21 and later
 * public int writeEvent() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(AllocationBudgets.class)
public @interface AllocationBudget {

    /** Value of {@link #bytes()} meaning "no absolute limit": the method is measured and reported only. */
    long UNLIMITED = -1;

    /**
     * The most bytes one call may allocate in steady state; {@code 0} means allocation-free. The default,
     * {@value #UNLIMITED}, sets no limit: the method is still measured and reported.
     */
    long bytes() default UNLIMITED;

    /**
     * The most objects one call may allocate in steady state; {@code 0} means allocation-free. The default,
     * {@value #UNLIMITED}, sets no limit. Counting objects costs a fraction of a second per method, so it runs only
     * for methods with an objects budget, methods over a budget, and with {@code -Dallocbudget.sites=true}.
     */
    long objects() default UNLIMITED;

    /** Value of {@link #tolerancePercent()} meaning "the build's default" ({@code allocbudget.baselineTolerancePercent}). */
    double BUILD_DEFAULT = -1;

    /**
     * How far, in percent, this method's figures may rise above their baseline before the check reports the method
     * as regressed (and how far they must fall to count as improved). Allocation figures are exact, so the default
     * tolerance is 0; give one to methods whose figure is amortized, such as a buffer grown every few thousand
     * calls, whose per-call average depends on how many calls a measurement window holds. Annotation budgets are
     * hard limits and get no tolerance. The default, {@value #BUILD_DEFAULT}, takes the build's
     * {@code allocbudget.baselineTolerancePercent} (itself 0 unless set).
     */
    double tolerancePercent() default BUILD_DEFAULT;

    /**
     * Whether the figures of an earlier build may be reused when nothing they depend on changed: the classes and
     * resources the method's forks loaded through class loaders, the JDK, the forks' flags, the machine and the
     * plugin. {@code false} for a method whose allocation depends on something else: a file it reads with
     * {@code java.io}, an environment variable, the time of day. It is then measured in every build.
     */
    boolean reuse() default true;

    /**
     * The Java feature versions this budget is for, when a method has budgets for several: {@code "21+"} (21 and
     * later), {@code "17-20"}, {@code "17"}. The default, {@code ""}, is the budget for every version that no other
     * budget of the method names; at most one budget of a method has no range, and no two ranges share a version.
     * On a Java that no budget covers, the method is measured and reported with no limit.
     */
    String java() default "";

    /**
     * How many threads call the method at once, on the one instance of its class (JMH's {@code @Threads} with
     * {@code Scope.Benchmark} state): {@code threads = 4} measures it as a server with four request threads runs it,
     * where code that allocates more under contention (a compare-and-set loop that copies, and copies again when it
     * loses) shows it. The figure is every byte all threads allocated over all calls, divided by the calls, as JMH's
     * {@code -t 4} figure is; the report also gives each thread's part. State a thread must not share lives in the
     * method's own {@code ThreadLocal}. A figure that depends on how the threads race is a mean over 3 s of calls
     * after 2 s of warm-up (about 6 s a fork; 3 s for one that is alike in every window), in which the threads ran at
     * once: on cores other processes keep busy they race less, and the method is then an error that says so. Such a
     * fork takes {@code threads} of the build's parallel forks. The default, {@code 1}, calls it from one thread.
     */
    int threads() default 1;
}
