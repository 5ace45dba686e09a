package dev.allocbudget.core.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocbudget.jmh.JmhMain;
import org.junit.jupiter.api.Test;

class JmhDriverTest {

    @Test
    void theForksStartTheDriversMainClass() {
        assertEquals(JmhMain.class.getName(), ForkLauncher.JMH_MAIN);
    }
}
