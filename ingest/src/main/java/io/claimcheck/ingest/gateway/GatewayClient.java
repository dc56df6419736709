package io.claimcheck.ingest.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimcheck.ingest.sources.Article;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends articles to a story through the gateway's public API ({@code POST /api/v1/stories/{storyId}/articles}), with
 * the article id as the {@code Idempotency-Key}, so that a retry after a lost answer never stores anything twice. A
 * 429 or a 5xx, or no answer at all, is retried after the {@code Retry-After} the gateway gives (else a doubling
 * pause); a 4xx is the article's own fault and is not.
 */
public final class GatewayClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI articles;
    private final String apiKey;
    private final Map<String, List<String>> parties;
    private final int attempts;
    private final Duration timeout;

    /**
     * @param gateway  the gateway's base URL ({@code http://localhost:8080})
     * @param apiKey   the {@code X-API-Key}, or null where the gateway needs none
     * @param parties  the story's party table, sent with every article
     * @param attempts how many times an article is sent before it counts as failed
     */
    public GatewayClient(URI gateway, String storyId, String apiKey, Map<String, List<String>> parties, int attempts,
                         Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.articles = gateway.resolve("/api/v1/stories/" + URLEncoder.encode(storyId, StandardCharsets.UTF_8)
                + "/articles");
        this.apiKey = apiKey;
        this.parties = Map.copyOf(parties);
        this.attempts = attempts;
        this.timeout = timeout;
    }

    public Outcome send(Article article) throws InterruptedException {
        HttpRequest request = request(article);
        String last = null;
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                last = "no answer from " + articles.getAuthority() + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage());
                continue;
            }
            int status = response.statusCode();
            if (status == 200 || status == 201) {
                return Outcome.stored();
            }
            last = status + " " + problemDetail(response.body());
            if (status != 429 && status < 500) {
                return new Outcome(Outcome.Kind.REFUSED, last);
            }
            pause = retryAfter(response).orElse(pause);
        }
        return new Outcome(Outcome.Kind.FAILED, last + " (after " + attempts + " attempts)");
    }

    private HttpRequest request(Article article) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode input = body.putObject("article");
        input.put("id", article.id());
        input.put("text", article.text());
        input.put("publisher", article.publisher());
        input.put("publishedAt", article.publishedAt());
        input.put("url", article.url());
        body.set("parties", JSON.valueToTree(parties));
        HttpRequest.Builder request = HttpRequest.newBuilder(articles).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Idempotency-Key", article.id())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return request.build();
    }

    /** The problem's title and detail (RFC 9457), or the start of whatever else came back. */
    private static String problemDetail(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            String title = problem.path("title").asText("");
            String detail = problem.path("detail").asText("");
            return (title + (detail.isEmpty() ? "" : ": " + detail)).strip();
        } catch (IOException e) {
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                long seconds = Long.parseLong(value.strip());
                return Optional.of(Duration.ofSeconds(Math.min(seconds, LONGEST_PAUSE.toSeconds())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
