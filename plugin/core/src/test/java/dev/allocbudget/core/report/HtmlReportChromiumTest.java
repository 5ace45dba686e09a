package dev.allocbudget.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.allocbudget.core.model.CheckOutcome;
import dev.allocbudget.core.model.MethodResult;
import dev.allocbudget.core.model.SampleOutcome;
import dev.allocbudget.core.model.Verdict;
import dev.allocbudget.core.io.JsonReader;
import dev.allocbudget.core.io.JsonWriter;
import java.nio.file.Path;
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
 * and red, a message's markup shown as text, and no request but the file itself; and the flame graphs: they draw,
 * zoom, search and switch between bytes and objects, and 240 deep stacks stay quick. The screenshots it leaves in
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
    private static final String SCRIPT_IN_MESSAGE = SampleOutcome.SCRIPT_IN_MESSAGE;

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
                  sites: card.querySelectorAll('.sites > ol > li').length,
                  allSites: card.querySelectorAll('.sites li').length
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

    /**
     * Opens every flame graph and works the three of {@link FlameSample} as a person would, on the desktop: reads
     * the frames' boxes, switches two to objects and searches it, zooms many by a click and times the draws.
     */
    private static final String FLAME = """
            (() => {
              const graph = id => document.querySelector(`section.method[data-id="${id}"] .flame-graph`);
              document.querySelectorAll('details.flame').forEach(d => d.open = true);
              const box = el => el.getBoundingClientRect();
              const frame = (g, name) => [...g.querySelectorAll('.fr')].find(f => f.textContent === name);
              const width = (g, name) => frame(g, name) ? box(frame(g, name)).width : -1;
              const one = graph(ONE), two = graph(TWO), many = graph(MANY);
              const area = one.querySelector('.flame-frames');
              const oneFrames = [...one.querySelectorAll('.fr')].map(f => ({
                name: f.textContent, kind: f.className, width: box(f).width, left: box(f).left - box(area).left,
                top: box(f).top - box(area).top }));
              const twoBytes = width(two, 'byte[]');
              const unit = two.querySelector('.flame-unit');
              unit.value = 'objects';
              unit.dispatchEvent(new Event('change'));
              const twoObjects = width(two, 'byte[]');
              const search = two.querySelector('.flame-search');
              search.value = 'VALUEOF';
              search.dispatchEvent(new Event('input'));
              const twoMatches = [...two.querySelectorAll('.fr.match')].map(f => f.textContent);
              const twoMatched = two.querySelector('.flame-matched').textContent;
              const manyDrawn = many.querySelectorAll('.fr').length;
              const manyFirstDrawMs = Number(many.dataset.renderMs);
              const started = performance.now();
              frame(many, MANY_ZOOM).click();
              const manyZoomMs = performance.now() - started;
              const manyZoomed = many.querySelectorAll('.fr').length;
              const zoomedWidth = width(many, MANY_ZOOM);
              const diff = document.querySelector('.DIFF .flame-graph');
              const colour = name => getComputedStyle(frame(diff, name)).backgroundColor;
              const diffColours = { grew: colour('byte[]'), shrank: colour('java.lang.Integer'), all: colour('all') };
              const diffTitle = frame(diff, 'byte[]').title;
              const overflowing = [...document.body.querySelectorAll('*')]
                .filter(el => box(el).right > innerWidth + 0.5).map(el => el.tagName + '.' + el.className);
              return JSON.stringify({
                areaWidth: box(area).width, oneFrames, twoWidth: box(two.querySelector('.flame-frames')).width,
                twoBytes, twoObjects, twoMatches, twoMatched, manyDrawn, manyFirstDrawMs, manyZoomMs, manyZoomed,
                zoomedWidth, manyWidth: box(many.querySelector('.flame-frames')).width, overflowing, diffColours,
                diffTitle,
                csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]').content
              });
            })()"""
            .replace("ONE", JsonWriter.string(FlameSample.ONE)).replace("TWO", JsonWriter.string(FlameSample.TWO))
            .replace("MANY_ZOOM", JsonWriter.string(FlameSample.MANY_ZOOM))
            .replace("MANY", JsonWriter.string(FlameSample.MANY)).replace("DIFF", FlameSample.DIFF);

    private static CheckOutcome outcome;
    private static JsonReader.Node flame;
    private static JsonReader.Node phoneFlamesOpen;
    private static List<JsonReader.Node> dialogs;
    private static String reportUrl;
    private static JsonReader.Node phone;
    private static JsonReader.Node desktop;
    private static JsonReader.Node phoneDark;
    private static List<String> requested;

    @BeforeAll
    static void openTheReportOnAPhoneAndADesktop() throws Exception {
        Path chromium = chromiumOrSkip();
        outcome = FlameSample.outcome();
        Path page = OUT.resolve(HtmlReport.FILE_NAME);
        java.nio.file.Files.createDirectories(OUT);
        java.nio.file.Files.writeString(page, FlameSample.withDiffGraph(HtmlReport.render(outcome), outcome));
        reportUrl = page.toUri().toString();
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
            browser.send("Emulation.setDeviceMetricsOverride", DESKTOP);
            browser.send("Emulation.setEmulatedMedia", "{\"features\":[]}");
            flame = browser.evaluateJson(FLAME);
            browser.screenshot(OUT.resolve("report-flame-graphs.png"));
            browser.send("Emulation.setDeviceMetricsOverride", PHONE);
            phoneFlamesOpen = browser.evaluateJson(LAYOUT);
            browser.screenshot(OUT.resolve("report-phone-flame-graphs.png"));
            dialogs = browser.events("Page.javascriptDialogOpening");
            requested = browser.events("Network.requestWillBeSent").stream()
                    .map(e -> e.get("request").get("url").asString()).toList();
        }
    }

    static Path chromiumOrSkip() {
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
        assertEquals(outcome.results().stream().map(r -> r.id().toString()).sorted().toList(),
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
    void nothingScrollsSidewaysOnAPhoneOrADesktopNotEvenWithTheFlameGraphsOpen() {
        assertEquals(390, number(phone, "innerWidth"), "the phone viewport");
        for (JsonReader.Node layout : List.of(phone, desktop, phoneFlamesOpen)) {
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
            JsonReader.Node card = cards.get(r.id().toString());
            if (r.verdict() != Verdict.PASS) {
                assertEquals(ResultText.withId(r), card.get("message").asString(), r.id() + " message");
            }
            if (r.verdict().isViolation()) {
                int expected = Math.min(5, r.objects().sites().size());
                assertEquals(expected, number(card, "sites"), r.id() + " allocation sites shown");
                assertEquals(r.objects().sites().size(), number(card, "allSites"), r.id() + " every site on the page");
            }
        }
    }

    @Test
    void markupInAMessageIsShownAsTextAndNeverRuns() {
        assertEquals(1, number(phone, "scripts"), "<script> elements on the page: the flame graphs' only");
        assertTrue(flame.get("csp").asString().endsWith("; script-src " + HtmlFlameGraph.SCRIPT_SOURCE),
                "only the flame graphs' script may run: " + flame.get("csp").asString());
        assertEquals(List.of(), dialogs, "the message's alert() ran");
        JsonReader.Node error = phone.get("cards").list().stream()
                .filter(c -> "ERROR".equals(c.get("verdict").asString())).findFirst().orElseThrow();
        assertTrue(error.get("message").asString().contains(SCRIPT_IN_MESSAGE), error.get("message").asString());
    }

    @Test
    void thePageFetchesNothingButItself() {
        assertEquals(List.of(reportUrl), requested, "network requests");
    }

    // ---------------------------------------------------------------- the flame graphs

    /** One site: the root, the method, the JDK frame and the type, each a full-width row, root at the top. */
    @Test
    void aFlameGraphOfOneSiteDrawsEachFrameFullWidthDownToTheType() {
        List<JsonReader.Node> frames = flame.get("oneFrames").list();
        assertEquals(List.of("all", FlameSample.ONE_FRAME, FlameSample.VALUE_OF, "java.lang.Integer"),
                frames.stream().map(f -> f.get("name").asString()).toList());
        assertEquals(List.of("fr root", "fr user", "fr jdk", "fr type"),
                frames.stream().map(f -> f.get("kind").asString()).toList());
        double area = number(flame, "areaWidth");
        assertTrue(area > 300, "the graph's width: " + area);
        for (int i = 0; i < frames.size(); i++) {
            JsonReader.Node f = frames.get(i);
            assertEquals(area, number(f, "width"), 1, f.get("name").asString() + " spans the graph");
            assertEquals(0, number(f, "left"), 0.5);
            assertEquals(i * 18, number(f, "top"), 0.5, "one row per level");
        }
    }

    @Test
    void switchingToObjectsGivesTheFramesTheirShareOfObjects() {
        double area = number(flame, "twoWidth");
        assertEquals(area * FlameSample.BYTE_ARRAY_BYTES_SHARE, number(flame, "twoBytes"), 1.5, "byte[] in bytes");
        assertEquals(area * FlameSample.BYTE_ARRAY_OBJECTS_SHARE, number(flame, "twoObjects"), 1.5,
                "byte[] in objects");
    }

    @Test
    void searchHighlightsMatchingFramesAndSaysTheirShare() {
        assertEquals(List.of(FlameSample.VALUE_OF),
                flame.get("twoMatches").list().stream().map(JsonReader.Node::asString).toList(),
                "frames highlighted for 'VALUEOF', in any case");
        assertEquals("Matched: 75% of objects", flame.get("twoMatched").asString(), "3 of 4 objects");
    }

    /** 240 stacks up to 65 frames deep: drawn and zoomed in well under a second, measured in the page. */
    @Test
    void aClickZoomsAndManyDeepStacksStayQuick() {
        assertTrue(FoldedStacksOfMany.PATHS >= 200, "distinct stacks in the sample: " + FoldedStacksOfMany.PATHS);
        double drawn = number(flame, "manyDrawn");
        double zoomed = number(flame, "manyZoomed");
        assertTrue(drawn > 1000, "frames drawn: " + drawn);
        assertTrue(zoomed < drawn, "the zoom leaves out the frames beside the one clicked: " + zoomed + " of " + drawn);
        assertEquals(number(flame, "manyWidth"), number(flame, "zoomedWidth"), 1, "the clicked frame spans the graph");
        double first = number(flame, "manyFirstDrawMs");
        double zoom = number(flame, "manyZoomMs");
        System.out.println("flame graph of " + FoldedStacksOfMany.PATHS + " stacks: " + (int) drawn
                + " frames drawn in " + first + " ms, zoomed in " + zoom + " ms");
        assertTrue(first < 1000 && zoom < 1000, "first draw " + first + " ms, zoom " + zoom + " ms");
    }

    /** Against stacks before: red where a frame grew, blue where it shrank; the tooltip has both figures. */
    @Test
    void aDifferentialFlameGraphColoursFramesByGrowth() {
        JsonReader.Node colours = flame.get("diffColours");
        assertTrue(isRed(colours.get("grew").asString()), "byte[] grew: " + colours.map());
        assertTrue(isRed(colours.get("all").asString()), "the method grew: " + colours.map());
        assertTrue(isBlue(colours.get("shrank").asString()), "the Integers shrank: " + colours.map());
        assertTrue(flame.get("diffTitle").asString().contains("500 B before, 1000 B per call now"), flame.get("diffTitle").asString());
    }

    @Test
    void openFlameGraphsStayWithinTheDesktopsWidth() {
        assertEquals(List.of(), flame.get("overflowing").list().stream().map(JsonReader.Node::asString).toList());
    }

    /** How many distinct paths the 240 stacks of {@link FlameSample#MANY} fold to. */
    private static final class FoldedStacksOfMany {
        static final int PATHS = outcome.results().stream().filter(r -> r.id().toString().equals(FlameSample.MANY))
                .findFirst().map(r -> dev.allocbudget.core.model.FoldedStacks.of(r.objects().stacks()).paths().size())
                .orElseThrow();
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

    /** Clearly blue: a blue channel well above red. */
    private static boolean isBlue(String cssColour) {
        Matcher rgb = RGB.matcher(cssColour);
        return rgb.lookingAt() && Integer.parseInt(rgb.group(3)) > Integer.parseInt(rgb.group(1)) + 40;
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
