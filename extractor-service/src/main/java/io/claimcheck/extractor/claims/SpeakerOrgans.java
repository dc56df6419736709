package io.claimcheck.extractor.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.claimcheck.extractor.text.LexiconSource;
import io.claimcheck.extractor.text.Token;
import io.claimcheck.extractor.text.Tokenizer;

/**
 * Which body of its side a claimant is (lexicon {@code speaker-organs.tsv}): "the defence ministry", "Azerbaijan's
 * prosecutor general's office", "Gaza officials". Two speakers of one side are two claimants (docs/claim-model.md
 * §4), so the reconciler tells a side's voices apart by their organ; a side that speaks as a whole ("Moscow said")
 * or through its news outlets names none, and is one voice. The organ is the last organ word of the phrase's head,
 * read up to the first preposition, relative or conjunction: "the Ministry of Emergency Situations" is a ministry,
 * "Russian military bloggers" are bloggers, "a statement from the General Commission" is the commission (a
 * document speaks for its author). Immutable and safe to share between threads.
 */
public final class SpeakerOrgans {

    private final Map<String, String> organByWord;
    private final Set<String> documents;
    private final FunctionWords functionWords;
    private final Tokenizer tokenizer;

    public SpeakerOrgans(LexiconSource lexicon, Tokenizer tokenizer) {
        Map<String, String> organs = new HashMap<>();
        for (List<String> row : lexicon.rows("speaker-organs.tsv")) {
            organs.put(row.get(0), row.get(1));
        }
        this.organByWord = Map.copyOf(organs);
        this.documents = Set.copyOf(lexicon.words("document-nouns.tsv"));
        this.functionWords = new FunctionWords(lexicon);
        this.tokenizer = tokenizer;
    }

    /** The organ of a claimant that speaks for a party; empty for no claimant, no party or no organ word. */
    public Optional<String> of(PartyMention claimant) {
        if (claimant == null || claimant.party() == null || claimant.text() == null) {
            return Optional.empty();
        }
        String organ = null;
        String lastWord = null;
        for (Token token : tokenizer.tokenize(claimant.text())) {
            boolean endsHead = token.isPunct() ? token.is(",") || token.is("(")
                    : functionWords.isFunctionWord(token) && !functionWords.isDeterminer(token);
            if (endsHead && lastWord != null) {
                if (!documents.contains(lastWord)) {
                    break;
                }
                lastWord = null; // "a statement from the commission": the author's head is read next
                continue;
            }
            if (token.isWord()) {
                lastWord = token.norm();
                organ = organByWord.getOrDefault(lastWord, organ);
            }
        }
        return Optional.ofNullable(organ);
    }
}
