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
}
