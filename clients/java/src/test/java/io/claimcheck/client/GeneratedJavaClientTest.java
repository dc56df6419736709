package io.claimcheck.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.claimcheck.client.api.AnalysesApi;
import io.claimcheck.client.api.FeedApi;
import io.claimcheck.client.api.StoriesApi;
import io.claimcheck.client.model.AnalysisRequest;
import io.claimcheck.client.model.AnalysisResponse;
import io.claimcheck.client.model.ArticleIngestion;
import io.claimcheck.client.model.ArticleInput;
import io.claimcheck.client.model.Claim;
import io.claimcheck.client.model.Discrepancy;
import io.claimcheck.client.model.DiscrepancyFeed;
import io.claimcheck.client.model.DiscrepancyFeedItem;
import io.claimcheck.client.model.DismissalReason;
import io.claimcheck.client.model.Problem;
import io.claimcheck.client.model.QueuedArticle;
import io.claimcheck.client.model.QueuedArticles;
import io.claimcheck.client.model.Side;
import io.claimcheck.client.model.StoryArticle;
import io.claimcheck.client.model.StoryArticleRequest;
import io.claimcheck.client.model.StoryArticleResponse;
import io.claimcheck.client.model.StoryArticles;
import io.claimcheck.client.model.StoryArticlesRequest;
import io.claimcheck.client.model.StoryClaims;
import io.claimcheck.client.model.StoryDiscrepancies;
import io.claimcheck.client.model.StorySummary;
import io.claimcheck.client.model.Verdict;
import io.claimcheck.client.model.VerdictKind;
import io.claimcheck.client.model.VerdictRequest;

/**
 * The Java client generated from the committed OpenAPI document ({@code gateway/src/main/openapi/openapi.yaml}),
 * used as a newsroom tool would use it, against the real gateway, extractor and reconciler. Each test is one thing
 * a client does through the public API; the cross-story feed, when the gateway has it, is one more method here.
 */
@ExtendWith(RunningClaimcheck.class)
class GeneratedJavaClientTest {

    /** Our own two sentences on the seed story's figures: 2,300 claimed by Azerbaijan, 104 reported by Armenia. */
    private static final String AZERBAIJAN_CLAIMS = "Fighting over Nagorno-Karabakh went on for an eighth day. "
            + "Azerbaijan's Defense Ministry claimed that 2,300 Karabakh soldiers had been killed so far.";
    private static final String ARMENIA_REPORTS = "Armenia has recorded 104 military deaths.";
    private static final Map<String, List<String>> PARTIES = Map.of("Armenia", List.of("Karabakh"));

    private final RunningClaimcheck.Gateway gateway;
    private final ApiClient client;

    GeneratedJavaClientTest(RunningClaimcheck.Gateway gateway) {
        this.gateway = gateway;
        this.client = gateway.client();
    }

    @Test
    void analyseFindsTheClaimsAndWhereTheyDisagree() throws ApiException {
        AnalysisResponse analysis = new AnalysesApi(client).analyse(new AnalysisRequest()
                .articles(List.of(article("wire-1", "Example Wire", AZERBAIJAN_CLAIMS + " " + ARMENIA_REPORTS)))
                .parties(PARTIES));

        Claim claimed = claimOf(analysis.getClaims(), "2300");
        Claim reported = claimOf(analysis.getClaims(), "104");
        assertThat(claimed.getMention()).isEqualTo("2,300");
        assertThat(claimed.getMetric()).isEqualTo(Claim.MetricEnum.KILLED);
        assertThat(claimed.getBound()).isEqualTo(Claim.BoundEnum.EXACT);
        assertThat(claimed.getSubject().getParty()).isEqualTo("Armenia");
        assertThat(claimed.getClaimant().getParty()).isEqualTo("Azerbaijan");
        assertThat(claimed.getSpan().getEnd() - claimed.getSpan().getStart()).isEqualTo("2,300".length());
        assertThat(reported.getMetric()).isEqualTo(Claim.MetricEnum.KILLED);

        assertTheDisagreement(analysis.getDiscrepancies(), claimed, reported);
    }

    @Test
    void ingestStoresEachArticleOnceAndTheStoryReadsBack() throws ApiException {
        StoriesApi stories = new StoriesApi(client);
        String storyId = "karabakh-" + UUID.randomUUID();
        StoryArticleRequest azerbaijan = new StoryArticleRequest()
                .article(article("baku-1", "Baku Desk", AZERBAIJAN_CLAIMS)).parties(PARTIES);
        StoryArticleRequest armenia = new StoryArticleRequest()
                .article(article("yerevan-1", "Yerevan Desk", ARMENIA_REPORTS)).parties(PARTIES);

        // no Prefer header: the synchronous path, answered with the claims
        ApiResponse<StoryArticleResponse> first = stories.addArticleWithHttpInfo(storyId, azerbaijan, "key-baku-1", null);
        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(first.getData().getCreated()).isTrue();
        assertThat(first.getData().getStoryId()).isEqualTo(storyId);
        assertThat(first.getData().getArticleId()).isEqualTo("baku-1");
        assertThat(first.getData().getClaims()).extracting(Claim::getMention).containsExactly("2,300");
        assertThat(first.getData().getDiscrepancies()).isEmpty();

        ApiResponse<StoryArticleResponse> second = stories.addArticleWithHttpInfo(storyId, armenia, "key-yerevan-1", null);
        assertThat(second.getStatusCode()).isEqualTo(201);
        assertThat(second.getData().getCreated()).isTrue();
        assertThat(second.getData().getDiscrepancies()).hasSize(1);

        // the same requests again, as a client retrying after a lost answer would send them: nothing is stored twice
        ApiResponse<StoryArticleResponse> retried = stories.addArticleWithHttpInfo(storyId, azerbaijan, "key-baku-1", null);
        assertThat(retried.getStatusCode()).isEqualTo(200);
        assertThat(retried.getData().getCreated()).isFalse();
        assertThat(retried.getData().getClaims()).isEqualTo(first.getData().getClaims());
        StoryArticleResponse again = stories.addArticle(storyId, armenia, "key-yerevan-1", null);
        assertThat(again.getCreated()).isFalse();

        StorySummary summary = stories.getStory(storyId);
        assertThat(summary.getStoryId()).isEqualTo(storyId);
        assertThat(summary.getArticles()).isEqualTo(2L);
        assertThat(summary.getClaims()).isEqualTo(2L);
        assertThat(summary.getDiscrepancies()).isEqualTo(1);
        assertThat(summary.getCreatedAt()).isNotNull();

        StoryClaims claims = stories.listStoryClaims(storyId);
        assertThat(claims.getStoryId()).isEqualTo(storyId);
        assertThat(claims.getClaims()).extracting(Claim::getArticleId).containsExactlyInAnyOrder("baku-1", "yerevan-1");
        Claim claimed = claimOf(claims.getClaims(), "2300");
        Claim reported = claimOf(claims.getClaims(), "104");
        assertThat(claimed.getArticleId()).isEqualTo("baku-1");
        assertThat(reported.getArticleId()).isEqualTo("yerevan-1");

        // the story's articles a page at a time, oldest publication first (both of 5 October: then by id)
        StoryArticles firstPage = stories.listStoryArticles(storyId, null, 1);
        assertThat(firstPage.getStoryId()).isEqualTo(storyId);
        assertThat(firstPage.getArticles()).extracting(StoryArticle::getId).containsExactly("baku-1");
        StoryArticle baku = firstPage.getArticles().get(0);
        assertThat(baku.getPublisher()).isEqualTo("Baku Desk");
        assertThat(baku.getPublishedAt()).isAtSameInstantAs(OffsetDateTime.parse("2020-10-05T00:00:00Z"));
        assertThat(baku.getClaims()).isEqualTo(1L);
        StoryArticles lastPage = stories.listStoryArticles(storyId, firstPage.getNext(), 1);
        assertThat(lastPage.getArticles()).extracting(StoryArticle::getId).containsExactly("yerevan-1");
        assertThat(lastPage.getNext()).isNull();

        StoryDiscrepancies discrepancies = stories.listStoryDiscrepancies(storyId);
        assertThat(discrepancies.getStoryId()).isEqualTo(storyId);
        assertTheDisagreement(discrepancies.getDiscrepancies(), claimed, reported);
        assertThat(discrepancies.getDiscrepancies()).isEqualTo(second.getData().getDiscrepancies());

        // the feed across stories finds it too, by party and severity (parameters: cursor, limit, minConfidence,
        // party, review, severity, since, until)
        FeedApi feedApi = new FeedApi(client);
        DiscrepancyFeed feed = feedApi.listDiscrepancies(null, 100, null, "Azerbaijan", null, "HIGH", null, null);
        assertThat(feed.getItems()).extracting(DiscrepancyFeedItem::getStoryId).contains(storyId);
        DiscrepancyFeedItem item = feed.getItems().stream().filter(i -> storyId.equals(i.getStoryId())).findFirst()
                .orElseThrow();
        assertThat(item.getDiscrepancy()).isEqualTo(discrepancies.getDiscrepancies().get(0));
        assertThat(item.getDetectedAt()).isNotNull();
        assertThat(item.getLatestVerdict()).isNull();
        assertThat(feedApi.listDiscrepancies(null, 100, null, "Azerbaijan", "unreviewed", "HIGH", null, null).getItems())
                .extracting(DiscrepancyFeedItem::getStoryId).contains(storyId);

        // a journalist's verdict on the discrepancy, and its history
        String discrepancyId = item.getDiscrepancy().getId();
        Verdict dismissed = stories.recordDiscrepancyVerdict(discrepancyId, storyId, new VerdictRequest()
                .verdict(VerdictKind.DISMISSED).reason(DismissalReason.PART_OF_TOTAL).note("Baku counts the whole front."));
        assertThat(dismissed.getRecordedAt()).isNotNull();
        assertThat(stories.listDiscrepancyVerdicts(discrepancyId, storyId).getVerdicts()).containsExactly(dismissed);

        // the feed shows it as the discrepancy's latest verdict, and filters on it
        DiscrepancyFeedItem reviewed = feedApi.listDiscrepancies(null, 100, null, "Azerbaijan", "dismissed", null, null,
                        null).getItems().stream().filter(i -> storyId.equals(i.getStoryId())).findFirst().orElseThrow();
        assertThat(reviewed.getLatestVerdict().getVerdict()).isEqualTo(VerdictKind.DISMISSED);
        assertThat(reviewed.getLatestVerdict().getReason()).isEqualTo(DismissalReason.PART_OF_TOTAL);
        assertThat(reviewed.getLatestVerdict().getRecordedAt()).isEqualTo(dismissed.getRecordedAt());
        assertThat(feedApi.listDiscrepancies(null, 100, null, "Azerbaijan", "unreviewed", null, null, null).getItems())
                .extracting(DiscrepancyFeedItem::getStoryId).doesNotContain(storyId);
    }

    @Test
    void articlesQueuedThroughTheBrokerAreFollowedToReconciled() throws Exception {
        StoriesApi stories = new StoriesApi(client);
        String storyId = "queued-" + UUID.randomUUID();
        StoryArticlesRequest batch = new StoryArticlesRequest()
                .articles(List.of(article("baku-2", "Baku Desk", AZERBAIJAN_CLAIMS),
                        article("yerevan-2", "Yerevan Desk", ARMENIA_REPORTS)))
                .parties(PARTIES);
        QueuedArticles queued = stories.addArticlesAsync(storyId, batch, "batch-" + storyId);
        // a retry under the same Idempotency-Key queues nothing and is answered as the first time
        assertThat(stories.addArticlesAsync(storyId, batch, "batch-" + storyId)).isEqualTo(queued);
        assertThat(queued.getArticles()).extracting(QueuedArticle::getArticleId)
                .containsExactly("baku-2", "yerevan-2");
        assertThat(queued.getArticles()).extracting(QueuedArticle::getStatus).containsExactly(
                "/api/v1/stories/" + storyId + "/articles/baku-2/ingestion",
                "/api/v1/stories/" + storyId + "/articles/yerevan-2/ingestion");

        for (String articleId : List.of("baku-2", "yerevan-2")) {
            ArticleIngestion ingestion = stories.getArticleIngestion(articleId, storyId);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (ingestion.getState() != ArticleIngestion.StateEnum.RECONCILED && System.nanoTime() < deadline) {
                assertThat(ingestion.getState()).isNotEqualTo(ArticleIngestion.StateEnum.FAILED);
                Thread.sleep(200);
                ingestion = stories.getArticleIngestion(articleId, storyId);
            }
            assertThat(ingestion.getState()).isEqualTo(ArticleIngestion.StateEnum.RECONCILED);
            assertThat(ingestion.getReason()).isNull();
        }
        assertThat(stories.listStoryDiscrepancies(storyId).getDiscrepancies()).hasSize(1);
        assertThat(stories.listIngestionFailures(100).getFailures()).extracting(ArticleIngestion::getStoryId)
                .doesNotContain(storyId);
    }

    @Test
    void anUnknownStoryIsTheClientsApiExceptionWith404() {
        String unknown = "no-such-story-" + UUID.randomUUID();
        ApiException notFound = apiExceptionOf(() -> new StoriesApi(client).getStory(unknown));

        assertThat(notFound.getCode()).isEqualTo(404);
        assertThat(problemIn(notFound).getType()).isEqualTo(URI.create("urn:claimcheck:problem:not-found"));
    }

    @Test
    void aMissingApiKeyIsTheClientsApiExceptionWith401() {
        ApiClient anonymous = gateway.anonymousClient();
        AnalysisRequest request = new AnalysisRequest().articles(List.of(article("a1", "Wire", ARMENIA_REPORTS)));

        ApiException unauthorized = apiExceptionOf(() -> new AnalysesApi(anonymous).analyse(request));

        assertThat(unauthorized.getCode()).isEqualTo(401);
        assertThat(unauthorized.getResponseHeaders().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("X-API-Key"));
        Problem problem = problemIn(unauthorized);
        assertThat(problem.getType()).isEqualTo(URI.create("urn:claimcheck:problem:unauthorized"));
        assertThat(problem.getStatus()).isEqualTo(401);

        ApiException storyUnauthorized =
                apiExceptionOf(() -> new StoriesApi(anonymous).listStoryDiscrepancies("any-story"));
        assertThat(storyUnauthorized.getCode()).isEqualTo(401);
    }

    /** What the generated client throws for an error answer. */
    private static ApiException apiExceptionOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the generated client's exception for an error answer").isInstanceOf(ApiException.class);
        return (ApiException) thrown;
    }

    private static ArticleInput article(String id, String publisher, String text) {
        return new ArticleInput().id(id).publisher(publisher).publishedAt("2020-10-05").text(text);
    }

    /** The one claim of the value; a number's scale (2300 or 2.3E+3) does not matter. */
    private static Claim claimOf(List<Claim> claims, String value) {
        List<Claim> found = claims.stream()
                .filter(claim -> claim.getValue() != null && claim.getValue().compareTo(new BigDecimal(value)) == 0)
                .toList();
        assertThat(found).as("the claims of value %s among %s", value, claims).hasSize(1);
        return found.get(0);
    }

    /** Azerbaijan's 2,300 against Armenia's 104: killed, on Armenia's side, a high-severity disagreement. */
    private static void assertTheDisagreement(List<Discrepancy> discrepancies, Claim claimed, Claim reported) {
        assertThat(discrepancies).hasSize(1);
        Discrepancy discrepancy = discrepancies.get(0);
        assertThat(discrepancy.getMetric()).isEqualTo("KILLED");
        assertThat(discrepancy.getSubjectParty()).isEqualTo("Armenia");
        assertThat(discrepancy.getSeverity()).isEqualTo(Discrepancy.SeverityEnum.HIGH);
        assertThat(discrepancy.getClaimIds()).containsExactlyInAnyOrder(claimed.getId(), reported.getId());
        assertThat(discrepancy.getRatio()).isGreaterThan(new BigDecimal("20"));
        assertThat(discrepancy.getExplanation()).contains("2,300").contains("104");
        assertThat(discrepancy.getConsensus()).isNotNull();
        assertThat(discrepancy.getSides()).extracting(Side::getClaimantParty)
                .containsExactlyInAnyOrder("Azerbaijan", "Armenia");
        assertThat(discrepancy.getSides()).extracting(side -> side.getValue().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("2300", "104");
    }

    /** The RFC 9457 problem in an error answer, read with the generated model and the client's own mapper. */
    private static Problem problemIn(ApiException error) {
        assertThat(error.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        try {
            return new JSON().getMapper().readValue(error.getResponseBody(), Problem.class);
        } catch (Exception e) {
            throw new AssertionError("not a problem document: " + error.getResponseBody(), e);
        }
    }
}
