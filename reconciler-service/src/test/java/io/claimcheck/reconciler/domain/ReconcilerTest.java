package io.claimcheck.reconciler.domain;

import static io.claimcheck.reconciler.domain.ClaimBuilder.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reconciler over whole stories: the seed's Nagorno-Karabakh figures, told in our own words. */
class ReconcilerTest {

    private final Reconciler reconciler = new Reconciler(ReconciliationRules.defaults());

    /** The seed article's casualty figures: who said what, as the extractor would deliver them. */
    static List<ReportedClaim> seedStory() {
        return List.of(
                claim("toll-passed").figure(Bound.MORE_THAN, 100).object("person").at(10)
                        .sentence("Officially, more than 100 have now died.").build(),
                claim("toll-topped").figure(Bound.MORE_THAN, 100).object("person").at(20)
                        .sentence("The official count, civilians included, is above 100.").build(),
                claim("am-soldiers-own").exactly(104).object("soldier").subject("Armenia", "Armenia").at(30)
                        .sentence("So far Armenia has seen 104 military deaths and 23 civilian deaths.").build(),
                claim("am-civilians-own").exactly(23).object("civilian").subject("civilian deaths", "Armenia").at(40)
                        .build(),
                claim("az-soldiers-own").exactly(130).object("soldier").subjectParty("Azerbaijan").at(50).build(),
                claim("am-soldiers").exactly(104).object("soldier").subject("Armenia", "Armenia")
                        .claimant("Armenia", "Armenia").at(60)
                        .sentence("Armenia puts its losses at 104 military deaths and 23 civilian deaths.").build(),
                claim("am-civilians").exactly(23).object("civilian").subject("civilian deaths", "Armenia")
                        .claimant("Armenia", "Armenia").at(70).build(),
                claim("az-soldiers").exactly(130).object("soldier").subjectParty("Azerbaijan")
                        .claimant("Armenia", "Armenia").at(80).build(),
                claim("az-claim").exactly(2300).mention("2,300").object("soldier")
                        .subject("Karabakh soldiers", "Armenia")
                        .claimant("Azerbaijan’s Defense Ministry", "Azerbaijan").at(90)
                        .sentence("Azerbaijan’s Defense Ministry answered that 2,300 Karabakh soldiers had been killed.")
                        .build(),
                claim("tanks").exactly(130).metric("DESTROYED").object("tank").subjectParty("Armenia")
                        .claimant("Azerbaijan’s Defense Ministry", "Azerbaijan").at(100).build(),
                claim("war-1990s").exactly(30000).mention("30,000").object("person").at(110)
                        .sentence("An earlier war over the region, in the 1990s, cost 30,000 lives.").build());
    }

    @Test
    void theSeedHasOneDiscrepancyThe2300AgainstBoth104s() {
        List<Discrepancy> discrepancies = reconciler.reconcile(seedStory());

        assertEquals(1, discrepancies.size(), discrepancies::toString);
        Discrepancy discrepancy = discrepancies.get(0);
        assertEquals(List.of("am-soldiers-own", "am-soldiers", "az-claim"), discrepancy.claimIds());
        assertEquals("KILLED", discrepancy.metric());
        assertEquals("military", discrepancy.objectClass());
        assertEquals("Armenia", discrepancy.subjectParty());
        assertEquals(2300 / 104.0, discrepancy.ratio(), 1e-9);
        assertEquals(Severity.HIGH, discrepancy.severity());
        assertEquals("Azerbaijan’s Defense Ministry says 2,300 Karabakh soldiers were killed; "
                + "Armenia reports 104 military deaths, 22 times fewer.", discrepancy.explanation());
    }

    @Test
    void twoTownsPopulationsAreTwoTownsNotADiscrepancy() {
        List<ReportedClaim> populations = List.of(
                claim("city").exactly(400000).metric("COUNT").object("resident").subject("the city", null)
                        .claimant("the council", null).build(),
                claim("town").exactly(60000).metric("COUNT").object("resident").subject("the town", null)
                        .claimant("a local official", null).build());

        assertTrue(reconciler.reconcile(populations).isEmpty());
        List<ReportedClaim> peopleCounted = List.of(
                claim("city").exactly(400000).metric("COUNT").object("person").claimant("the council", null).build(),
                claim("town").exactly(60000).metric("COUNT").object("person").claimant("a local official", null).build());
        assertTrue(reconciler.reconcile(peopleCounted).isEmpty());
    }

    @Test
    void theSeedSidesSayWhoCountsTheirOwnLosses() {
        Discrepancy discrepancy = reconciler.reconcile(seedStory()).get(0);

        Side armenia = discrepancy.sides().stream().filter(side -> "Armenia".equals(side.claimantKey()))
                .findFirst().orElseThrow();
        Side azerbaijan = discrepancy.sides().stream().filter(side -> "Azerbaijan".equals(side.claimantKey()))
                .findFirst().orElseThrow();
        Side publisher = discrepancy.sides().stream().filter(side -> "Daily Example".equals(side.claimantKey()))
                .findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, armenia.selfReported());
        assertEquals(Boolean.FALSE, azerbaijan.selfReported());
        assertNull(publisher.selfReported());
        assertEquals("2,300", azerbaijan.figure());
        assertEquals(new Consensus(104, 104, 2300), discrepancy.consensus());
    }

    @Test
    void aRerunGivesTheSameIdsInTheSameOrderWhateverTheInputOrder() {
        List<ReportedClaim> shuffled = new ArrayList<>(seedStory());
        Collections.reverse(shuffled);

        Discrepancy once = reconciler.reconcile(seedStory()).get(0);
        Discrepancy reversed = reconciler.reconcile(shuffled).get(0);

        assertEquals(once.id(), reversed.id());
        assertEquals(once.id(), reconciler.reconcile(seedStory()).get(0).id());
        assertTrue(once.id().matches("d-[0-9a-f]{12}"), once.id());
    }

    @Test
    void learnedWeightsMoveTheBestEstimateTowardTheTrustedVoice() {
        Map<String, ClaimantWeight> weights = Map.of("Azerbaijan", new ClaimantWeight(5.0, 12),
                "Armenia", new ClaimantWeight(1.0, 12), "Daily Example", new ClaimantWeight(1.0, 3));

        Discrepancy discrepancy = new Reconciler(ReconciliationRules.defaults(), weights)
                .reconcile(seedStory()).get(0);

        assertEquals(2300, discrepancy.consensus().best());
    }

    @Test
    void oneVoiceRepeatingItselfIsNoDiscrepancy() {
        List<ReportedClaim> repeated = List.of(
                claim("first").exactly(130).object("soldier").subjectParty("Azerbaijan").build(),
                claim("again").exactly(130).object("soldier").subjectParty("Azerbaijan").claimant("Armenia", "Armenia")
                        .build());

        assertTrue(reconciler.reconcile(repeated).isEmpty());
    }

    @Test
    void differentTownsCountedByOneVoiceInOneArticleAreNotComparedWithOtherVoices() {
        List<ReportedClaim> story = List.of(
                claim("lead").exactly(56).object("civilian").claimant("the monitor", "Monitor").at(10).build(),
                claim("one-town").exactly(15).object("civilian").claimant("the monitor", "Monitor").at(90).build(),
                claim("other-source").figure(Bound.AT_LEAST, 85).object("civilian").claimant("activists", "Activists")
                        .article("a2", "Other Paper").build());

        List<Discrepancy> discrepancies = reconciler.reconcile(story);

        assertEquals(1, discrepancies.size());
        assertEquals(List.of("lead", "other-source"), discrepancies.get(0).claimIds());
    }

    @Test
    void aWarWideTollIsNotComparedWithAnAttacksToll() {
        List<ReportedClaim> story = List.of(
                claim("attack").exactly(30).object("person").build(),
                claim("war").figure(Bound.MORE_THAN, 250000).object("person").claimant("the UN", "UN").build());

        assertTrue(reconciler.reconcile(story).isEmpty());
    }

    @Test
    void discrepanciesComeMostSevereFirst() {
        List<ReportedClaim> story = new ArrayList<>(seedStory());
        story.add(claim("wounded-a").exactly(19).metric("WOUNDED").object("person").claimant("state TV", "Syria")
                .build());
        story.add(claim("wounded-b").exactly(22).metric("WOUNDED").object("person").article("a2", "Other Paper")
                .build());

        List<Discrepancy> discrepancies = reconciler.reconcile(story);

        assertEquals(List.of(Severity.HIGH, Severity.LOW),
                discrepancies.stream().map(Discrepancy::severity).toList());
        assertFalse(discrepancies.get(1).explanation().isBlank());
    }

    @Test
    void anArticlesUnattributedLedeThatRepeatsItsSourcesFigureJoinsThatSource() {
        List<ReportedClaim> claims = List.of(
                claim("lede").exactly(25).object("militant").subjectParty("Nusra").article("b", "Wire B").at(5)
                        .sentence("A mosque bombing has reportedly killed 25 Nusra militants.").build(),
                claim("monitor").exactly(25).object("fighter").subjectParty("Nusra").claimant("the monitor", "SOHR")
                        .article("b", "Wire B").at(90).build(),
                claim("commission").exactly(15).object("person").claimant("a commission", "Opposition")
                        .article("a", "Wire A").at(40).build(),
                claim("monitor-a").figure(Bound.AT_LEAST, 25).object("member").subjectParty("Nusra")
                        .claimant("the monitor", "SOHR").article("a", "Wire A").at(10).build(),
                claim("wire-b-own").exactly(30).object("militant").subjectParty("Nusra").article("b", "Wire B")
                        .at(150).build());

        List<Discrepancy> discrepancies = reconciler.reconcile(claims);

        // the commission's 15 in all is below the monitor's 25 Nusra fighters; the monitor restates its 25 in article b,
        // which sums it up, unattributed, in its lede; its own later 30 repeats no one's figure and stays out
        assertEquals(1, discrepancies.size(), discrepancies::toString);
        assertEquals(List.of("lede", "monitor", "commission", "monitor-a"), discrepancies.get(0).claimIds());
    }

    @Test
    void aLedeJoinsTheSourceItRestatesThoughAnotherVoiceCountsTheSameOtherwise() {
        List<ReportedClaim> claims = List.of(
                claim("lede").exactly(6).object("child").article("b", "Wire B").at(5)
                        .sentence("Six children died when jets hit a school near Orra.").build(),
                claim("charity").exactly(6).object("child").claimant("the charity", "Aid")
                        .article("b", "Wire B").at(120).build(),
                claim("monitor").exactly(2).object("child").claimant("the monitor", "Watch")
                        .article("a", "Wire A").at(40).build());

        List<Discrepancy> discrepancies = reconciler.reconcile(claims);

        // the lede sums up the charity's six, which the monitor's two contradicts: the lede stands with the charity
        assertEquals(1, discrepancies.size(), discrepancies::toString);
        assertEquals(List.of("lede", "charity", "monitor"), discrepancies.get(0).claimIds());
    }

    @Test
    void aHeadlineMayNameItsSourcesFigureMoreNarrowlyButASourcesNarrowerFigureIsAPart() {
        List<ReportedClaim> claims = List.of(
                claim("headline").exactly(9).object("civilian").article("b", "Wire B").at(0)
                        .sentence("Nine civilians killed in shelling of Orra").build(),
                claim("agency").exactly(9).object("person").claimant("the agency", "Kessa")
                        .article("b", "Wire B").at(80).build(),
                claim("agency-civilians").exactly(9).object("civilian").claimant("the agency", "Kessa")
                        .article("b", "Wire B").at(160).build(),
                claim("monitor").exactly(15).object("person").claimant("the monitor", "Watch")
                        .article("a", "Wire A").at(40).build());

        List<Discrepancy> discrepancies = reconciler.reconcile(claims);

        // the headline sums up the agency's nine, naming them civilians; the agency's own nine civilians count a part
        // of the toll, which the monitor's 15 people does not contradict
        assertEquals(1, discrepancies.size(), discrepancies::toString);
        assertEquals(List.of("headline", "agency", "monitor"), discrepancies.get(0).claimIds());
    }
}
