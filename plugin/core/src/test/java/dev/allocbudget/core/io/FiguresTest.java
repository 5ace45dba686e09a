package dev.allocbudget.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void figuresUseAtMostThreeDecimalsAndNoLocale() {
        assertEquals("0", Figures.number(0));
        assertEquals("12.5", Figures.number(12.5));
        assertEquals("48.392", Figures.number(48.392));
        assertEquals("0.333", Figures.number(1.0 / 3));
        assertEquals("50", Figures.percent(50.0));
        assertEquals("5.5", Figures.percent(5.5));
        assertEquals("12", Figures.percent(12.4));
    }
}
