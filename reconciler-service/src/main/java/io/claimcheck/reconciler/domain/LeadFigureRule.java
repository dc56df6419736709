package io.claimcheck.reconciler.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps, per article and voice, the figure that speaks for the story's event.
 *
 * <p>When one voice gives several figures for the same count in one article and they cannot all be true, the
 * first is the lead ("US-led strikes kill 56 civilians") and the later ones count something narrower or
 * different: one village ("15 in Manbij"), an earlier toll ("updating an earlier toll of 15"), another day,
 * the whole war. Those later figures are set aside, not compared with other voices. Later figures that agree
 * with the lead and the figures kept so far ("at least 56") are restatements and stay, and so does an early count
 * above the lead ("471, revising its earlier figure of 500"): the voice revised itself down, which is a discrepancy
 * ({@link PairRule}). A figure of an incident a clause recalls ("a day after a strike killed 12") counts another
 * incident than the article's: it neither leads nor is set aside.
 */
final class LeadFigureRule {

    Set<Figure> setAside(List<Figure> figures) {
        Map<VoiceAndCount, List<Figure>> byVoiceAndCount = new LinkedHashMap<>();
        for (Figure figure : figures) {
            if (figure.has(SentenceCues.Cue.RECALLED)) {
                continue;
            }
            byVoiceAndCount.computeIfAbsent(VoiceAndCount.of(figure), key -> new ArrayList<>()).add(figure);
        }
        Set<Figure> setAside = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Figure> sameVoiceAndCount : byVoiceAndCount.values()) {
            List<Figure> kept = new ArrayList<>();
            sameVoiceAndCount.stream().sorted(Comparator.comparingInt(Figure::order)).forEach(figure -> {
                if (kept.stream().allMatch(earlier -> earlier.interval().meets(figure.interval())
                        || figure.isEarlyCountRevisedDownBy(earlier))) {
                    kept.add(figure);
                } else {
                    setAside.add(figure);
                }
            });
        }
        return setAside;
    }

    private record VoiceAndCount(String articleId, String voice, String metric, String objectClass,
                                 String subjectParty) {

        static VoiceAndCount of(Figure figure) {
            return new VoiceAndCount(figure.claim().articleId(), figure.claimant().key(), figure.metric(),
                    figure.objectClass(), figure.subjectParty());
        }
    }
}
