package io.claimcheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.testing.RunningSystem;
import io.claimcheck.testing.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The feed reader against the real system: the extractor, the reconciler (on its own schema of the test PostgreSQL)
 * and the gateway, as the build packaged them, over real HTTP. Articles and feeds are our own invented texts.
 */
class IngestCommandTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Path ROOT = Path.of("..");
    private static final Path LOGS = Path.of("target", "real-services");
    private static final Path FEEDS = Path.of("src", "test", "resources", "feeds");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningSystem system;
    private static URI gateway;

    @TempDir
    Path work;

    @BeforeAll
    static void startTheSystem() {
        // the local profile opens the API (no key), as on a newsroom engineer's machine
        system = RunningSystem.start(ROOT, LOGS, "claimcheck_ingest_test", List.of("-Dquarkus.profile=local"),
                START_TIMEOUT);
        gateway = URI.create(system.gatewayUrl());
    }

    @AfterAll
    static void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void jsonLinesAreStoredOnceAndASecondRunSendsNothing() throws Exception {
        String story = story();
        Path folder = Files.createDirectories(work.resolve("wire"));
        lines(folder.resolve("monday.jsonl"),
                article("m1", "Officials said 40 people died when the bridge at Orra collapsed."),
                article("m2", "The Watch put the toll at 55 dead."));
        lines(folder.resolve("tuesday.jsonl"), article("t1", "Divers recovered 12 more bodies on Tuesday."));

        Run first = ingest("--story", story, folder.toString());
        assertEquals(IngestCommand.ALL_STORED, first.status(), first.output());
        assertTrue(first.output().contains("3 articles read, 0 already stored, 3 stored, 0 refused, 0 failed"),
                first.output());
        assertEquals(3, storedArticles(story));

        Run second = ingest("--story", story, folder.toString());
        assertEquals(IngestCommand.ALL_STORED, second.status(), second.output());
        assertTrue(second.output().contains("3 articles read, 3 already stored, 0 stored"), second.output());
        assertEquals(3, storedArticles(story));
    }

    @Test
    void aRunCutShortResumesWithWhatIsLeftAndAnUnjournaledArticleIsNotStoredTwice() throws Exception {
        String story = story();
        Path early = work.resolve("early.jsonl");
        lines(early, article("e1", "Shelling killed nine people in Sarn."),
                article("e2", "Medics in Sarn said 11 had died."));
        assertEquals(IngestCommand.ALL_STORED, ingest("--story", story, early.toString()).status());

        // the full source, of which the first run (as if cut short) stored two
        Path all = work.resolve("all.jsonl");
        lines(all, article("e1", "Shelling killed nine people in Sarn."),
                article("e2", "Medics in Sarn said 11 had died."),
                article("e3", "The governor said 14 died in Sarn."),
                article("e4", "Rescuers said 16 people were killed in Sarn."));
        Run resumed = ingest("--story", story, all.toString());
        assertTrue(resumed.output().contains("4 articles read, 2 already stored, 2 stored"), resumed.output());
        assertEquals(4, storedArticles(story));

        // stored but never journaled (a crash between the two): sent again, stored once
        Files.delete(work.resolve("journal"));
        Run again = ingest("--story", story, all.toString());
        assertEquals(IngestCommand.ALL_STORED, again.status(), again.output());
        assertTrue(again.output().contains("4 stored"), again.output());
        assertEquals(4, storedArticles(story));
    }

    @Test
    void rssAndAtomItemsBecomeArticlesWithTheirClaims() throws Exception {
        String story = story();
        Run run = ingest("--story", story, FEEDS.resolve("harbour-wire.rss").toString(),
                FEEDS.resolve("valley-post.atom").toString());
        assertEquals(IngestCommand.ALL_STORED, run.status(), run.output());
        assertEquals(3, storedArticles(story));
        JsonNode claims = get("/api/v1/stories/" + story + "/claims");
        List<String> mentions = new ArrayList<>();
        claims.path("claims").forEach(claim -> mentions.add(claim.path("mention").asText()));
        assertTrue(mentions.containsAll(List.of("14", "1,200", "19")), "claims read from the feeds: " + mentions);
    }

    @Test
    void anArticleTheGatewayRefusesIsReportedAndTheRestAreStored() throws Exception {
        String story = story();
        Path source = work.resolve("mixed.jsonl");
        lines(source, article("good-1", "Police said 30 protesters were arrested."),
                article("not an id!", "Police said 31 protesters were arrested."));
        Run run = ingest("--story", story, source.toString());
        assertEquals(IngestCommand.SOME_NOT_STORED, run.status(), run.output());
        assertTrue(run.output().contains("1 stored, 1 refused"), run.output());
        assertTrue(run.output().contains("refused not an id!: 400"), run.output());
        assertEquals(1, storedArticles(story));
    }

    @Test
    void aGatewayThatIsAwayFailsTheArticlesAfterItsAttempts() throws Exception {
        Path source = work.resolve("one.jsonl");
        lines(source, article("away-1", "Two people died."));
        Run run = ingest("--story", story(), "--gateway", "http://localhost:" + ServiceProcess.freePort(),
                "--attempts", "2", source.toString());
        assertEquals(IngestCommand.SOME_NOT_STORED, run.status(), run.output());
        assertTrue(run.output().contains("0 stored, 0 refused, 1 failed"), run.output());
        assertTrue(run.output().contains("failed away-1: no answer from"), run.output());
        assertTrue(run.output().contains("run the same command again"), run.output());
    }

    @Test
    void aSourceThatCannotBeReadSendsNothing() throws Exception {
        Path notAFeed = Files.writeString(work.resolve("notes.xml"), "<notes>no feed here</notes>");
        String story = story();
        Run run = ingest("--story", story, notAFeed.toString());
        assertEquals(IngestCommand.UNREADABLE_SOURCE, run.status(), run.output());
        assertTrue(run.output().contains("is no RSS or Atom feed"), run.output());
        assertEquals(IngestCommand.UNREADABLE_SOURCE,
                ingest("--story", story, work.resolve("missing.jsonl").toString()).status());
        Path source = work.resolve("one.jsonl");
        lines(source, article("j1", "Three people died."));
        Run noJournal = ingest("--story", story, "--journal", work.resolve("no/such/folder/journal").toString(),
                source.toString());
        assertEquals(IngestCommand.UNREADABLE_SOURCE, noJournal.status(), noJournal.output());
        assertTrue(noJournal.output().contains("cannot open the journal"), noJournal.output());
        assertEquals(0, storedArticlesOrNone(story));
    }

    // ---- helpers ----

    private record Run(int status, String output) {
    }

    private Run ingest(String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>();
        if (!List.of(args).contains("--journal")) {
            all.addAll(List.of("--journal", work.resolve("journal").toString()));
        }
        if (!List.of(args).contains("--gateway")) {
            all.addAll(List.of("--gateway", gateway.toString()));
        }
        all.addAll(List.of(args));
        int status = new CommandLine(new IngestCommand(out, out, false)).execute(all.toArray(String[]::new));
        return new Run(status, buffer.toString(StandardCharsets.UTF_8));
    }

    private static String story() {
        return "ingest-" + UUID.randomUUID();
    }

    private static String article(String id, String text) {
        return JSON.createObjectNode().put("id", id).put("text", text).put("publisher", "Test Wire")
                .put("publishedAt", "2026-05-12").toString();
    }

    private static void lines(Path file, String... lines) throws IOException {
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    }

    /** The story's articles, or 0 when no article ever reached it (the gateway knows no such story). */
    private static int storedArticlesOrNone(String story) throws Exception {
        HttpResponse<String> response = fetch("/api/v1/stories/" + story);
        return response.statusCode() == 404 ? 0 : JSON.readTree(response.body()).path("articles").asInt();
    }

    private static int storedArticles(String story) throws Exception {
        return get("/api/v1/stories/" + story).path("articles").asInt();
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = fetch(path);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> fetch(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(gateway.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
