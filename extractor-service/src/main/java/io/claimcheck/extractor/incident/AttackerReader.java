package io.claimcheck.extractor.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.claimcheck.extractor.parties.PartyHit;
import io.claimcheck.extractor.parties.PartyIndex;
import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.PhraseTable;
import io.claimcheck.extractor.text.Token;

/**
 * The side that attacked, where the figure's clause names it beside an attack (lexicon {@code incident-attacks.tsv}):
 * "Rebel rockets killed 6", "government raids", "shelling by the army", "Kareshi jets". A party of the request's
 * table or the gazetteer names the side; else a side word does ("rebel": insurgents).
 */
final class AttackerReader {

    /** An attack whose side the text names: the attack's first token and the side. */
    record Found(int start, String side) {
    }

    /** How far before an attack noun its side may stand: "Kareshi army artillery fire". */
    private static final int SIDE_BEFORE = 3;
    /** How far after "by" the side may stand: "shelling by the Kareshi army". */
    private static final int SIDE_AFTER_BY = 3;

    private final PhraseTable<String> attacks;
    private final PhraseTable<String> sides;
    /** Verbs of saying (lexicon {@code speech.tsv}): a side before one speaks, it does not attack. */
    private final Set<String> speechVerbs;

    AttackerReader(LexiconSource lexicon) {
        Map<String, String> attackWords = new HashMap<>();
        Map<String, String> sideWords = new HashMap<>();
        for (List<String> row : lexicon.rows("incident-attacks.tsv")) {
            switch (row.get(1)) {
                case "attack" -> attackWords.put(row.get(0), row.get(0));
                case "side" -> sideWords.put(row.get(0), row.get(2));
                default -> throw new IllegalStateException("incident-attacks.tsv: unknown role " + row.get(1));
            }
        }
        this.attacks = PhraseTable.of(attackWords);
        this.sides = PhraseTable.of(sideWords);
        this.speechVerbs = lexicon.rows("speech.tsv").stream().map(row -> row.get(0))
                .filter(phrase -> !phrase.contains(" ")).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Every attack of the window whose side the text names, in text order; none after "whether", which leaves the
     * side in doubt ("it was not clear whether the strikes were carried out by Kareshi jets or Lorni ones").
     */
    List<Found> find(List<Token> tokens, Window window, PartyHit[] hits, PartyIndex parties) {
        List<Found> found = new ArrayList<>();
        for (int i = window.from(); i < window.to(); i++) {
            if (tokens.get(i).is("whether")) {
                break;
            }
            PhraseTable.Match<String> attack = attacks.startingAt(tokens, i);
            if (attack == null || attack.last() >= window.to()) {
                continue;
            }
            String side = sideBefore(tokens, Math.max(window.from(), i - SIDE_BEFORE), i, hits, parties);
            int by = attack.last() + 1;
            if (side == null && by < window.to() && tokens.get(by).is("by")) {
                side = sideBefore(tokens, by + 1, Math.min(window.to(), by + 1 + SIDE_AFTER_BY), hits, parties);
            }
            if (side != null) {
                found.add(new Found(i, side));
            }
            i = attack.last();
        }
        return found;
    }

    // the side named last among the words from..to (exclusive), nearest the attack noun; a party's name may take the
    // noun in ("government forces"); a side before a verb of saying is its speaker ("the monitor said three strikes
    // hit")
    private String sideBefore(List<Token> tokens, int from, int to, PartyHit[] hits, PartyIndex parties) {
        String side = null;
        for (int i = from; i < to; i++) {
            if (speechVerbs.contains(tokens.get(i).norm())) {
                side = null;
                continue;
            }
            if (hits[i] != null && hits[i].last() <= to) {
                side = hits[i].party();
                i = hits[i].last();
                continue;
            }
            PhraseTable.Match<String> word = sides.startingAt(tokens, i);
            if (word != null && word.last() < to) {
                String party = parties.resolveName(tokens.get(i).text());
                side = party != null ? party : word.value();
                i = word.last();
            }
        }
        return side;
    }
}
