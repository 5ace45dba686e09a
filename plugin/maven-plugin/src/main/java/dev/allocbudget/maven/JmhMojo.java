package dev.allocbudget.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The check with JMH: every {@code @AllocationBudget} method is measured by the check and then run under JMH with
 * its GC profiler; the reports show time per call with its error and JMH's {@code gc.alloc.rate.norm} beside the
 * check's bytes/op. The same as {@code check -Dallocbudget.jmh=true}; compiles the tests first, so
 * {@code mvn allocbudget:jmh} works on its own.
 */
@Mojo(name = "jmh", threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST)
@Execute(phase = LifecyclePhase.TEST_COMPILE)
public class JmhMojo extends CheckMojo {
    @Override
    boolean runsJmh() {
        return true;
    }
}
