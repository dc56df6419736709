package io.claimcheck.reconciler.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a claim's own article says of its figure besides the figure: the cues of its sentence, the place the sentence
 * names, and whether its voice's lead figure in the article sets it aside ({@link LeadFigureRule}). All of it depends
 * on the claim's article alone, so {@link Reconciler#read} reads it once, when the article arrives, and the story
 * keeps it with the claim: an addition to a big story then does not read every sentence of the story again.
 *
 * @param cues           the sentence's cues ({@link SentenceCues})
 * @param place          the town or village the sentence sets the count in ({@link Localities}), lower-cased
 * @param setAsideByLead whether a lead figure of the same voice and count in the article contradicts it
 */
public record ClaimReading(Set<SentenceCues.Cue> cues, Optional<String> place, boolean setAsideByLead) {

    public ClaimReading {
        // an EnumSet behind the read-only view: the rules ask "has this cue?" for every pair a claim is judged in
        Set<SentenceCues.Cue> copy = EnumSet.noneOf(SentenceCues.Cue.class);
        copy.addAll(cues);
        cues = Collections.unmodifiableSet(copy);
    }
}
