package dev.allocbudget.runner.shape;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The other half is in JmhForkTest: a fork started with the flags runs JMH's Blackhole as a compiler blackhole. */
class CompilerBlackholesTest {
    @Test
    void aJvmStartedWithoutTheBlackholeCommandKeepsJmhsFallback() {
        // this test JVM has no -XX:CompileCommand=blackhole: with the property, consume would be an empty method
        assertFalse(CompilerBlackholes.honoured());
    }
}
