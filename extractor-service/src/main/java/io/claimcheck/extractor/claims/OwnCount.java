package io.claimcheck.extractor.claims;

import io.claimcheck.extractor.parties.PartyIndex;
import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.Tokenizer;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A side's own count (docs/claim-model.md §2): when a side's official voice (a ministry, an army, a council, or a state
 * named alone: "Karabakh reports 27 more deaths") counts soldiers or troops and the text names no other owner,
 * they are its own. Its count of deaths, losses or civilians is its own only in a war between states: in a war
 * inside one country a state's toll of the dead may be anyone's. Lexicon {@code own-count.tsv}; the words of an
 * official voice are those of {@code state-institutions.tsv}.
 */
final class OwnCount {

    private enum Kind { MILITARY, LOSS, PEOPLE, WEAPON }

    static final Set<Metric> LOSSES = EnumSet.of(Metric.KILLED, Metric.WOUNDED, Metric.CASUALTIES,
            Metric.MISSING, Metric.CAPTURED);

    private final Map<String, Kind> nouns;
    private final Set<String> officeWords;

    OwnCount(LexiconSource lexicon) {
        Map<String, Kind> words = new HashMap<>();
        for (List<String> row : lexicon.rows("own-count.tsv")) {
            words.put(row.get(0), Kind.valueOf(row.get(1).toUpperCase()));
        }
        this.nouns = Map.copyOf(words);
        this.officeWords = Set.copyOf(lexicon.words("state-institutions.tsv"));
    }

    /**
     * The claimant's own party when the claim counts the claimant's own losses, else null; a state that is not one
     * of the two the text shows fighting counts no losses of its own ("the US estimates 300 were killed").
     */
    String ownerOf(ClaimReader.Reading reading, PartyMention claimant, Document doc) {
        PartyIndex parties = doc.parties();
        if (claimant == null || claimant.party() == null || !LOSSES.contains(reading.metric())
                || !isOfficialVoice(claimant.text(), parties) || !doc.mayBeBelligerent(claimant.party())) {
            return null;
        }
        Kind kind = reading.head() == null ? Kind.LOSS : nouns.get(reading.head());
        if (kind == null && reading.object() != null) {
            kind = nouns.get(reading.object());
        }
        if (kind != Kind.MILITARY && !parties.betweenStates()) {
            return null;
        }
        return kind == null ? null : claimant.party();
    }

    /**
     * The enemy of the claimant's side when, in a war between states, a side counts weapons destroyed or shot down
     * and names no owner: a side reports the enemy's weapons downed, and its own as lost. Else null.
     */
    String enemyOf(ClaimReader.Reading reading, PartyMention claimant, Document doc) {
        if (claimant == null || reading.metric() != Metric.DESTROYED || reading.object() == null) {
            return null;
        }
        return countsWeapons(reading.object()) ? doc.opponentOf(claimant.party()) : null;
    }

    /** Whether the counted object is a weapon or a piece of military equipment. */
    boolean countsWeapons(String object) {
        return object != null && kindOf(object) == Kind.WEAPON;
    }

    private Kind kindOf(String object) {
        return nouns.getOrDefault(object, nouns.get(object.substring(object.lastIndexOf(' ') + 1)));
    }

    /**
     * The side an unnamed official voice speaks for, in a war between states, when it counts a side's losses:
     * "according to official data, 207 Peruvian citizens were killed" is Peru's official data. Else null.
     */
    String officialSideOf(Metric metric, PartyMention claimant, PartyMention subject, Document doc) {
        if (claimant == null || claimant.party() != null || subject == null || subject.party() == null
                || !LOSSES.contains(metric) || !doc.parties().betweenStates()
                || !doc.parties().isState(subject.party())) {
            return null;
        }
        return isOfficialVoice(claimant.text(), doc.parties()) ? subject.party() : null;
    }

    /** Whether the counted object is people: soldiers, civilians, residents (not deaths or things). */
    boolean countsPeople(String object) {
        if (object == null) {
            return false;
        }
        Kind kind = kindOf(object);
        return kind == Kind.MILITARY || kind == Kind.PEOPLE; // "enemy soldier" is a soldier
    }

    /**
     * "the Kareshi army", "Armenia's defence ministry", "Karabakh": a body of a side, or a state named alone (a
     * monitor or an agency named alone is no side's voice, whatever the party table calls it).
     */
    private boolean isOfficialVoice(String text, PartyIndex parties) {
        String plain = Tokenizer.normalize(text);
        for (String word : plain.split(" ")) {
            if (officeWords.contains(word.endsWith("'s") ? word.substring(0, word.length() - 2) : word)) {
                return true;
            }
        }
        String party = parties.resolveName(plain.startsWith("the ") ? text.substring(4) : text);
        return party != null && parties.isState(party);
    }
}
