package io.claimcheck.gateway.api;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimcheck.gateway.broker.ArticleQueue;
import io.claimcheck.gateway.broker.SubmittedArticle;
import io.claimcheck.gateway.clients.ReconcilerService;
import io.claimcheck.gateway.clients.Stories;
import io.claimcheck.gateway.config.GatewayConfig;
import io.claimcheck.gateway.observability.ApiMetrics;
import io.claimcheck.gateway.problems.Problem;

/**
 * Stories followed over days and across outlets: add articles, read their claims and discrepancies, record
 * journalists' verdicts on the discrepancies.
 */
@Path("/api/v1/stories/{storyId}")
@Tag(name = "Stories", description = "Follow a story across articles and outlets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

    /** The preference (RFC 7240) that asks for the asynchronous path. */
    static final String RESPOND_ASYNC = "respond-async";

    private final ArticleReader reader;
    private final ReconcilerService reconciler;
    private final ArticleQueue queue;
    private final GatewayConfig config;
    private final ApiMetrics metrics;
    private final ObjectMapper json;

    StoryResource(ArticleReader reader, ReconcilerService reconciler, ArticleQueue queue, GatewayConfig config,
            ApiMetrics metrics, ObjectMapper json) {
        this.reader = reader;
        this.reconciler = reconciler;
        this.queue = queue;
        this.config = config;
        this.metrics = metrics;
        this.json = json;
    }

    private static boolean respondAsync(String prefer) {
        return prefer != null && Arrays.stream(prefer.split(","))
                .map(preference -> preference.split(";")[0].trim())
                .anyMatch(RESPOND_ASYNC::equalsIgnoreCase);
    }

    private SubmittedArticle submitted(String storyId, String idempotencyKey, ArticleInput article,
            Map<String, List<String>> parties) {
        return new SubmittedArticle(storyId, idempotencyKey, new SubmittedArticle.Article(article.id(),
                article.publisher(), article.publishedAt(), article.url(), article.text()), parties,
                config.maxClaimsPerText());
    }

    @POST
    @Path("/articles")
    @Operation(operationId = "addArticle", summary = "Add an article to a story",
            description = "Reads the article's claims and stores the article with them, whole or not at all. "
                    + "The same article id twice changes nothing, and a retry with the same Idempotency-Key never "
                    + "stores anything twice; the same key with other content is refused (422). Answers with the "
                    + "article's claims and the story's discrepancies. With the header Prefer: respond-async the "
                    + "article is checked against the limits, queued through the broker and answered with 202 at "
                    + "once; its claims are read and stored as they would be here, and the Location the answer gives "
                    + "tells how far it got. " + AnalysisResource.LIMITS)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StoryArticleRequest.class),
            examples = @ExampleObject(name = "seed", summary = "Baku's claim about the Karabakh dead",
                    value = ApiExamples.STORY_ARTICLE_REQUEST)))
    @APIResponse(responseCode = "201", description = "The article was added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryArticleResponse.class)))
    @APIResponse(responseCode = "200", description = "The story already held the article; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryArticleResponse.class)))
    @APIResponse(responseCode = "413", description = "The article's text is over the length limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another article or other "
            + "content, or the article holds more claims than the limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "202", description = "With Prefer: respond-async, the article is queued (the broker "
            + "confirmed it); Location is its status",
            headers = {
                    @Header(name = "Location", description = "The article's ingestion status",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Preference-Applied", description = "respond-async",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QueuedArticle.class)))
    public Response addArticle(
            @Parameter(description = "The story's id, chosen by the newsroom", example = "nagorno-karabakh-2020")
            @PathParam("storyId") @Pattern(regexp = Ids.PATTERN) String storyId,
            @Parameter(description = "A key of the client's choosing; a retried request with the same key is stored once")
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Parameter(description = "respond-async: queue the article through the broker and answer 202 at once, "
                    + "without its claims; follow it at the Location the answer gives")
            @HeaderParam("Prefer") @Size(max = 200) String prefer,
            @Valid @NotNull StoryArticleRequest request) {
        ArticleInput article = request.article();
        if (respondAsync(prefer)) {
            reader.checkLimits(List.of(article), request.parties());
            queue.submit(List.of(submitted(storyId, idempotencyKey, article, request.parties())));
            return Response.accepted(QueuedArticle.of(storyId, article.id()))
                    .location(URI.create(QueuedArticle.statusPath(storyId, article.id())))
                    .header("Preference-Applied", RESPOND_ASYNC)
                    .build();
        }
        List<Claim> claims = reader.claimsOf(List.of(article), request.parties());
        Stories.Added added = reconciler.addArticle(storyId, idempotencyKey, new Stories.AddArticle(
                new Stories.Article(article.id(), article.publisher(), article.publishedAt(), article.url(), article.text()),
                claims));
        List<Claim> stored = reconciler.claims(storyId).claims().stream()
                .filter(claim -> article.id().equals(claim.articleId()))
                .toList();
        StoryArticleResponse body = new StoryArticleResponse(storyId, article.id(), added.created(), stored,
                reconciler.discrepancies(storyId).discrepancies());
        metrics.found(stored.size(), body.discrepancies().size());
        if (!added.created()) {
            return Response.ok(body).build();
        }
        return Response.created(URI.create("/api/v1/stories/" + storyId)).entity(body).build();
    }

    @POST
    @Path("/articles/batch")
    @Operation(operationId = "addArticlesAsync", summary = "Queue articles for a story",
            description = "Checks the articles against the limits at once (a bad one refuses the whole batch, before "
                    + "anything is queued), then queues each through the broker and answers 202 once the broker "
                    + "confirmed them all, with each article's status URL. Each article is then read and stored as "
                    + "one added alone would be: once, however often it is sent. With an Idempotency-Key, a retry of "
                    + "a batch the broker confirmed queues nothing and gets the same answer; the same key with another "
                    + "batch is refused (422) before anything is queued. " + AnalysisResource.LIMITS)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StoryArticlesRequest.class)))
    @APIResponse(responseCode = "202", description = "Every article is queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QueuedArticles.class)))
    @APIResponse(responseCode = "413", description = "An article's text, or all of them, over the length limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another batch of the story",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addArticlesAsync(
            @Parameter(description = "The story's id, chosen by the newsroom", example = "nagorno-karabakh-2020")
            @PathParam("storyId") @Pattern(regexp = Ids.PATTERN) String storyId,
            @Parameter(description = "A key of the client's choosing; a retried batch with the same key is queued once "
                    + "and answered as the first time")
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 200) String idempotencyKey,
            @Valid @NotNull StoryArticlesRequest request) {
        reader.checkLimits(request.articles(), request.parties());
        List<SubmittedArticle> articles = request.articles().stream()
                .map(article -> submitted(storyId, null, article, request.parties()))
                .toList();
        if (idempotencyKey == null) {
            queue.submit(articles);
        } else {
            queue.submitOnce(storyId, idempotencyKey, request.contentHash(json), articles);
        }
        return Response.accepted(new QueuedArticles(storyId, request.articles().stream()
                        .map(article -> QueuedArticle.of(storyId, article.id()))
                        .toList()))
                .build();
    }

    @GET
    @Path("/articles/{articleId}/ingestion")
    @Operation(operationId = "getArticleIngestion", summary = "Where an article submitted asynchronously stands",
            description = "queued, extracted, reconciled (stored in the story with its claims) or failed, with the "
                    + "reason. A new submission of the article starts over at queued.")
    @APIResponse(responseCode = "200", description = "The article's state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleIngestion.class)))
    @APIResponse(responseCode = "404", description = "The article was never submitted asynchronously to the story",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleIngestion ingestion(@PathParam("storyId") @Pattern(regexp = Ids.PATTERN) String storyId,
            @Parameter(description = "The article's id", example = "a1")
            @PathParam("articleId") @Pattern(regexp = Ids.PATTERN) String articleId) {
        return ArticleIngestion.of(reconciler.ingestion(storyId, articleId));
    }

    @GET
    @Operation(operationId = "getStory", summary = "How much a story holds",
            description = "The story's articles, claims and current discrepancies, counted.")
    @APIResponse(responseCode = "200", description = "The story's counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StorySummary.class)))
    @APIResponse(responseCode = "404", description = "No such story",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StorySummary story(@PathParam("storyId") @Pattern(regexp = Ids.PATTERN) String storyId) {
        Stories.Summary summary = reconciler.story(storyId);
        return new StorySummary(summary.storyId(), summary.createdAt(), summary.articles(), summary.claims(),
                summary.discrepancies());
    }

    @GET
    @Path("/articles")
    @Operation(operationId = "listStoryArticles", summary = "The articles of a story",
            description = "A page of the story's articles, oldest publication first, the undated last, then by id: "
                    + "who published each, when, where, and how many claims were read from it. The texts are not "
                    + "listed (each may be 200,000 characters); the claims, with their sentences, are "
                    + "listStoryClaims. Page with the cursor each page gives. An article added while a client pages "
                    + "shows on a later page only when it is dated after the cursor; reading from the start again "
                    + "finds every article.")
    @APIResponse(responseCode = "200", description = "A page of the story's articles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryArticles.class)))
    @APIResponse(responseCode = "404", description = "No such story",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StoryArticles articles(@PathParam("storyId") @Pattern(regexp = Ids.PATTERN) String storyId,
            @Parameter(description = "The next field of the previous page")
            @QueryParam("cursor") @Size(max = 500) String cursor,
            @Parameter(description = "Articles a page holds", example = "20")
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return reconciler.articles(storyId, cursor, limit);
    }

    @GET
    @Path("/claims")
    @Operation(operationId = "listStoryClaims", summary = "The claims of a story",
            description = "Every claim of every article of the story, article by article, in text order.")
    @APIResponse(responseCode = "200", description = "Every claim of every article of the story",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryClaims.class)))
    @APIResponse(responseCode = "404", description = "No such story",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StoryClaims claims(@PathParam("storyId") @Pattern(regexp = Ids.PATTERN) String storyId) {
        return new StoryClaims(storyId, reconciler.claims(storyId).claims());
    }

    @GET
    @Path("/claims.csv")
    @Produces(ClaimsCsv.MEDIA_TYPE)
    @Operation(operationId = "exportStoryClaims", summary = "The claims of a story as CSV",
            description = "One row a claim, with a header row: for a spreadsheet or a newsroom's own tools.")
    @APIResponse(responseCode = "200", description = "The story's claims as CSV",
            content = @Content(mediaType = ClaimsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such story",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String claimsAsCsv(@PathParam("storyId") @Pattern(regexp = Ids.PATTERN) String storyId) {
        return ClaimsCsv.of(reconciler.claims(storyId).claims());
    }

    @GET
    @Path("/discrepancies/{discrepancyId}/claim-review")
    @Produces(ClaimReview.MEDIA_TYPE)
    @Operation(operationId = "exportDiscrepancyAsClaimReview", summary = "A discrepancy as schema.org ClaimReview",
            description = "The JSON-LD that search engines and fact-check aggregators read: the claim in question "
                    + "(one about the adversary's losses first, then the larger figure), rated by how far apart the "
                    + "sources are (1 = HIGH, 3 = LOW), with the explanation as the review.")
    @APIResponse(responseCode = "200", description = "The discrepancy as ClaimReview JSON-LD",
            content = @Content(mediaType = ClaimReview.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No such story or discrepancy",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClaimReview discrepancyAsClaimReview(@PathParam("storyId") @Pattern(regexp = Ids.PATTERN) String storyId,
            @PathParam("discrepancyId") @Pattern(regexp = Ids.PATTERN) String discrepancyId) {
        return reconciler.discrepancies(storyId).discrepancies().stream()
                .filter(discrepancy -> discrepancy.id().equals(discrepancyId))
                .findFirst()
                .map(discrepancy -> ClaimReview.of(storyId, discrepancy))
                .orElseThrow(() -> new NotFoundException("Story '" + storyId + "' has no discrepancy '"
                        + discrepancyId + "'."));
    }

    @POST
    @Path("/discrepancies/{discrepancyId}/verdicts")
    @Operation(operationId = "recordDiscrepancyVerdict", summary = "Record a journalist's verdict on a discrepancy",
            description = "Marks one of the story's current discrepancies CONFIRMED, DISMISSED (with the reason: "
                    + "what the comparison got wrong) or NEEDS_CHECKING, with an optional note of at most 2,000 "
                    + "characters. Every verdict is kept: the latest is the discrepancy's standing, the earlier ones "
                    + "its history. Not idempotent: each request records one more verdict.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VerdictRequest.class),
            examples = @ExampleObject(name = "dismissed", summary = "Two figures that count different things",
                    value = ApiExamples.VERDICT_REQUEST)))
    @APIResponse(responseCode = "201", description = "The verdict was recorded",
            headers = @Header(name = "Location", description = "The discrepancy's verdicts",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Verdict.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, a verdict or reason not of the list, or a note "
            + "over 2,000 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such story, or the story holds no such discrepancy now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "DISMISSED without a reason, or a reason with another verdict",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordVerdict(@PathParam("storyId") @Pattern(regexp = Ids.PATTERN) String storyId,
            @Parameter(description = "The discrepancy's id, as the story's discrepancies give it", example = "d-5ed50dc0033c")
            @PathParam("discrepancyId") @Pattern(regexp = Ids.DISCREPANCY_PATTERN) String discrepancyId,
            @Valid @NotNull VerdictRequest request) {
        Verdict recorded = reconciler.recordVerdict(storyId, discrepancyId, request);
        return Response.created(URI.create("/api/v1/stories/" + storyId + "/discrepancies/" + discrepancyId
                + "/verdicts")).entity(recorded).build();
    }

    @GET
    @Path("/discrepancies/{discrepancyId}/verdicts")
    @Operation(operationId = "listDiscrepancyVerdicts", summary = "The verdicts on a discrepancy",
            description = "Every verdict journalists recorded on the discrepancy, oldest first (an empty list when "
                    + "none yet). The history stays readable after the discrepancy was retired: when an article "
                    + "changes its claims, the discrepancy gets a new id and the verdicts stay under the old one.")
    @APIResponse(responseCode = "200", description = "The discrepancy's verdicts, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DiscrepancyVerdicts.class)))
    @APIResponse(responseCode = "404", description = "No such story, or it neither holds such a discrepancy now nor has "
            + "any verdict under that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DiscrepancyVerdicts verdicts(@PathParam("storyId") @Pattern(regexp = Ids.PATTERN) String storyId,
            @Parameter(description = "The discrepancy's id, current or retired", example = "d-5ed50dc0033c")
            @PathParam("discrepancyId") @Pattern(regexp = Ids.DISCREPANCY_PATTERN) String discrepancyId) {
        return reconciler.verdicts(storyId, discrepancyId);
    }

    @GET
    @Path("/discrepancies")
    @Operation(operationId = "listStoryDiscrepancies", summary = "The discrepancies of a story",
            description = "Where the story's sources disagree, most severe first; kept current as articles arrive.")
    @APIResponse(responseCode = "200", description = "Where the story's sources disagree",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryDiscrepancies.class)))
    @APIResponse(responseCode = "404", description = "No such story",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StoryDiscrepancies discrepancies(@PathParam("storyId") @Pattern(regexp = Ids.PATTERN) String storyId) {
        return new StoryDiscrepancies(storyId, reconciler.discrepancies(storyId).discrepancies());
    }
}
