package io.claimcheck.reconciler.api;


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

import io.claimcheck.reconciler.store.StoryStore;

/** Stories followed over days and across outlets: their articles, claims and discrepancies. */
@Path("/stories/{storyId}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

    /** Story ids appear in URLs and logs: letters, digits and a few separators. */
    static final String STORY_ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,199}";

    private final StoryStore store;
    private final ArticleAdditions additions;

    StoryResource(StoryStore store, ArticleAdditions additions) {
        this.store = store;
        this.additions = additions;
    }

    @GET
    @Operation(operationId = "story", summary = "How much a story holds")
    public StorySummaryResponse story(@PathParam("storyId") @Pattern(regexp = STORY_ID) String storyId) {
        StoryStore.Summary summary = store.summary(storyId).orElseThrow(() -> noStory(storyId));
        return new StorySummaryResponse(storyId, summary.createdAt(), summary.articles(), summary.claims(),
                summary.discrepancies());
    }

    @POST
    @Path("/articles")
    @Operation(operationId = "addArticle", summary = "Add an article with its claims to a story (idempotent by article id)")
    public Response addArticle(@PathParam("storyId") @Pattern(regexp = STORY_ID) String storyId,
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid @NotNull AddArticleRequest request) {
        StoryStore.Added added = additions.add(storyId, idempotencyKey, request);
        ArticlePayload article = request.article();
        return Response.status(added.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(new AddArticleResponse(storyId, article.id(), added.created(), (int) added.claims()))
                .build();
    }

    @GET
    @Path("/articles")
    @Operation(operationId = "storyArticles", summary = "A page of a story's articles, oldest publication first, "
            + "without their texts")
    public ArticlesResponse articles(@PathParam("storyId") @Pattern(regexp = STORY_ID) String storyId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        StoryStore.ArticlePage page = store.articles(storyId, ArticleCursor.decode(cursor), limit)
                .orElseThrow(() -> noStory(storyId));
        return new ArticlesResponse(storyId, page.articles().stream().map(ArticlesResponse.Article::of).toList(),
                ArticleCursor.encode(page.next()));
    }

    @GET
    @Path("/claims")
    @Operation(operationId = "storyClaims", summary = "The claims of a story")
    public ClaimsResponse claims(@PathParam("storyId") @Pattern(regexp = STORY_ID) String storyId) {
        requireStory(storyId);
        return new ClaimsResponse(storyId, store.claims(storyId).stream().map(ClaimMapping::toPayload).toList());
    }

    @GET
    @Path("/discrepancies")
    @Operation(operationId = "storyDiscrepancies", summary = "The discrepancies among a story's claims")
    public DiscrepanciesResponse discrepancies(@PathParam("storyId") @Pattern(regexp = STORY_ID) String storyId) {
        return new DiscrepanciesResponse(store.discrepancies(storyId).orElseThrow(() -> noStory(storyId)));
    }

    private void requireStory(String storyId) {
        if (!store.exists(storyId)) {
            throw noStory(storyId);
        }
    }

    private static NotFoundException noStory(String storyId) {
        return new NotFoundException("There is no story '" + storyId + "'.");
    }
}
