package dev.allocbudget.core.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ForkProcessTest {

    @Test
    void argumentFileQuotingSurvivesSpacesQuotesAndBackslashes() {
        assertEquals("\"C:\\\\My Dir\\\\a \\\"b\\\".jar\"", ForkProcess.quote("C:\\My Dir\\a \"b\".jar"));
    }
}
