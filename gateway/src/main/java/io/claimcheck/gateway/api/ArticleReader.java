package io.claimcheck.gateway.api;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.claimcheck.gateway.clients.ExtractionBatch;
import io.claimcheck.gateway.clients.ExtractorService;
import io.claimcheck.gateway.config.GatewayConfig;
import io.claimcheck.gateway.problems.InvalidRequestException;
import io.claimcheck.gateway.problems.ProblemType;

/** Checks articles against the API's limits and has the extractor read them. */
@ApplicationScoped
class ArticleReader {

    private final ExtractorService extractor;
    private final GatewayConfig config;

    ArticleReader(ExtractorService extractor, GatewayConfig config) {
        this.extractor = extractor;
        this.config = config;
    }

    /** Every claim of the articles, each carrying its article's id. */
    List<Claim> claimsOf(List<ArticleInput> articles, Map<String, List<String>> parties) {
        checkLimits(articles, parties);
        // the extractor refuses an article over the claims limit (422 too-many-claims, relayed as it is), so that
        // its answer, and the work after it, stay bounded
        ExtractionBatch.Response extracted = extractor.extract(new ExtractionBatch.Request(
                articles.stream().map(a -> new ExtractionBatch.Text(a.id(), a.text(), a.publishedAt())).toList(),
                parties, config.maxClaimsPerText()));
        return extracted.results().stream()
                .flatMap(result -> result.claims().stream().map(claim -> claim.inArticle(result.id())))
                .toList();
    }

    /** Refuses articles or a party table over the API's limits (400 or 413, saying which). */
    void checkLimits(List<ArticleInput> articles, Map<String, List<String>> parties) {
        check(articles);
        check(parties);
    }

    private void check(Map<String, List<String>> parties) {
        if (parties == null) {
            return;
        }
        if (parties.size() > config.maxParties()) {
            throw new InvalidRequestException(ProblemType.INVALID_REQUEST, 400, "A party table names at most "
                    + config.maxParties() + " parties; this one names " + parties.size() + ".");
        }
        parties.forEach((party, aliases) -> {
            checkName(party, "Party name");
            if (aliases != null && aliases.size() > config.maxAliasesPerParty()) {
                throw new InvalidRequestException(ProblemType.INVALID_REQUEST, 400, "Party '" + shortened(party)
                        + "' has " + aliases.size() + " aliases; the limit is " + config.maxAliasesPerParty() + ".");
            }
            if (aliases != null) {
                aliases.forEach(alias -> checkName(alias, "An alias of party '" + shortened(party) + "'"));
            }
        });
    }

    private void checkName(String name, String what) {
        if (name != null && name.length() > config.maxPartyNameLength()) {
            throw new InvalidRequestException(ProblemType.INVALID_REQUEST, 400, what + " has " + name.length()
                    + " characters; the limit is " + config.maxPartyNameLength() + ".");
        }
    }

    private static String shortened(String name) {
        return name.length() <= 40 ? name : name.substring(0, 40) + "…";
    }

    private void check(List<ArticleInput> articles) {
        if (articles.size() > config.maxArticles()) {
            throw new InvalidRequestException(ProblemType.INVALID_REQUEST, 400, "A request takes at most "
                    + config.maxArticles() + " articles; this one has " + articles.size() + ".");
        }
        long text = articles.stream().mapToLong(article -> article.text().length()).sum();
        if (text > config.maxRequestText()) {
            throw new InvalidRequestException(ProblemType.REQUEST_TOO_LARGE, 413, "The articles have " + text
                    + " characters in all; a request takes at most " + config.maxRequestText() + ".");
        }
        Set<String> ids = new HashSet<>();
        for (ArticleInput article : articles) {
            if (!ids.add(article.id())) {
                throw new InvalidRequestException(ProblemType.INVALID_REQUEST, 400,
                        "Article id '" + article.id() + "' appears more than once.");
            }
            if (article.text().length() > config.maxTextLength()) {
                throw new InvalidRequestException(ProblemType.TEXT_TOO_LONG, 413, "Article '" + article.id() + "' has "
                        + article.text().length() + " characters; the limit is " + config.maxTextLength() + ".");
            }
        }
    }
}
