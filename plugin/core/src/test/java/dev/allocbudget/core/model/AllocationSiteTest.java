package dev.allocbudget.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationSiteTest {

    private static int user(String... frames) {
        return new AllocationSite("java.lang.Long", 1, 24, List.of(frames)).firstUserFrame();
    }

    @Test
    void theUsersLineIsTheFirstFrameOutsideTheJdk() {
        assertEquals(1, user("java.lang.Long.valueOf(Long.java:1211)", "com.acme.Hot.count(Hot.java:36)"));
        assertEquals(0, user("com.acme.Hot.count(Hot.java:36)"));
        assertEquals(-1, user("java.lang.Long.valueOf(Long.java:1211)", "jdk.internal.Foo.bar(Foo.java:1)"));
    }

    @Test
    void aLambdasGeneratedFrameIsNotTheUsersLine() {
        assertEquals(2, user("java.lang.Long.valueOf(Long.java:1211)", "com.acme.Hot$$Lambda.apply(Unknown Source)",
                "com.acme.Hot.count(Hot.java:36)"));
        assertEquals(-1, user("com.acme.Hot$$Lambda.apply(Unknown Source)"));
    }

    @Test
    void sitesThatReadTheSameAreOneSumBiggestFirst() {
        AllocationSite viaA = new AllocationSite("byte[]", 1, 24, List.of("java.util.Arrays.copyOf(Arrays.java:3537)",
                "com.acme.Codec.encode(Codec.java:42)", "com.acme.Router.a(Router.java:10)"));
        AllocationSite viaB = new AllocationSite("byte[]", 1, 24, List.of("java.util.Arrays.copyOf(Arrays.java:3537)",
                "com.acme.Codec.encode(Codec.java:42)", "com.acme.Router.b(Router.java:20)"));
        AllocationSite other = new AllocationSite("java.lang.Integer", 1, 16, List.of(
                "java.lang.Integer.valueOf(Integer.java:1081)", "com.acme.Codec.encode(Codec.java:43)"));
        AllocationSite otherThread = new AllocationSite("byte[]", 1, 24, viaA.frames(), "pool-1-thread-1");
        List<AllocationSite> merged = AllocationSite.merged(List.of(other, viaA, otherThread, viaB));
        assertEquals(List.of(48.0, 24.0, 16.0), merged.stream().map(AllocationSite::bytesPerOp).toList());
        assertEquals(2.0, merged.get(0).objectsPerOp());
        assertEquals(viaA.frames(), merged.get(0).frames());
        assertEquals("pool-1-thread-1", merged.get(1).thread());
    }
}
