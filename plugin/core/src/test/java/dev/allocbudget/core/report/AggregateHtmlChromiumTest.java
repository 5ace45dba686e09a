package dev.allocbudget.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocbudget.core.aggregate.BuildReport;
import dev.allocbudget.core.io.JsonReader;
import dev.allocbudget.core.io.JsonWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the build's {@code report.html} of {@link SampleBuild} in a real headless Chromium as a phone: the page is no
 * wider than the screen (its tables scroll within themselves), the messages of what needs attention are shown whole,
 * every module is listed, and nothing but the file is requested. Skipped without Chromium, as
 * {@link HtmlReportChromiumTest}; the screenshot it leaves in {@code target/html-report-test/} is for a human.
 */
class AggregateHtmlChromiumTest {
    private static final Path OUT = Path.of("target", "html-report-test").toAbsolutePath();
    private static final String PHONE = "{\"width\":390,\"height\":844,\"deviceScaleFactor\":2,\"mobile\":true}";
    private static final String LAYOUT = """
            (() => {
              const wider = [...document.body.querySelectorAll('*')]
                .filter(el => el.getBoundingClientRect().right > innerWidth + 0.5 && !el.closest('.scroll'))
                .map(el => el.tagName.toLowerCase() + '.' + el.className);
              const messages = [...document.querySelectorAll('ol.messages .message')].map(m => {
                const box = m.getBoundingClientRect();
                return {text: m.textContent, right: box.right, visible: m.checkVisibility()};
              });
              return JSON.stringify({
                innerWidth, scrollWidth: document.documentElement.scrollWidth, wider, messages,
                headline: getComputedStyle(document.querySelector('h1.headline')).color,
                modules: [...document.querySelectorAll('table.modules tbody tr:not(.aside)')].length,
                scripts: document.querySelectorAll('script').length
              });
            })()""";

    @TempDir
    Path root;

    @Test
    void thePageFitsAPhoneAndShowsEveryMessageAndModule() throws Exception {
        Path chromium = HtmlReportChromiumTest.chromiumOrSkip();
        BuildReport report = SampleBuild.write(root).read();
        String url = new AggregateReports(root, "shop", root.resolve("target/allocbudget-aggregate"), null)
                .write(report).toUri().toString();
        JsonReader.Node layout;
        List<String> requested;
        try (HeadlessChromium browser = HeadlessChromium.start(chromium)) {
            browser.send("Network.enable", "{}");
            browser.send("Emulation.setDeviceMetricsOverride", PHONE);
            browser.send("Page.enable", "{}");
            browser.send("Page.navigate", "{\"url\":" + JsonWriter.string(url) + "}");
            browser.awaitEvent("Page.loadEventFired");
            layout = browser.evaluateJson(LAYOUT);
            java.nio.file.Files.createDirectories(OUT); // this test may run before the one that makes it
            browser.screenshot(OUT.resolve("aggregate-phone.png"));
            requested = browser.events("Network.requestWillBeSent").stream()
                    .map(e -> e.get("request").get("url").asString()).toList();
        }
        double width = layout.get("innerWidth").asNumber().doubleValue();
        assertEquals(390, width);
        assertTrue(layout.get("scrollWidth").asNumber().doubleValue() <= width, "the page scrolls sideways");
        assertEquals(List.of(), layout.get("wider").list().stream().map(JsonReader.Node::asString).toList(),
                "elements wider than the phone, outside the tables' own scrolling");
        List<JsonReader.Node> messages = layout.get("messages").list();
        assertEquals(report.attention().size(), messages.size());
        for (int i = 0; i < messages.size(); i++) {
            JsonReader.Node message = messages.get(i);
            assertEquals(report.attention().get(i).message(), message.get("text").asString());
            assertEquals(Boolean.TRUE, message.get("visible").value());
            assertTrue(message.get("right").asNumber().doubleValue() <= width, "a message runs off the screen");
        }
        assertEquals(report.modules().size(), layout.get("modules").asNumber().intValue(), "a row per module");
        assertEquals(0, layout.get("scripts").asNumber().intValue());
        assertTrue(layout.get("headline").asString().startsWith("rgb(208, 40, 28)"), "a red headline: "
                + layout.get("headline").asString());
        assertEquals(List.of(url), requested, "network requests");
    }
}
