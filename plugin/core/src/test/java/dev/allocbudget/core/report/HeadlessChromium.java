package dev.allocbudget.core.report;

import static org.junit.jupiter.api.Assertions.fail;

import dev.allocbudget.core.io.JsonReader;
import dev.allocbudget.core.io.JsonWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A headless Chromium with one page, driven over the Chrome DevTools Protocol with nothing but the JDK
 * ({@link HttpClient}, {@link WebSocket}) and {@link JsonReader}. Every wait times out with a message that quotes
 * Chromium's own log; {@link #close()} kills the whole process tree and deletes the profile directory this class
 * created, and nothing else.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final String LISTENING = "DevTools listening on ";

    private final Process process;
    private final Path profile;
    private final StringBuffer log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>(); // CDP messages (String) or a Throwable
    private final List<JsonReader.Node> events = new ArrayList<>();
    private WebSocket socket;
    private int lastId;

    private HeadlessChromium(Process process, Path profile, StringBuffer log) {
        this.process = process;
        this.profile = profile;
        this.log = log;
    }

    /** {@code ALLOCBUDGET_CHROMIUM}, else the first of chromium, chromium-browser, google-chrome on the PATH. */
    static Optional<Path> find() {
        String configured = System.getenv("ALLOCBUDGET_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (!Files.isExecutable(path)) {
                fail("ALLOCBUDGET_CHROMIUM is " + configured + ", which is not an executable file");
            }
            return Optional.of(path);
        }
        String pathVariable = System.getenv().getOrDefault("PATH", "");
        return Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(pathVariable.split(java.io.File.pathSeparator))
                        .filter(dir -> !dir.isEmpty())
                        .map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Starts Chromium on about:blank and connects to its page. */
    static HeadlessChromium start(Path executable) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("allocbudget-chromium-");
        List<String> command = List.of(executable.toString(),
                "--headless", "--no-sandbox", "--disable-gpu",
                // This machine (and many CI runners) has no internet: without these, Chromium phones home at start.
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions",
                // Docker's default /dev/shm is 64 MB, too small for Chromium's renderer: use /tmp instead.
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        StringBuffer log = new StringBuffer();
        HeadlessChromium chromium = new HeadlessChromium(process, profile, log);
        try {
            chromium.connect(chromium.browserEndpoint());
            return chromium;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            chromium.close();
            throw e;
        }
    }

    /** Reads Chromium's stderr on a thread of its own (it never stops writing) until it says where DevTools is. */
    private URI browserEndpoint() throws InterruptedException {
        CompletableFuture<URI> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = err.readLine()) != null; ) {
                    log.append(line).append('\n');
                    int at = line.indexOf(LISTENING);
                    if (at >= 0) {
                        endpoint.complete(URI.create(line.substring(at + LISTENING.length()).trim()));
                    }
                }
            } catch (IOException ignored) {
                // the process was killed
            }
            endpoint.completeExceptionally(new IllegalStateException("Chromium's stderr ended"));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return endpoint.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("Chromium did not print '" + LISTENING + "ws://...' within " + TIMEOUT.toSeconds()
                    + " s" + (process.isAlive() ? "" : " (it exited with code " + process.exitValue() + ")")
                    + "; its log:\n" + log, e);
        }
    }

    /** Finds the page target in {@code /json/list} (it may appear a moment after the browser) and opens its socket. */
    private void connect(URI browser) throws IOException, InterruptedException {
        URI list = URI.create("http://127.0.0.1:" + browser.getPort() + "/json/list");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String pageSocket = null;
        while (pageSocket == null) {
            String body = http.send(HttpRequest.newBuilder(list).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            pageSocket = parse(body).list().stream()
                    .filter(target -> "page".equals(target.get("type").asString()))
                    .map(target -> target.get("webSocketDebuggerUrl").asString())
                    .findFirst().orElse(null);
            if (pageSocket == null) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Chromium has no page target after " + TIMEOUT.toSeconds() + " s: "
                            + body + "\n" + log);
                }
                Thread.sleep(100);
            }
        }
        socket = await(http.newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(URI.create(pageSocket), new Listener()), "opening the DevTools socket " + pageSocket);
    }

    /** Collects each message whole (big ones, like screenshots, arrive in parts) for the test thread to read. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                inbox.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            inbox.add(error);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            inbox.add(new IllegalStateException("DevTools closed the socket: " + statusCode + " " + reason));
            return null;
        }
    }

    /** Calls a CDP method and returns its {@code result}; events that arrive meanwhile are kept for {@link #events}. */
    JsonReader.Node send(String method, String paramsJson) throws InterruptedException {
        int id = ++lastId;
        String message = "{\"id\":" + id + ",\"method\":" + JsonWriter.string(method) + ",\"params\":" + paramsJson + "}";
        await(socket.sendText(message, true), "sending " + method);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            JsonReader.Node reply = next(deadline, "the reply to " + method);
            JsonReader.Node replyId = reply.get("id");
            if (replyId != null && replyId.asNumber().intValue() == id) {
                if (reply.get("error") != null) {
                    throw new AssertionError(method + " failed: " + reply.get("error").get("message").asString());
                }
                return reply.get("result");
            }
        }
    }

    /** The first event named {@code method} received so far, else waits for one. */
    JsonReader.Node awaitEvent(String method) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            Optional<JsonReader.Node> seen = events(method).stream().findFirst();
            if (seen.isPresent()) {
                return seen.get();
            }
            next(deadline, "the event " + method);
        }
    }

    /** The {@code params} of every event named {@code method} received so far, in order. */
    List<JsonReader.Node> events(String method) {
        return events.stream().filter(e -> method.equals(e.get("method").asString())).map(e -> e.get("params")).toList();
    }

    /** Evaluates a JavaScript expression that returns a JSON string, and parses that. */
    JsonReader.Node evaluateJson(String expression) throws InterruptedException {
        JsonReader.Node result = send("Runtime.evaluate",
                "{\"expression\":" + JsonWriter.string(expression) + ",\"returnByValue\":true}");
        if (result.get("exceptionDetails") != null) {
            throw new AssertionError("the expression threw: " + result.get("exceptionDetails").map());
        }
        return parse(result.get("result").get("value").asString());
    }

    /** Captures the whole page, not just the viewport, as a PNG. */
    void screenshot(Path png) throws InterruptedException, IOException {
        JsonReader.Node size = send("Page.getLayoutMetrics", "{}").get("cssContentSize");
        String clip = "{\"x\":0,\"y\":0,\"width\":" + size.get("width").asNumber() + ",\"height\":"
                + size.get("height").asNumber() + ",\"scale\":1}";
        String data = send("Page.captureScreenshot",
                "{\"format\":\"png\",\"captureBeyondViewport\":true,\"clip\":" + clip + "}").get("data").asString();
        Files.write(png, Base64.getDecoder().decode(data));
    }

    /** Takes the next message, keeping it if it is an event. */
    private JsonReader.Node next(long deadline, String awaited) throws InterruptedException {
        Object message = inbox.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (message == null) {
            throw new AssertionError("no " + awaited + " from Chromium within " + TIMEOUT.toSeconds() + " s; its log:\n"
                    + log);
        }
        if (message instanceof Throwable error) {
            throw new AssertionError("the DevTools connection failed while waiting for " + awaited, error);
        }
        JsonReader.Node node = parse((String) message);
        if (node.get("method") != null) {
            events.add(node);
        }
        return node;
    }

    private static JsonReader.Node parse(String json) {
        try {
            return JsonReader.parse(json, "DevTools message");
        } catch (JsonReader.SyntaxError e) {
            throw new AssertionError(e.getMessage() + ": " + json, e);
        }
    }

    private static <T> T await(CompletableFuture<T> future, String what) throws InterruptedException {
        try {
            return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError(what + " failed or took more than " + TIMEOUT.toSeconds() + " s", e);
        }
    }

    /** Kills Chromium and every process it started, then deletes the profile directory this class created. */
    @Override
    public void close() throws InterruptedException {
        if (socket != null) {
            socket.abort();
        }
        // Take the tree first: once the browser is gone, its children are no longer its descendants.
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new AssertionError("Chromium process " + handle.pid() + " did not exit", e);
            }
        }
        deleteProfile();
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a leftover directory in the temp dir is harmless; say so rather than fail the test over it
            System.err.println("could not delete Chromium's profile " + profile + ": " + e);
        }
    }
}
