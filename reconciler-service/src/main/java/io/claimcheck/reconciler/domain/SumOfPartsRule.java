package io.claimcheck.reconciler.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One voice's total must not be below the sum of its own parts in the same article: "100 killed in all"
 * beside "104 soldiers and 23 civilians" cannot all be true, while "passed 100" beside them can. (Totals and
 * parts from different voices are {@link PairRule}'s.)
 */
final class SumOfPartsRule {

    private final Comparability comparability;

    SumOfPartsRule(Comparability comparability) {
        this.comparability = comparability;
    }

    List<Conflict> find(List<Figure> figures) {
        Map<String, List<Figure>> byVoiceInArticle = new LinkedHashMap<>();
        for (Figure figure : figures) {
            byVoiceInArticle.computeIfAbsent(figure.claim().articleId() + "\u0000" + figure.claimant().key(),
                    key -> new ArrayList<>()).add(figure);
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (List<Figure> voice : byVoiceInArticle.values()) {
            for (Figure total : voice) {
                conflicts.addAll(totalBelowItsParts(total, voice));
            }
        }
        return conflicts;
    }

    private List<Conflict> totalBelowItsParts(Figure total, List<Figure> voice) {
        List<Figure> parts = outermostParts(total, voice);
        double sum = parts.stream().mapToDouble(part -> Math.max(0, part.interval().lower())).sum();
        if (parts.isEmpty() || !(total.interval().upper() < sum)) {
            return List.of();
        }
        double ratio = Ratio.between(sum, total.central());
        return parts.stream()
                .map(part -> new Conflict(part, total, ConflictKind.TOTAL_BELOW_SUM_OF_PARTS, ratio))
                .toList();
    }

    // Parts inside other parts (children among civilians) are already counted; one figure per class and side.
    private List<Figure> outermostParts(Figure total, List<Figure> voice) {
        List<Figure> parts = voice.stream().filter(part -> comparability.isTotalOf(total, part))
                .filter(part -> !part.has(SentenceCues.Cue.SUBGROUP) || ownWhole(part, voice) == total).toList();
        List<Figure> outermost = new ArrayList<>();
        for (Figure part : parts) {
            boolean nested = parts.stream().anyMatch(other -> comparability.nests(part, other));
            boolean repeated = outermost.stream().anyMatch(kept -> kept.objectClass().equals(part.objectClass())
                    && Objects.equals(kept.subjectParty(), part.subjectParty()));
            if (!nested && !repeated) {
                outermost.add(part);
            }
        }
        return outermost;
    }

    /**
     * The whole a part is told with ("82 people among them 18 children"): the nearest figure before it that counts
     * it. That part belongs to no other total of the article: "the barrage killed 10 in the city" a sentence earlier
     * is another toll, not a total below its 18 children.
     */
    private Figure ownWhole(Figure part, List<Figure> voice) {
        Figure whole = null;
        for (Figure candidate : voice) {
            if (candidate.order() < part.order() && comparability.isTotalOf(candidate, part)
                    && (whole == null || candidate.order() > whole.order())) {
                whole = candidate;
            }
        }
        return whole;
    }
}
