package io.claimcheck.reconciler.domain;

import static io.claimcheck.reconciler.domain.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LeadFigureRuleTest {

    private final LeadFigureRule rule = new LeadFigureRule();

    @Test
    void aVoicesLaterFiguresThatContradictItsLeadAreSetAside() {
        Set<String> setAside = setAside(
                claim("lead").exactly(32).object("rebel").claimant("the monitor", "SOHR").at(100),
                claim("earlier-toll").exactly(15).object("rebel").claimant("the monitor", "SOHR").at(300));

        assertEquals(Set.of("earlier-toll"), setAside);
    }

    @Test
    void anEarlyCountAboveTheLeadStaysForTheRevisionItShows() {
        assertTrue(setAside(
                claim("lead").exactly(212).object("person").claimant("the health office", "Dorva").at(10),
                claim("early").exactly(260).object("person").claimant("the health office", "Dorva").at(60)
                        .incident(new Incident(null, List.of(), null, null, Set.of(SentenceCues.Cue.PROVISIONAL))))
                .isEmpty());
    }

    @Test
    void restatementsThatAgreeWithTheLeadStay() {
        assertTrue(setAside(
                claim("headline").exactly(56).object("civilian").claimant("Monitor", "SOHR").at(10),
                claim("body").figure(Bound.AT_LEAST, 56).object("civilian").claimant("a monitor", "SOHR").at(200))
                .isEmpty());
    }

    @Test
    void aLaterFigureMustAgreeWithEveryFigureKeptBeforeIt() {
        Set<String> setAside = setAside(
                claim("open").figure(Bound.AT_LEAST, 26).object("civilian").claimant("monitor", "SOHR").at(10),
                claim("exact").exactly(26).object("civilian").claimant("monitor", "SOHR").at(20),
                claim("week").figure(Bound.MORE_THAN, 75).object("civilian").claimant("monitor", "SOHR").at(30));

        assertEquals(Set.of("week"), setAside);
    }

    @Test
    void differentVoicesAndDifferentArticlesEachHaveTheirOwnLead() {
        assertTrue(setAside(
                claim("sohr").exactly(12).object("civilian").claimant("monitor", "SOHR").at(10),
                claim("coalition").exactly(18).object("civilian").claimant("coalition", "Opposition").at(20),
                claim("sohr-elsewhere").exactly(20).object("civilian").claimant("monitor", "SOHR")
                        .article("a2", "Other Paper").at(5))
                .isEmpty());
    }

    @Test
    void figuresOfARecalledIncidentNeitherLeadNorAreSetAside() {
        Incident recalled = new Incident(null, List.of(), "2026-05-11", null, Set.of(SentenceCues.Cue.RECALLED));
        assertTrue(setAside(
                claim("recalled-lead").range(24, 99).object("aid worker").at(10).incident(recalled),
                claim("today").exactly(6).object("aid worker").at(40)
                        .incident(new Incident(null, List.of(), "2026-05-12", null, Set.of())),
                claim("recalled-again").exactly(12).object("aid worker").at(90).incident(recalled))
                .isEmpty());
    }

    private Set<String> setAside(ClaimBuilder... claims) {
        ObjectClasses classes = ObjectClasses.builtIn();
        List<Figure> figures = IntStream.range(0, claims.length)
                .mapToObj(index -> Figure.of(claims[index].build(), index, classes, 0.1))
                .toList();
        return rule.setAside(figures).stream().map(figure -> figure.claim().id()).collect(Collectors.toSet());
    }
}
