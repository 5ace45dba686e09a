package dev.allocbudget.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.model.AllocationSite;
import dev.allocbudget.core.model.Budget;
import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.Environment;
import dev.allocbudget.core.model.Results;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** report.html shows every site the JSON holds: the biggest at once, the others behind an expander. */
class HtmlSitesTest {

    @Test
    void everySiteIsOnThePageTheBiggestFirst() {
        List<AllocationSite> sites = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sites.add(new AllocationSite("com.acme.Type" + i, 1, 16 * (8 - i), List.of("com.acme.Hot.m(Hot.java:" + i + ")")));
        }
        double bytes = sites.stream().mapToDouble(AllocationSite::bytesPerOp).sum();
        CheckOutcome outcome = new CheckOutcome(new Environment("17", "v", "vm", "G1", "p"), List.of(
                Results.measured("a.B#c", Results.figure(bytes, Results.counted(8, sites), null), Budget.NONE, null,
                        List.of(), Duration.ZERO)), null, Duration.ZERO);
        String html = HtmlReport.render(outcome);
        assertEquals(8, Pattern.compile("<li><div class=\"site-head\">").matcher(html).results().count());
        for (int i = 0; i < 8; i++) {
            assertTrue(html.contains("Hot.java:" + i + ")"), "site " + i);
        }
        assertTrue(html.contains("Allocation sites per call (8)"));
        assertTrue(html.contains("<summary>3 more sites</summary>\n<ol start=\"6\">"));
        assertEquals(1, Pattern.compile("more-sites").matcher(html).results().count());
    }
}
