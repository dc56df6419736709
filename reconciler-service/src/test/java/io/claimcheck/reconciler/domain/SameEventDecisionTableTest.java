package io.claimcheck.reconciler.domain;

import static io.claimcheck.reconciler.domain.ClaimBuilder.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The "Same event" table of HARD-CASES.md, one row a case, with the incidents the extractor reads from its sentences,
 * and rows of our own with other places and days. Each row: the claims, and the pairs of claim ids that must stand
 * in one discrepancy (none: no discrepancy at all).
 */
class SameEventDecisionTableTest {

    private static final String FRIDAY = "2026-05-15";
    private final Reconciler reconciler = new Reconciler(ReconciliationRules.defaults());

    static Stream<Arguments> table() {
        return Stream.of(
                row("district inside the city total",
                        List.of(killed("a", "a1", "Dorva state radio", 12).incident(at("Dorva", List.of(), FRIDAY)),
                                killed("b", "a2", "Hara council", 4).incident(at("Hara", List.of("Dorva"), FRIDAY))),
                        Set.of()),
                row("another incident recalled",
                        List.of(killed("a", "a1", "the Watch", 9).incident(at(null, List.of(), FRIDAY)),
                                killed("b", "a1", "the Watch", 40)
                                        .incident(at(null, List.of(), "2026-03-01/2026-03-31"))),
                        Set.of()),
                row("the two sides' attacks the same day",
                        List.of(killed("a", "a1", "the Watch", 6).incident(by("west Dorva", "insurgents")),
                                killed("b", "a2", "state radio", 21).incident(by("east Dorva", "government"))),
                        Set.of()),
                row("subset against subset, never the part against its whole",
                        List.of(killed("a", "a1", "the Watch", 30).object("civilian").incident(plain()),
                                killed("b", "a1", "the Watch", 12).object("child")
                                        .incident(cued(SentenceCues.Cue.SUBGROUP)),
                                killed("c", "a2", "state radio", 18).object("child").incident(plain())),
                        Set.of(List.of("b", "c"))),
                row("\"other\" is not always an increment",
                        List.of(wounded("a", "a1", "the Watch", 20).incident(plain()),
                                wounded("b", "a2", "state radio", 35).incident(plain())),
                        Set.of(List.of("a", "b"))),
                row("total below a part, across outlets, the same clashes the same day",
                        List.of(killed("a", "a1", "the Watch", 25).incident(at(null, List.of(), FRIDAY)),
                                killed("b", "a2", "state radio", 60).figure(Bound.MORE_THAN, 60).object("fighter")
                                        .incident(at(null, List.of(), FRIDAY))),
                        Set.of(List.of("a", "b"))),
                row("object classes",
                        List.of(killed("a", "a1", "the Watch", 6).object("citizen").incident(plain()),
                                killed("b", "a2", "state radio", 11).incident(plain())),
                        Set.of(List.of("a", "b"))),
                row("\"early\" in a date",
                        List.of(killed("a", "a1", "the Watch", 30)
                                        .incident(at(null, List.of(), "2026-05-01/2026-05-31")),
                                killed("b", "a2", "state radio", 45).incident(at(null, List.of(), "2026-05-07"))),
                        Set.of(List.of("a", "b"))),
                // our own: other places and days
                row("a town's figure above its province's, in one article",
                        List.of(killed("a", "a1", "the Watch", 50).incident(at("Lorn", List.of(), null)),
                                killed("b", "a1", "state radio", 70)
                                        .incident(at("Kessa", List.of("Lorn"), null))),
                        Set.of(List.of("a", "b"))),
                row("two towns of one province",
                        List.of(killed("a", "a1", "the Watch", 50).incident(at("Kessa", List.of("Lorn"), null)),
                                killed("b", "a2", "state radio", 8).incident(at("Orra", List.of("Lorn"), null))),
                        Set.of()),
                row("three days apart",
                        List.of(killed("a", "a1", "the Watch", 50).incident(at("Kessa", List.of(), "2026-02-02")),
                                killed("b", "a2", "state radio", 8).incident(at("Kessa", List.of(), "2026-02-05"))),
                        Set.of()),
                row("one town in two outlets' spellings",
                        List.of(killed("a", "a1", "the Watch", 50).incident(at("Vasylivka", List.of(), FRIDAY)),
                                killed("b", "a2", "state radio", 8)
                                        .incident(at("Vasilivka", List.of("Zelenodar"), FRIDAY))),
                        Set.of(List.of("a", "b"))),
                row("two towns whose names part at their second letter",
                        List.of(killed("a", "a1", "the Watch", 50).incident(at("Avdiivka", List.of(), FRIDAY)),
                                killed("b", "a2", "state radio", 8).incident(at("Andriivka", List.of(), FRIDAY))),
                        Set.of()),
                row("a night strike dated a day apart by two outlets",
                        List.of(killed("a", "a1", "the Watch", 50).incident(at("Kessa", List.of(), "2026-02-02")),
                                killed("b", "a2", "state radio", 8).incident(at("Kessa", List.of(), "2026-02-03"))),
                        Set.of(List.of("a", "b"))),
                row("an article with two incidents: its figure that names neither stays out",
                        List.of(killed("a", "a1", "the Watch", 14).incident(at("Kessa", List.of(), null)),
                                killed("b", "a1", "the Watch", 3).incident(at("Orra", List.of(), null)),
                                killed("c", "a1", "the Watch", 40).incident(plain()),
                                killed("d", "a2", "state radio", 14).incident(plain())),
                        Set.of()),
                row("the north of a city and its northeast may be one place",
                        List.of(killed("a", "a1", "the Watch", 12)
                                        .incident(at("north Lorn", List.of("Lorn"), "2026-02-02")),
                                killed("b", "a2", "state radio", 18).incident(
                                        at("Tarsa", List.of("northeast Lorn", "Lorn"), "2026-02-02"))),
                        Set.of(List.of("a", "b"))),
                row("an undated figure says nothing against an article of two days' attacks",
                        List.of(killed("a", "a1", "the Watch", 30).incident(at(null, List.of(), "2026-05-09")),
                                killed("b", "a1", "the Watch", 6).incident(at(null, List.of(), "2026-05-13")),
                                killed("c", "a2", "state radio", 12).incident(plain())),
                        Set.of()),
                row("in an article of yesterday's strike on one town and today's on another, today's undated-place "
                        + "figure is today's",
                        List.of(killed("a", "a1", "the Watch", 30).incident(at("Kessa", List.of(), "2026-05-12")),
                                killed("b", "a1", "the Watch", 30).incident(at("Orra", List.of(), "2026-05-13")),
                                killed("c", "a1", "state radio", 52).incident(at(null, List.of(), "2026-05-13")),
                                killed("d", "a2", "the Watch", 30).incident(at("Orra", List.of(), "2026-05-13"))),
                        Set.of(List.of("c", "d"))),
                row("one side's toll beside the toll of both sides",
                        List.of(killed("a", "a1", "state radio", 207).incident(at(null, List.of(), FRIDAY)),
                                killed("b", "a2", "the Watch", 40)
                                        .incident(new Incident(null, List.of(), FRIDAY, null,
                                                Set.of(SentenceCues.Cue.BOTH_SIDES)))),
                        Set.of()),
                row("two tolls of both sides compare",
                        List.of(killed("a", "a1", "state radio", 207)
                                        .incident(new Incident(null, List.of(), FRIDAY, null,
                                                Set.of(SentenceCues.Cue.BOTH_SIDES))),
                                killed("b", "a2", "the Watch", 40)
                                        .incident(new Incident(null, List.of(), FRIDAY, null,
                                                Set.of(SentenceCues.Cue.BOTH_SIDES)))),
                        Set.of(List.of("a", "b"))),
                row("a war-long total",
                        List.of(killed("a", "a1", "the Watch", 3000).incident(cued(SentenceCues.Cue.BACKGROUND)),
                                killed("b", "a2", "state radio", 12).incident(plain())),
                        Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void decides(String pattern, List<ClaimBuilder> claims, Set<List<String>> together) {
        List<Discrepancy> found = reconciler.reconcile(claims.stream().map(ClaimBuilder::build).toList());
        if (together.isEmpty()) {
            assertThat(found).as(pattern).isEmpty();
            return;
        }
        for (List<String> pair : together) {
            assertThat(found).as(pattern + ": " + pair)
                    .anyMatch(discrepancy -> discrepancy.claimIds().containsAll(pair));
        }
    }

    @org.junit.jupiter.api.Test
    void saysWhichIncidentAndHowSure() {
        List<Discrepancy> found = reconciler.reconcile(List.of(
                killed("a", "a1", "the Watch", 50).incident(at("Hara", List.of("Dorva"), "2026-05-12")).build(),
                killed("b", "a2", "state radio", 8).incident(at("Hara", List.of("Dorva"), "2026-05-12")).build()));
        assertThat(found).singleElement().satisfies(discrepancy -> {
            assertThat(discrepancy.explanation()).endsWith("Both count the incident in Hara, Dorva on 12 May 2026.");
            assertThat(discrepancy.confidence()).isEqualTo(0.75);
        });
        List<Discrepancy> dayApart = reconciler.reconcile(List.of(
                killed("a", "a1", "the Watch", 50).incident(at("Hara", List.of("Dorva"), "2026-05-12")).build(),
                killed("b", "a2", "state radio", 8).incident(at("Hara", List.of("Dorva"), "2026-05-13")).build()));
        assertThat(dayApart).singleElement().satisfies(discrepancy ->
                assertThat(discrepancy.explanation()).endsWith("Both count the incident in Hara, Dorva."));
        List<Discrepancy> unplaced = reconciler.reconcile(List.of(
                killed("a", "a1", "the Watch", 50).incident(plain()).build(),
                killed("b", "a2", "state radio", 8).incident(plain()).build()));
        assertThat(unplaced).singleElement().satisfies(discrepancy ->
                assertThat(discrepancy.confidence()).isEqualTo(0.25));
    }

    private static Arguments row(String pattern, List<ClaimBuilder> claims, Set<List<String>> together) {
        return Arguments.of(pattern, claims, together);
    }

    private static ClaimBuilder killed(String id, String article, String claimant, double value) {
        return claim(id).article(article, "outlet " + article).metric("KILLED").object("person").exactly(value)
                .claimant(claimant, claimant.equals("state radio") ? "Karesh" : "Watch");
    }

    private static ClaimBuilder wounded(String id, String article, String claimant, double value) {
        return killed(id, article, claimant, value).metric("WOUNDED");
    }

    private static Incident at(String place, List<String> within, String day) {
        return new Incident(place, within, day, null, Set.of());
    }

    private static Incident by(String place, String attacker) {
        return new Incident(place, List.of(place.substring(place.indexOf(' ') + 1)), null, attacker, Set.of());
    }

    private static Incident plain() {
        return new Incident(null, List.of(), null, null, Set.of());
    }

    private static Incident cued(SentenceCues.Cue cue) {
        return new Incident(null, List.of(), null, null, Set.of(cue));
    }
}
