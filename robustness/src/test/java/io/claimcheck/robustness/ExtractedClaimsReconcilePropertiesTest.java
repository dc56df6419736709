package io.claimcheck.robustness;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.claimcheck.extractor.claims.Claim;
import io.claimcheck.extractor.claims.PartyMention;
import io.claimcheck.extractor.parties.PartyTable;
import io.claimcheck.extractor.pipeline.Extractor;
import io.claimcheck.reconciler.domain.Bound;
import io.claimcheck.reconciler.domain.Discrepancy;
import io.claimcheck.reconciler.domain.Interval;
import io.claimcheck.reconciler.domain.Reconciler;
import io.claimcheck.reconciler.domain.ReconciliationRules;
import io.claimcheck.reconciler.domain.ReportedClaim;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Whatever text two articles hold, what the extractor reads from them is what the reconciler accepts at its edge (the
 * columns' lengths, finite and ordered amounts) and can compare without an exception, and every discrepancy it finds
 * is sound: its claims among those given, a finite ratio of at least 1, a consensus in order, an explanation. The
 * gateway's own hop (JSON) is left out: both services' code runs here in one process, with no framework started.
 */
class ExtractedClaimsReconcilePropertiesTest {

    private static final Extractor EXTRACTOR = Extractor.load();
    private static final Reconciler RECONCILER = new Reconciler(ReconciliationRules.defaults());
    private static final PartyTable PARTIES = new PartyTable(Map.of(
            "Armenia", List.of("Armenian", "Karabakh", "Yerevan"),
            "Azerbaijan", List.of("Azerbaijani", "Baku"),
            "Monitor", List.of("the observatory", "monitors")));

    /** Pieces of news text of our own and of its accidents: scores, scale chains, odd characters, speakers. */
    private static final List<String> PIECES = List.of(
            "killed", "wounded", "died", "destroyed", "were killed", "said", "says", "according to", "claimed",
            "the ministry", "Baku's Defense Ministry", "Armenian officials", "the observatory", "Karabakh", "soldiers",
            "civilians", "people", "tanks", "troops", "more than", "at least", "about", "nearly", "up to", "between",
            "and", "to", "or", "dozens of", "hundreds of", "tens of thousands of", "104", "2,300", "23", "1.5 million",
            "2-1", "3-0", "2019-2018", "2-3 million", "12-15", "$2-3bn", "500-2m", "million million million",
            "billion", "a quarter of a million", "twenty-three", "40%", "20+", "0", "1e400", "Infinity", "NaN", "-5",
            "=HYPERLINK(", "on Friday", "in March", "in Dorva", ".", ",", ";", "“", "”", "(", ")", "\n", "\t",
            "\uD83D\uDE00", "é", "٣");

    @Provide
    Arbitrary<String> newsLikeText() {
        return Arbitraries.of(PIECES).list().ofMaxSize(50).map(pieces -> String.join(" ", pieces));
    }

    @Property(tries = 200)
    void twoArticlesOfNewsLikeTextReconcileSoundly(@ForAll("newsLikeText") String first,
            @ForAll("newsLikeText") String second) {
        assertReconcilesSoundly(List.of(first, second));
    }

    @Property(tries = 100)
    void anyTextReconcilesSoundly(@ForAll @StringLength(max = 300) String first,
            @ForAll @StringLength(max = 300) String second) {
        assertReconcilesSoundly(List.of(first, second));
    }

    @Example
    void theInputsThatOnceBrokeTheServicesReconcileSoundly() {
        assertReconcilesSoundly(List.of(
                "United beat Charlton 2-1. Officials said 2-3 million people fled and 12-15 soldiers were killed.",
                "Baku's Defense Ministry said 2019-2018 and " + "million ".repeat(60) + "soldiers were killed.",
                "Armenian officials counted 104 military deaths; the observatory said 2,300 soldiers died."));
    }

    private static void assertReconcilesSoundly(List<String> texts) {
        List<ReportedClaim> claims = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String articleId = "a" + i;
            for (Claim claim : EXTRACTOR.extract(texts.get(i), PARTIES)) {
                claims.add(storable(articleId, claim));
            }
        }
        List<Discrepancy> found = assertDoesNotThrow(() -> RECONCILER.reconcile(claims));
        Set<String> ids = new HashSet<>(claims.stream().map(ReportedClaim::id).toList());
        for (Discrepancy discrepancy : found) {
            assertTrue(ids.containsAll(discrepancy.claimIds()), () -> "claims not given: " + discrepancy);
            assertTrue(Double.isFinite(discrepancy.ratio()) && discrepancy.ratio() >= 1, () -> "ratio: " + discrepancy);
            assertNotNull(discrepancy.severity());
            assertFalse(discrepancy.explanation() == null || discrepancy.explanation().isBlank());
            assertTrue(discrepancy.confidence() >= 0.25 && discrepancy.confidence() <= 1, () -> "confidence: " + discrepancy);
            if (discrepancy.consensus() != null) {
                double low = discrepancy.consensus().low();
                double best = discrepancy.consensus().best();
                double high = discrepancy.consensus().high();
                assertTrue(Double.isFinite(low) && Double.isFinite(high) && low <= best && best <= high,
                        () -> "consensus: " + discrepancy);
            }
        }
    }

    /** The claim as the gateway hands it on, checked as the reconciler's edge checks it (db/migration/V1's columns). */
    private static ReportedClaim storable(String articleId, Claim claim) {
        String where = articleId + "@" + claim.start() + " " + claim;
        assertTrue(claim.mention().length() <= 500, () -> "mention over 500: " + where);
        assertTrue(claim.object() == null || claim.object().length() <= 200, () -> "counted noun over 200: " + where);
        for (PartyMention side : new PartyMention[] {claim.subject(), claim.claimant()}) {
            assertTrue(side == null || side.text() == null || side.text().length() <= 500, () -> "side over 500: " + where);
        }
        ReportedClaim reported = new ReportedClaim(articleId + "@" + claim.start(), articleId, null, null,
                claim.mention(), claim.value(), claim.lower(), claim.upper(), Bound.valueOf(claim.bound().name()),
                claim.metric().name(), claim.object(), text(claim.subject()), party(claim.subject()),
                text(claim.claimant()), party(claim.claimant()), claim.sentence(), claim.start(), null);
        Interval stated = assertDoesNotThrow(() -> Interval.of(reported), () -> "no interval: " + where);
        assertFalse(Double.isNaN(stated.lower()) || Double.isNaN(stated.upper()), () -> "NaN end: " + where);
        for (Double number : new Double[] {claim.value(), claim.lower(), claim.upper()}) {
            assertTrue(number == null || Double.isFinite(number), () -> "an end that is no number: " + where);
        }
        return reported;
    }

    private static String text(PartyMention side) {
        return side == null ? null : side.text();
    }

    private static String party(PartyMention side) {
        return side == null ? null : side.party();
    }
}
