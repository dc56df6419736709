package io.claimcheck.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.ingest.gateway.GatewayClient;
import io.claimcheck.ingest.sources.Article;
import io.claimcheck.ingest.sources.FeedSource;
import io.claimcheck.ingest.sources.JsonLinesSource;
import io.claimcheck.ingest.sources.SourceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code claimcheck-ingest}: reads RSS and Atom feeds, or JSON lines, and adds their articles to a claimcheck story
 * through the gateway's API. A journal file records what the gateway stored, so that a run cut short resumes where it
 * stopped. Exit status: 0 when every article is stored, 1 when some were refused or failed (listed in the summary),
 * 2 for a wrong command line, 3 when a source or the journal cannot be read (nothing is sent then).
 */
@Command(name = "claimcheck-ingest", mixinStandardHelpOptions = true, version = "claimcheck-ingest 0.1.0",
        description = "Reads RSS and Atom feeds or JSON lines and adds their articles to a claimcheck story.",
        sortOptions = false)
public final class IngestCommand implements Callable<Integer> {

    static final int ALL_STORED = 0;
    static final int SOME_NOT_STORED = 1;
    static final int UNREADABLE_SOURCE = 3;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "A feed's URL (http or https), a feed file, "
            + "a file of JSON lines (.jsonl: one {id, text, publisher, publishedAt, url} a line) or a folder of them.")
    private List<String> sources;

    @Option(names = "--story", required = true, description = "The story to add the articles to.")
    private String storyId;

    @Option(names = "--gateway", defaultValue = "http://localhost:8080",
            description = "The gateway's base URL (default: ${DEFAULT-VALUE}).")
    private URI gateway;

    @Option(names = "--api-key", defaultValue = "${env:CLAIMCHECK_API_KEY}",
            description = "The API key (default: the environment's CLAIMCHECK_API_KEY; the local run needs none).")
    private String apiKey;

    @Option(names = "--parties", paramLabel = "FILE",
            description = "A JSON file with the story's party table: {\"Armenia\": [\"Karabakh\"], ...}.")
    private Path partiesFile;

    @Option(names = "--journal", paramLabel = "FILE", defaultValue = ".claimcheck-ingest.journal",
            description = "Where the articles already stored are recorded, to resume (default: ${DEFAULT-VALUE}).")
    private Path journalFile;

    @Option(names = "--parallel", defaultValue = "4", description = "Articles in flight at once (default: 4).")
    private int parallel;

    @Option(names = "--attempts", defaultValue = "5",
            description = "Times an article is sent when the gateway is busy or away (default: 5).")
    private int attempts;

    @Option(names = "--timeout", defaultValue = "60",
            description = "Seconds to wait for one answer (default: 60).")
    private int timeoutSeconds;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    public IngestCommand() {
        this(System.out, System.err, System.console() != null);
    }

    IngestCommand(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new IngestCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<Article> articles = new ArrayList<>();
        Map<String, List<String>> parties;
        try {
            for (String source : sources) {
                articles.addAll(read(source));
            }
            parties = partiesFile == null ? Map.of() : new ObjectMapper().readValue(partiesFile.toFile(),
                    new TypeReference<Map<String, List<String>>>() { });
        } catch (SourceException | IOException e) {
            err.println("claimcheck-ingest: " + e.getMessage());
            return UNREADABLE_SOURCE;
        }
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        GatewayClient client = new GatewayClient(gateway, storyId, blankToNull(apiKey), parties, attempts, timeout);
        Journal journal;
        try {
            journal = new Journal(journalFile);
        } catch (IOException e) {
            err.println("claimcheck-ingest: cannot open the journal " + journalFile + ": " + e);
            return UNREADABLE_SOURCE;
        }
        Ingestion.Summary summary;
        try (journal) {
            summary = Ingestion.run(articles, storyId, client, journal, parallel,
                    new Progress(err, terminal, countNotYetStored(articles, journal)));
        }
        report(summary);
        return summary.allStored() ? ALL_STORED : SOME_NOT_STORED;
    }

    private int countNotYetStored(List<Article> articles, Journal journal) {
        return (int) articles.stream().map(Article::id).distinct().filter(id -> !journal.isDone(storyId, id)).count();
    }

    private static List<Article> read(String source) throws SourceException {
        if (source.startsWith("http://") || source.startsWith("https://")) {
            return readFeedAt(URI.create(source));
        }
        Path path = Path.of(source);
        if (!Files.exists(path)) {
            throw new SourceException(source + ": no such file or folder");
        }
        if (Files.isDirectory(path) || source.endsWith(".jsonl")) {
            return JsonLinesSource.read(path);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return FeedSource.read(in, source);
        } catch (IOException e) {
            throw new SourceException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    private static List<Article> readFeedAt(URI url) throws SourceException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build();
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(url)
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new SourceException(url + " answered " + response.statusCode());
                }
                return FeedSource.read(body, url.toString());
            }
        } catch (IOException e) {
            throw new SourceException("cannot fetch " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("interrupted while fetching " + url, e);
        }
    }

    private void report(Ingestion.Summary summary) {
        double seconds = Math.max(1e-3, summary.took().toMillis() / 1000.0);
        out.printf(Locale.ROOT, "claimcheck-ingest: %d articles read, %d already stored, %d stored, %d refused, "
                        + "%d failed, in %.1f s (%.1f articles/s)%n", summary.read(), summary.alreadyStored(),
                summary.stored(), summary.refused(), summary.failed(), seconds, summary.stored() / seconds);
        summary.problems().forEach(problem -> out.println("  " + problem));
        if (summary.failed() > 0) {
            out.println("  run the same command again to send what failed: what is stored is not sent twice");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
