package io.claimcheck.reconciler.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Turns a group of conflicting claims into a {@link Discrepancy}: its voices, ratio, severity, consensus and sentence. */
final class DiscrepancyAssembler {

    // The conflict that speaks for the group: furthest apart, then between named voices, then first in the input.
    static final Comparator<Conflict> HEADLINE_FIRST = Comparator
            .comparingDouble(Conflict::ratio).reversed()
            .thenComparing(Comparator.comparingInt(DiscrepancyAssembler::namedVoices).reversed())
            .thenComparing(Conflict::kind)
            .thenComparingInt(conflict -> Math.min(conflict.higher().index(), conflict.lower().index()))
            .thenComparingInt(conflict -> Math.max(conflict.higher().index(), conflict.lower().index()));

    private final ReconciliationRules rules;
    private final ObjectClasses classes;
    private final VoiceWeights weights;
    private final ExplanationWriter writer = new ExplanationWriter();

    DiscrepancyAssembler(ReconciliationRules rules, ObjectClasses classes, VoiceWeights weights) {
        this.rules = rules;
        this.classes = classes;
        this.weights = weights;
    }

    /**
     * @param members   the group's claims in input order
     * @param conflicts the conflicts it rests on (at least one): the headline among them, every sum of parts, and
     *                  enough to join every member that is in a conflict
     */
    Discrepancy assemble(List<Figure> members, List<Conflict> conflicts) {
        Conflict headline = conflicts.stream().min(HEADLINE_FIRST).orElseThrow();
        List<String> claimIds = members.stream().map(figure -> figure.claim().id()).toList();
        List<Side> sides = sides(members, headline, conflicts);
        return new Discrepancy(Discrepancy.idFor(claimIds), headline.higher().metric(), objectClass(members, headline),
                sharedSubjectParty(members), claimIds, headline.ratio(), rules.severityOf(headline.ratio()),
                explanation(headline, conflicts), consensus(sides), sides, confidence(headline));
    }

    // "...; Selm reports 4, 3 times fewer. Both count the incident in Hara, Dorva on 12 May 2026."
    private String explanation(Conflict headline, List<Conflict> conflicts) {
        String explained = writer.explain(headline, conflicts);
        return headline.higher().incident().sharedWith(headline.lower().incident())
                .map(incident -> explained + " Both count the incident " + incident + ".")
                .orElse(explained);
    }

    /**
     * How sure the headline's two claims count one incident: a quarter for each of place, day and attacking side
     * that both state, and a quarter for sharing metric, class and side (which every conflict does).
     */
    static double confidence(Conflict headline) {
        return (1 + headline.higher().incident().statedByBoth(headline.lower().incident())) / 4.0;
    }

    private List<Side> sides(List<Figure> members, Conflict headline, List<Conflict> conflicts) {
        Set<Figure> inConflict = Collections.newSetFromMap(new IdentityHashMap<>());
        conflicts.forEach(conflict -> {
            inConflict.add(conflict.higher());
            inConflict.add(conflict.lower());
        });
        Map<String, List<Figure>> byVoice = new LinkedHashMap<>();
        for (Figure member : members) {
            byVoice.computeIfAbsent(member.claimant().key(), key -> new ArrayList<>()).add(member);
        }
        List<Side> sides = new ArrayList<>();
        for (List<Figure> voice : byVoice.values()) {
            Figure speaker = voice.stream()
                    .min(Comparator.comparingInt((Figure figure) -> prominence(figure, headline, inConflict))
                            .thenComparingInt(Figure::index))
                    .orElseThrow();
            ReportedClaim claim = speaker.claim();
            sides.add(new Side(speaker.claimant().key(), speaker.claimant().label(), claim.claimantParty(),
                    voice.stream().map(figure -> figure.claim().id()).toList(), ExplanationWriter.spoken(speaker),
                    speaker.central(), selfReported(claim)));
        }
        return sides;
    }

    // 0 for a figure in the headline, 1 in another conflict, 2 for a corroborating restatement.
    private static int prominence(Figure figure, Conflict headline, Set<Figure> inConflict) {
        if (headline.higher() == figure || headline.lower() == figure) {
            return 0;
        }
        return inConflict.contains(figure) ? 1 : 2;
    }

    private Consensus consensus(List<Side> sides) {
        List<WeightedMedian.Weighted> figures = sides.stream()
                .map(side -> new WeightedMedian.Weighted(side.value(), weights.of(side.claimantKey())))
                .toList();
        double low = sides.stream().mapToDouble(Side::value).min().orElseThrow();
        double high = sides.stream().mapToDouble(Side::value).max().orElseThrow();
        return new Consensus(low, WeightedMedian.of(figures), high);
    }

    // The class that includes every member's: "person" for people beside soldiers, else the headline's.
    private String objectClass(List<Figure> members, Conflict headline) {
        return members.stream()
                .map(Figure::objectClass)
                .filter(candidate -> members.stream().allMatch(member -> member.objectClass().equals(candidate)
                        || classes.includes(candidate, member.objectClass())))
                .findFirst()
                .orElse(headline.higher().objectClass());
    }

    private static String sharedSubjectParty(List<Figure> members) {
        String first = members.get(0).subjectParty();
        return members.stream().allMatch(member -> Objects.equals(member.subjectParty(), first)) ? first : null;
    }

    private static Boolean selfReported(ReportedClaim claim) {
        if (claim.claimantParty() == null || claim.subjectParty() == null) {
            return null;
        }
        return claim.claimantParty().equals(claim.subjectParty());
    }

    private static int namedVoices(Conflict conflict) {
        return (conflict.higher().claimant().named() ? 1 : 0) + (conflict.lower().claimant().named() ? 1 : 0);
    }
}
