package dev.allocbudget.runner.count;

import dev.allocbudget.runner.measure.MeasurementLoop;
import dev.allocbudget.runner.measure.SteadyStateMeter;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SitesTest {

    @Test
    void signaturesBecomeJavaTypeNames() {
        assertEquals("java.lang.String", Sites.typeName("Ljava/lang/String;"));
        assertEquals("byte[]", Sites.typeName("[B"));
        assertEquals("java.lang.Object[][]", Sites.typeName("[[Ljava/lang/Object;"));
        assertEquals("java.util.HashMap$Node", Sites.typeName("Ljava/util/HashMap$Node;"));
        assertEquals("demo.Foo$$Lambda", Sites.typeName("Ldemo/Foo$$Lambda$32.0x00007ff100006620;"));
    }

    @Test
    void harnessFramesAreCutAndSitesThatDifferOnlyThereMerge() {
        String user = "Ljava/lang/Integer;|valueOf|Integer.java|1081\tLdemo/Ids;|boxed|Ids.java|8";
        List<Sites.Site> sites = Sites.parse(List.of(
                "10\t160\tmain\tLjava/lang/Integer;\t" + user
                        + "\tLjava/lang/invoke/LambdaForm$DMH;|invokeVirtual|LambdaForm$DMH|-1"
                        + "\tLdev/allocbudget/runner/MeasurementLoop;|allocatedBy|MeasurementLoop.java|50"
                        + "\tLdev/allocbudget/runner/SteadyStateMeter;|measure|SteadyStateMeter.java|90",
                "6\t96\tmain\tLjava/lang/Integer;\t" + user
                        + "\tLdev/allocbudget/runner/ObjectCounter;|count|ObjectCounter.java|70",
                "1\t24\tmain\t[B\tLdemo/Ids;|boxed|?|-1"));
        assertEquals(List.of(
                new Sites.Site(16, 256, "main", "java.lang.Integer",
                        List.of("java.lang.Integer.valueOf(Integer.java:1081)", "demo.Ids.boxed(Ids.java:8)")),
                new Sites.Site(1, 24, "main", "byte[]", List.of("demo.Ids.boxed(Unknown Source)"))), sites);
    }

    @Test
    void aLambdaAllocatedByItsFactoryIsTheSameSiteAsOneAllocatedInline() {
        String site = "Ldemo/K;|capturedLambda|K.java|39";
        List<Sites.Site> sites = Sites.parse(List.of(
                "7\t112\tmain\tLdemo/K$$Lambda.0x1;\tLjdk/internal/misc/Unsafe;|allocateInstance|Unsafe.java|-1\t" + site,
                "1\t16\tmain\tLdemo/K$$Lambda.0x1;\t" + site));
        assertEquals(List.of(new Sites.Site(8, 128, "main", "demo.K$$Lambda", List.of("demo.K.capturedLambda(K.java:39)"))),
                sites);
    }

    @Test
    void theSameLineOnAnotherThreadIsAnotherSite() {
        String frames = "\tLdemo/Work;|run|Work.java|12\tLjava/lang/Thread;|run|Thread.java|833";
        List<Sites.Site> sites = Sites.parse(List.of(
                "4\t1056\tpool-1-thread-1\t[B" + frames,
                "1\t264\tpool-1-thread-2\t[B" + frames,
                "2\t528\tpool-1-thread-1\t[B" + frames));
        List<String> both = List.of("demo.Work.run(Work.java:12)", "java.lang.Thread.run(Thread.java:833)");
        assertEquals(List.of(new Sites.Site(6, 1584, "pool-1-thread-1", "byte[]", both),
                new Sites.Site(1, 264, "pool-1-thread-2", "byte[]", both)), sites);
    }

    @Test
    void aStackCutByTheAgentsDepthLimitEndsWithTheMarkerAndOneThatReachedTheHarnessDoesNot() {
        String deep = "\tLdemo/Deep;|down|Deep.java|7".repeat(3);
        List<Sites.Site> sites = Sites.parse(List.of(
                "1\t16\tmain\tLjava/lang/Object;" + deep + "\t[truncated]",
                "1\t24\tmain\t[B" + deep + "\tLdev/allocbudget/runner/MeasurementLoop;|allocatedBy|M.java|5"
                        + "\t[truncated]"));
        List<String> down = java.util.Collections.nCopies(3, "demo.Deep.down(Deep.java:7)");
        List<String> cut = new java.util.ArrayList<>(down);
        cut.add(dev.allocbudget.runner.protocol.Event.Site.TRUNCATED);
        assertEquals(List.of(new Sites.Site(1, 16, "main", "java.lang.Object", cut),
                new Sites.Site(1, 24, "main", "byte[]", down)), sites);
    }
}
