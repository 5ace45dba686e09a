package dev.allocbudget.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.allocbudget.core.AllocationSite;
import dev.allocbudget.core.BaselineComparison;
import dev.allocbudget.core.BaselineEntry;
import dev.allocbudget.core.BaselineUse;
import dev.allocbudget.core.Budget;
import dev.allocbudget.core.CheckOutcome;
import dev.allocbudget.core.Environment;
import dev.allocbudget.core.MethodResult;
import dev.allocbudget.core.ObjectCount;
import dev.allocbudget.core.Verdict;
import dev.allocbudget.core.io.JsonReader;
import dev.allocbudget.core.io.JsonWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens {@code report.html} in a real headless Chromium, as a phone (390 px, the width of most phones) and as a
 * desktop (and as a phone in dark mode), and checks what a person would see: every method, nothing wider than the screen, the failing methods first
 * and red, a message's markup shown as text, and no request but the file itself. The screenshots it leaves in
 * {@code target/html-report-test/} are for a human to look at.
 *
 * <p>Skipped when there is no Chromium, unless {@code ALLOCBUDGET_REQUIRE_CHROMIUM} is set (as CI does). Over 300
 * lines because the page is loaded once per layout for all the checks (Chromium is slow to start); split, each part
 * would load it again.
 */
class HtmlReportChromiumTest {
    private static final Path OUT = Path.of("target", "html-report-test").toAbsolutePath();
    private static final String PHONE =
            "{\"width\":390,\"height\":844,\"deviceScaleFactor\":2,\"mobile\":true}";
    private static final String DESKTOP =
            "{\"width\":1280,\"height\":900,\"deviceScaleFactor\":1,\"mobile\":false}";
    private static final String SCRIPT_IN_MESSAGE = "<script>alert(\"x & 'y'\")</script>";

    /** Reads what the page shows: viewport, overflow, and per method card its box, colours and texts. */
    private static final String LAYOUT = """
            (() => {
              const background = el => el ? getComputedStyle(el).backgroundColor : '';
              const text = el => el ? el.textContent : '';
              const cards = [...document.querySelectorAll('section.method')].map(card => {
                const box = card.getBoundingClientRect();
                return {
                  id: card.dataset.id, verdict: card.dataset.verdict, shownId: card.querySelector('.id').innerText,
                  visible: card.checkVisibility(), left: box.left, right: box.right, top: box.top + scrollY,
                  width: box.width, height: box.height,
                  border: getComputedStyle(card).borderLeftColor,
                  badge: background(card.querySelector('.badge')),
                  measured: background(card.querySelector('.bar.measured')),
                  message: text(card.querySelector('.message')),
                  sites: card.querySelectorAll('.sites li').length
                };
              });
              const overflowing = [...document.body.querySelectorAll('*')]
                .filter(el => el.getBoundingClientRect().right > innerWidth + 0.5)
                .map(el => el.tagName.toLowerCase() + '.' + el.className);
              return JSON.stringify({
                innerWidth, scrollWidth: document.documentElement.scrollWidth,
                scripts: document.querySelectorAll('script').length, overflowing, cards
              });
            })()""";

    private static CheckOutcome outcome;
    private static String reportUrl;
    private static JsonReader.Node phone;
    private static JsonReader.Node desktop;
    private static JsonReader.Node phoneDark;
    private static List<String> requested;

    @BeforeAll
    static void openTheReportOnAPhoneAndADesktop() throws Exception {
        Path chromium = chromiumOrSkip();
        outcome = outcome();
        reportUrl = HtmlReport.write(outcome, OUT).toUri().toString();
        try (HeadlessChromium browser = HeadlessChromium.start(chromium)) {
            browser.send("Network.enable", "{}");
            browser.send("Emulation.setDeviceMetricsOverride", PHONE);
            browser.send("Page.enable", "{}");
            browser.send("Page.navigate", "{\"url\":" + JsonWriter.string(reportUrl) + "}");
            browser.awaitEvent("Page.loadEventFired");
            phone = browser.evaluateJson(LAYOUT);
            browser.screenshot(OUT.resolve("report-phone.png"));
            browser.send("Emulation.setDeviceMetricsOverride", DESKTOP);
            desktop = browser.evaluateJson(LAYOUT);
            browser.screenshot(OUT.resolve("report-desktop.png"));
            browser.send("Emulation.setDeviceMetricsOverride", PHONE);
            browser.send("Emulation.setEmulatedMedia",
                    "{\"features\":[{\"name\":\"prefers-color-scheme\",\"value\":\"dark\"}]}");
            phoneDark = browser.evaluateJson(LAYOUT);
            browser.screenshot(OUT.resolve("report-phone-dark.png"));
            requested = browser.events("Network.requestWillBeSent").stream()
                    .map(e -> e.get("request").get("url").asString()).toList();
        }
    }

    private static Path chromiumOrSkip() {
        Path found = HeadlessChromium.find().orElse(null);
        if (found != null) {
            return found;
        }
        String required = System.getenv("ALLOCBUDGET_REQUIRE_CHROMIUM");
        if ("1".equals(required) || "true".equalsIgnoreCase(required)) {
            fail("ALLOCBUDGET_REQUIRE_CHROMIUM is set, but there is no chromium, chromium-browser or google-chrome"
                    + " on the PATH: install Debian's chromium package (apt-get install chromium), or point"
                    + " ALLOCBUDGET_CHROMIUM at a Chromium executable");
        }
        Assumptions.abort("no Chromium found (chromium, chromium-browser or google-chrome on the PATH, or"
                + " ALLOCBUDGET_CHROMIUM): the HTML report is not checked in a browser");
        return null;
    }

    @Test
    void everyMethodIsShownInAVisibleCardWithinThePhonesWidth() {
        Map<String, JsonReader.Node> cards = cardsById(phone);
        assertEquals(outcome.results().stream().map(MethodResult::id).sorted().toList(),
                cards.keySet().stream().sorted().toList());
        double width = number(phone, "innerWidth");
        for (JsonReader.Node card : cards.values()) {
            String id = card.get("id").asString();
            assertEquals(id, card.get("shownId").asString(), "the id as displayed");
            assertEquals(Boolean.TRUE, card.get("visible").value(), id + " is visible");
            assertTrue(number(card, "width") > 0 && number(card, "height") > 0, id + " has an empty box");
            assertTrue(number(card, "left") >= 0 && number(card, "right") <= width,
                    id + " sticks out of the " + width + " px viewport: " + card.map());
        }
    }

    @Test
    void nothingScrollsSidewaysOnAPhoneOrADesktop() {
        assertEquals(390, number(phone, "innerWidth"), "the phone viewport");
        for (JsonReader.Node layout : List.of(phone, desktop)) {
            assertTrue(number(layout, "scrollWidth") <= number(layout, "innerWidth"),
                    "the page is wider than the viewport: " + layout.get("scrollWidth").asNumber() + " px > "
                            + layout.get("innerWidth").asNumber() + " px");
            assertEquals(List.of(), layout.get("overflowing").list().stream().map(JsonReader.Node::asString).toList(),
                    "elements wider than the " + layout.get("innerWidth").asNumber() + " px viewport");
        }
    }

    @Test
    void failingMethodsComeFirst() {
        List<JsonReader.Node> cards = phone.get("cards").list();
        List<JsonReader.Node> failing = withVerdict(phone, false);
        List<JsonReader.Node> passing = withVerdict(phone, true);
        assertEquals(3, failing.size(), "FAIL, REGRESSED and ERROR");
        assertEquals(failing, cards.subList(0, failing.size()), "failing methods first, in document order");
        double lastFailing = failing.stream().mapToDouble(c -> number(c, "top")).max().orElseThrow();
        double firstPassing = passing.stream().mapToDouble(c -> number(c, "top")).min().orElseThrow();
        assertTrue(lastFailing < firstPassing, "failing methods are shown above the passing ones");
    }

    @Test
    void failingMethodsHaveARedBadgeBorderAndBarInLightAndDarkMode() {
        for (JsonReader.Node layout : List.of(phone, phoneDark)) {
            JsonReader.Node pass = withVerdict(layout, true).get(0);
            for (JsonReader.Node card : withVerdict(layout, false)) {
                String id = card.get("id").asString();
                assertRed(card, "badge");
                assertRed(card, "border");
                if (!"ERROR".equals(card.get("verdict").asString())) {
                    assertRed(card, "measured");
                }
                assertNotEquals(pass.get("badge").asString(), card.get("badge").asString(), id + " badge as a pass's");
                assertNotEquals(pass.get("border").asString(), card.get("border").asString(), id + " border as a pass's");
            }
            for (JsonReader.Node card : withVerdict(layout, true)) {
                assertFalse(isRed(card.get("border").asString()), card.get("id").asString() + " passed but looks red");
                assertFalse(isRed(card.get("measured").asString()), card.get("id").asString() + " passed but its bar is red");
            }
        }
        assertNotEquals(phone.get("cards").at(0).get("border").asString(),
                phoneDark.get("cards").at(0).get("border").asString(), "dark mode has colours of its own");
    }

    @Test
    void violationsShowTheirMessageAndTopAllocationSites() {
        Map<String, JsonReader.Node> cards = cardsById(phone);
        for (MethodResult r : outcome.results()) {
            JsonReader.Node card = cards.get(r.id());
            if (r.verdict() != Verdict.PASS) {
                assertEquals(r.message(), card.get("message").asString(), r.id() + " message");
            }
            if (r.verdict().isViolation()) {
                int expected = Math.min(5, r.objects().sites().size());
                assertEquals(expected, number(card, "sites"), r.id() + " allocation sites shown");
            }
        }
    }

    @Test
    void markupInAMessageIsShownAsTextAndNeverRuns() {
        assertEquals(0, number(phone, "scripts"), "<script> elements on the page");
        JsonReader.Node error = phone.get("cards").list().stream()
                .filter(c -> "ERROR".equals(c.get("verdict").asString())).findFirst().orElseThrow();
        assertTrue(error.get("message").asString().contains(SCRIPT_IN_MESSAGE), error.get("message").asString());
    }

    @Test
    void thePageFetchesNothingButItself() {
        assertEquals(List.of(reportUrl), requested, "network requests");
    }

    // ---------------------------------------------------------------- the outcome shown

    /** One method of each kind a report shows, with ids and messages that need escaping and wrapping. */
    static CheckOutcome outcome() {
        String pkg = "dev.allocbudget.examples.";
        BaselineEntry routeTable = new BaselineEntry(32, 2.0, "one String for the path segment");
        MethodResult zero = new MethodResult(pkg + "RouterBudget#staticRoute", 0.0, null, new Budget(0L, null),
                same(new BaselineEntry(0, null, null)), Verdict.PASS, null, Duration.ofMillis(612));
        MethodResult withinBudget = new MethodResult(pkg + "RouterBudget#paramAsString", 24.0, null,
                new Budget(24L, null), same(new BaselineEntry(24, null, null)), Verdict.PASS, null,
                Duration.ofMillis(655));
        MethodResult improved = new MethodResult(pkg + "NaiveRouterBudget#dynamicRoute", 520.0, null, Budget.NONE,
                new BaselineComparison(BaselineComparison.Status.IMPROVED,
                        new BaselineEntry(584, null, "regex router, kept as the slow reference")),
                Verdict.PASS, pkg + "NaiveRouterBudget#dynamicRoute: bytes/op is 520, below baseline 584 (-64 B, -11%)",
                Duration.ofMillis(540));
        MethodResult isNew = new MethodResult(pkg + "ParamsBudget#bindOne", 40.0,
                new ObjectCount(2.0, null, List.of(
                        site("java.lang.String", 1, 24, "java.lang.StringLatin1.newString(StringLatin1.java:769)",
                                pkg + "Params.bindOne(Params.java:21)"),
                        site("java.lang.Integer", 1, 16, "java.lang.Integer.valueOf(Integer.java:1081)",
                                pkg + "Params.bindOne(Params.java:22)")), "jvmti-agent"),
                new Budget(64L, 2L), BaselineComparison.NEW, Verdict.PASS, null, Duration.ofMillis(830));
        MethodResult regressed = new MethodResult(pkg + "RouteTableBudget#lookup", 48.0,
                new ObjectCount(3.0, null, List.of(
                        site("java.lang.String", 1, 24, pkg + "RouteTable.lookup(RouteTable.java:57)"),
                        site("java.lang.Integer", 1, 16, "java.lang.Integer.valueOf(Integer.java:1081)",
                                pkg + "RouteTable.lookup(RouteTable.java:60)"),
                        site("java.lang.Object", 1, 8, pkg + "RouteTable.lookup(RouteTable.java:61)")), "jvmti-agent"),
                new Budget(64L, null), new BaselineComparison(BaselineComparison.Status.REGRESSED, routeTable),
                Verdict.REGRESSED, pkg + "RouteTableBudget#lookup: bytes/op is 48, but baseline is 32 (+16 B, +50%);"
                        + " objects/op is 3, but baseline is 2", Duration.ofMillis(1420));
        MethodResult overBudget = new MethodResult("demo.ParamsBudget#bind", 128.0,
                new ObjectCount(5.0, null, List.of(
                        site("java.util.HashMap$Node", 1, 32, "java.util.HashMap.newNode(HashMap.java:1901)",
                                "demo.Params.bind(Params.java:12)"),
                        site("java.util.HashMap$Node", 1, 32, "java.util.HashMap.newNode(HashMap.java:1901)",
                                "demo.Params.bind(Params.java:13)"),
                        site("byte[]", 1, 24, "java.util.Arrays.copyOfRange(Arrays.java:3822)",
                                "demo.Params.bind(Params.java:12)"),
                        site("java.lang.String", 1, 24, "java.lang.StringLatin1.newString(StringLatin1.java:769)",
                                "demo.Params.bind(Params.java:12)"),
                        site("java.lang.Integer", 0.5, 8, "java.lang.Integer.valueOf(Integer.java:1081)",
                                "demo.Params.bind(Params.java:13)"),
                        site("java.lang.Long", 0.5, 8, "java.lang.Long.valueOf(Long.java:1204)")), "jvmti-agent"),
                new Budget(64L, 2L), same(new BaselineEntry(128, 5.0, null)), Verdict.FAIL,
                "demo.ParamsBudget#bind: bytes/op is 128, but budget is 64; objects/op is 5, but budget is 2",
                Duration.ofMillis(1390));
        MethodResult error = new MethodResult(pkg + "BrokenBudget$Inner#throwsOnCall", null, null, new Budget(0L, null),
                null, Verdict.ERROR, pkg + "BrokenBudget$Inner#throwsOnCall: the method threw"
                        + " java.lang.IllegalStateException: bad input " + SCRIPT_IN_MESSAGE + "\n"
                        + "\tat " + pkg + "BrokenBudget$Inner.throwsOnCall(BrokenBudget.java:31)\n"
                        + "\tat dev.allocbudget.runner.Harness.call(Harness.java:88)", Duration.ofMillis(310));
        MethodResult longId = new MethodResult(pkg + "very.deeply.nested.configuration.parsing"
                + ".ExtraordinarilyLongConfigurationParserBudget$WithANestedStateHolder"
                + "#parsesAVeryLongConfigurationKeyWithoutAllocatingAnything", 16.0,
                ObjectCount.unavailable("no JVMTI agent for this platform, and JFR counting is off"), new Budget(16L, 1L),
                BaselineComparison.NEW, Verdict.PASS, null, Duration.ofMillis(700));
        BaselineUse baseline = new BaselineUse(Path.of("src", "test", "allocbudget-baseline.json"), "17",
                List.of("17", "21"), List.of(pkg + "OldRouterBudget#removedMethod"));
        return new CheckOutcome(new Environment("17.0.15", "Debian", "OpenJDK 64-Bit Server VM", "G1", "0.1.0-SNAPSHOT"),
                List.of(zero, withinBudget, improved, isNew, regressed, overBudget, error, longId), baseline,
                Duration.ofMillis(6457));
    }

    private static BaselineComparison same(BaselineEntry entry) {
        return new BaselineComparison(BaselineComparison.Status.SAME, entry);
    }

    private static AllocationSite site(String type, double objects, double bytes, String... frames) {
        return new AllocationSite(type, objects, bytes, List.of(frames));
    }

    // ---------------------------------------------------------------- reading the layout

    private static Map<String, JsonReader.Node> cardsById(JsonReader.Node layout) {
        return layout.get("cards").list().stream()
                .collect(Collectors.toMap(c -> c.get("id").asString(), Function.identity()));
    }

    private static List<JsonReader.Node> withVerdict(JsonReader.Node layout, boolean passed) {
        return layout.get("cards").list().stream()
                .filter(c -> "PASS".equals(c.get("verdict").asString()) == passed).toList();
    }

    private static double number(JsonReader.Node node, String key) {
        return node.get(key).asNumber().doubleValue();
    }

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)");

    private static void assertRed(JsonReader.Node card, String what) {
        String colour = card.get(what).asString();
        assertTrue(isRed(colour), card.get("id").asString() + " " + what + " should be red, is " + colour);
    }

    /** Clearly red: a strong red channel well above green and blue. */
    private static boolean isRed(String cssColour) {
        Matcher rgb = RGB.matcher(cssColour);
        if (!rgb.lookingAt()) {
            return false;
        }
        int r = Integer.parseInt(rgb.group(1));
        int g = Integer.parseInt(rgb.group(2));
        int b = Integer.parseInt(rgb.group(3));
        return r > 150 && r > g + 40 && r > b + 40;
    }
}
