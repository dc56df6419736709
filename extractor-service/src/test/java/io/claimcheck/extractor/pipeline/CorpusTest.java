package io.claimcheck.extractor.pipeline;

import io.claimcheck.extractor.claims.Claim;
import io.claimcheck.extractor.claims.ClaimantRule;
import io.claimcheck.extractor.claims.MetricRule;
import io.claimcheck.extractor.claims.PartyMention;
import io.claimcheck.extractor.claims.Rules;
import io.claimcheck.extractor.claims.SubjectRule;
import io.claimcheck.extractor.numbers.Bound;
import io.claimcheck.extractor.parties.PartyTable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The grammar beside its corpus (Duckling's pattern): every example of {@code src/test/resources/corpus/en}
 * is its own test, so that every failing phrasing is reported, each with what went wrong.
 */
class CorpusTest {

    private static final Extractor EXTRACTOR = Extractor.load();

    /**
     * One phrasing: its line in the corpus, its text, the mention marked in it (null when unmarked), and whether other
     * claims may stand beside the marked one (a line that starts with "+ ").
     */
    private record Example(int line, String text, String mention, int mentionStart, boolean amongOthers) {

        static Example parse(int line, String raw) {
            boolean amongOthers = raw.startsWith("+ ");
            if (amongOthers) {
                raw = raw.substring(2);
            }
            int open = raw.indexOf('[');
            int close = raw.indexOf(']', open + 1);
            if (open < 0 || close < 0) {
                return new Example(line, raw, null, -1, amongOthers);
            }
            String text = raw.substring(0, open) + raw.substring(open + 1, close) + raw.substring(close + 1);
            return new Example(line, text, raw.substring(open + 1, close), open, amongOthers);
        }

        String name() {
            return "line " + line + ": " + text;
        }
    }

    // ---- amounts.corpus and the corpus of each kind of amount ----

    /** The files in the format of amounts.corpus: one "=" expectation, then the phrasings that must meet it. */
    private static final List<String> AMOUNT_FILES = List.of("amounts.corpus", "measures.corpus", "money.corpus",
            "percent.corpus", "fractions.corpus", "multiples.corpus", "negatives.corpus", "ranges.corpus",
            "counts.corpus");

    /** A block's expectation: bound and interval, and optionally metric and object. */
    private record Expected(Bound bound, Double value, Double lower, Double upper, String metric, String object) {

        static Expected parse(String header) {
            String[] words = header.substring(1).strip().split("\\s+");
            Bound bound = Bound.valueOf(words[0]);
            int rest;
            Double value = null;
            Double lower;
            Double upper;
            if (bound == Bound.RANGE) {
                lower = Double.valueOf(words[1]);
                upper = Double.valueOf(words[2]);
                rest = 3;
            } else {
                value = Double.valueOf(words[1]);
                lower = switch (bound) {
                    case AT_MOST, LESS_THAN -> null;
                    default -> value;
                };
                upper = switch (bound) {
                    case AT_LEAST, MORE_THAN -> null;
                    default -> value;
                };
                rest = 2;
            }
            String metric = words.length > rest ? words[rest] : null;
            String object = words.length > rest + 1
                    ? String.join(" ", Arrays.copyOfRange(words, rest + 1, words.length)) : null;
            return new Expected(bound, value, lower, upper, metric, object);
        }
    }

    @TestFactory
    Stream<DynamicTest> amounts() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : AMOUNT_FILES) {
            Expected expected = null;
            for (Line line : lines(file)) {
                if (line.text().startsWith("=")) {
                    expected = Expected.parse(line.text());
                    continue;
                }
                Expected want = Objects.requireNonNull(expected, file + ": an example before its first '=' header");
                Example example = Example.parse(line.number(), line.text());
                tests.add(DynamicTest.dynamicTest(file + " " + example.name(), () -> checkAmount(example, want)));
            }
        }
        return tests.stream();
    }

    private static void checkAmount(Example example, Expected want) {
        List<Claim> claims = EXTRACTOR.extract(example.text(), PartyTable.EMPTY);
        if (example.amongOthers()) {
            claims = claims.stream().filter(c -> c.start() == example.mentionStart()).toList();
        }
        if (claims.isEmpty()) {
            fail("nothing found");
        }
        if (claims.size() > 1) {
            fail("ambiguous: " + claims.size() + " claims " + claims.stream().map(Claim::mention).toList());
        }
        Claim claim = claims.get(0);
        List<String> problems = new ArrayList<>();
        if (example.mention() != null && !(claim.mention().equals(example.mention())
                && claim.start() == example.mentionStart())) {
            problems.add("not the whole phrase: got '" + claim.mention() + "', want '" + example.mention() + "'");
        }
        if (claim.bound() != want.bound()) {
            problems.add("wrong bound: got " + claim.bound() + ", want " + want.bound());
        }
        if (!Objects.equals(claim.value(), want.value())) {
            problems.add("wrong value: got " + claim.value() + ", want " + want.value());
        }
        if (!Objects.equals(claim.lower(), want.lower()) || !Objects.equals(claim.upper(), want.upper())) {
            problems.add("wrong interval: got [" + claim.lower() + ", " + claim.upper() + "], want ["
                    + want.lower() + ", " + want.upper() + "]");
        }
        if (want.metric() != null && !claim.metric().name().equals(want.metric())) {
            problems.add("wrong metric: got " + claim.metric() + ", want " + want.metric());
        }
        if (want.object() != null && !want.object().equals(claim.object())) {
            problems.add("wrong object: got " + claim.object() + ", want " + want.object());
        }
        if (!problems.isEmpty()) {
            fail(String.join("; ", problems));
        }
    }

    // ---- not-claims.corpus ----

    @TestFactory
    Stream<DynamicTest> notClaims() {
        return lines("not-claims.corpus").stream().map(line -> DynamicTest.dynamicTest(
                "line " + line.number() + ": " + line.text(), () -> {
                    List<Claim> claims = EXTRACTOR.extract(line.text(), PartyTable.EMPTY);
                    if (!claims.isEmpty()) {
                        fail("no claim expected, got " + claims.stream()
                                .map(c -> "'" + c.mention() + "' " + c.metric()).toList());
                    }
                }));
    }

    // ---- claims.corpus ----

    /**
     * A claim a passage must give; a claimant written "party/organ" must also be that organ of its party. In a rule's
     * corpus a line starting with "* " marks the claim the rule must have read.
     */
    private record ExpectedClaim(String mention, String metric, String object, String subject, String claimant,
                                 String organ, String claimantText, boolean readByTheRule) {

        static ExpectedClaim parse(String line) {
            boolean marked = line.startsWith("* ");
            if (marked) {
                line = line.substring(2);
            }
            String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
            if (cells.length != 5) {
                throw new IllegalArgumentException("want 5 cells: mention | metric | object | subject | claimant: " + line);
            }
            // the claimant cell may end with the speaker's words in quotes: 'Karesh/ministry "the ministry"'
            String claimantCell = cells[4];
            String claimantText = null;
            int quote = claimantCell.indexOf('"');
            if (quote >= 0 && claimantCell.endsWith("\"") && claimantCell.length() > quote + 1) {
                claimantText = claimantCell.substring(quote + 1, claimantCell.length() - 1);
                claimantCell = claimantCell.substring(0, quote).strip();
            }
            String[] claimant = claimantCell.split("/", 2);
            return new ExpectedClaim(cells[0], cells[1], dash(cells[2]), dash(cells[3]), dash(claimant[0]),
                    claimant.length == 2 ? claimant[1] : null, claimantText, marked);
        }

        private static String dash(String cell) {
            return cell.equals("-") ? null : cell;
        }
    }

    private static final class Passage {
        final int line;
        final String row;
        final StringBuilder text = new StringBuilder();
        final Map<String, List<String>> parties = new LinkedHashMap<>();
        final List<ExpectedClaim> claims = new ArrayList<>();

        Passage(int line, String row) {
            this.line = line;
            this.row = row;
        }

        String name() {
            return (row == null ? "" : row + ", ") + "line " + line + ": " + text;
        }
    }

    @TestFactory
    Stream<DynamicTest> claims() {
        return passages("claims.corpus").stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> checkClaims(p)));
    }

    /** HARD-CASES.md's sides and speakers rows, each met by passages of our own. */
    @TestFactory
    Stream<DynamicTest> hardCases() {
        List<Passage> passages = passages("hard-cases.corpus");
        Map<String, Long> perRow = passages.stream()
                .collect(Collectors.groupingBy(p -> String.valueOf(p.row), LinkedHashMap::new, Collectors.counting()));
        DynamicTest everyRowTwice = DynamicTest.dynamicTest("every row has two passages of its own", () -> perRow
                .forEach((row, count) -> assertTrue(count >= 2, "row '" + row + "' has " + count + " passage(s)")));
        return Stream.concat(Stream.of(everyRowTwice),
                passages.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> checkClaims(p))));
    }

    /** The passages of a claims file: "> " lines, an optional "parties:" line, one line per claim; "row:" names a group. */
    private static List<Passage> passages(String file) {
        List<Passage> passages = new ArrayList<>();
        Passage current = null;
        String row = null;
        for (Line line : lines(file)) {
            String text = line.text();
            if (text.startsWith("row:")) {
                row = text.substring("row:".length()).strip();
                current = null;
            } else if (text.startsWith("> ")) {
                if (current == null || !current.claims.isEmpty() || !current.parties.isEmpty()) {
                    current = new Passage(line.number(), row);
                    passages.add(current);
                }
                current.text.append(current.text.isEmpty() ? "" : " ").append(text.substring(2));
            } else if (text.startsWith("parties:")) {
                for (String party : text.substring("parties:".length()).split(";")) {
                    String[] nameAndAliases = party.split("=");
                    current.parties.put(nameAndAliases[0].strip(), Arrays.stream(nameAndAliases[1].split(","))
                            .map(String::strip).toList());
                }
            } else {
                current.claims.add(ExpectedClaim.parse(text));
            }
        }
        return passages;
    }

    private static void checkClaims(Passage passage) {
        checkClaims(passage, null);
    }

    /** The passage's claims, and when {@code rule} is given, that it read every marked claim. */
    private static void checkClaims(Passage passage, NamedRule rule) {
        List<ReadClaim> read = EXTRACTOR.read(passage.text.toString(), new PartyTable(passage.parties), null);
        List<Claim> got = read.stream().map(ReadClaim::claim).toList();
        List<String> problems = new ArrayList<>();
        if (got.size() != passage.claims.size()) {
            problems.add("want " + passage.claims.size() + " claims, got " + got.size() + " "
                    + got.stream().map(Claim::mention).toList());
        }
        for (int i = 0; i < Math.min(got.size(), passage.claims.size()); i++) {
            Claim claim = got.get(i);
            ExpectedClaim want = passage.claims.get(i);
            String where = "claim " + (i + 1) + " (" + want.mention() + "; " + read.get(i).rules() + "): ";
            if (!claim.mention().equals(want.mention())) {
                problems.add(where + "not the whole phrase: got '" + claim.mention() + "'");
            }
            if (!claim.metric().name().equals(want.metric())) {
                problems.add(where + "wrong metric: got " + claim.metric() + ", want " + want.metric());
            }
            if (!Objects.equals(claim.object(), want.object())) {
                problems.add(where + "wrong object: got " + claim.object() + ", want " + want.object());
            }
            if (!Objects.equals(party(claim.subject()), want.subject())) {
                problems.add(where + "wrong subject: got " + claim.subject() + ", want " + want.subject());
            }
            if (!Objects.equals(party(claim.claimant()), want.claimant())) {
                problems.add(where + "wrong claimant: got " + claim.claimant() + ", want " + want.claimant());
            }
            String spoken = claim.claimant() == null ? null : claim.claimant().text();
            if (want.claimantText() != null && !want.claimantText().equals(spoken)) {
                problems.add(where + "wrong speaker: got " + spoken + ", want " + want.claimantText());
            }
            // "Karesh/" wants no organ: the side speaks as a whole
            String organ = read.get(i).claimantOrgan();
            if (want.organ() != null && !Objects.equals(want.organ().isEmpty() ? null : want.organ(), organ)) {
                problems.add(where + "wrong organ of " + claim.claimant() + ": got " + organ + ", want "
                        + (want.organ().isEmpty() ? "none" : want.organ()));
            }
            if (rule != null && want.readByTheRule() && !rule.fired(read.get(i).rules())) {
                problems.add(where + rule + " should have read it");
            }
        }
        if (rule != null && passage.claims.stream().noneMatch(ExpectedClaim::readByTheRule)) {
            problems.add("no claim marked '* ' for " + rule + " to read");
        }
        if (!problems.isEmpty()) {
            fail((rule == null ? "" : rule.file() + " line " + passage.line + ":\n") + String.join("\n", problems));
        }
    }

    private static String party(PartyMention mention) {
        return mention == null ? null : mention.party();
    }

    // ---- rules/<family>/<rule>.corpus: each named rule beside the examples it must read ----

    /** A named rule of one family: its corpus file is rules/family/its-name.corpus. */
    private record NamedRule(String family, Enum<?> name, Function<Rules, Enum<?>> firedIn) {

        String file() {
            return "rules/" + family + "/" + name.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".corpus";
        }

        boolean fired(Rules rules) {
            return firedIn.apply(rules) == name;
        }

        @Override
        public String toString() {
            return family + " rule " + name;
        }
    }

    private static List<NamedRule> namedRules() {
        List<NamedRule> rules = new ArrayList<>();
        Arrays.stream(MetricRule.values()).forEach(rule -> rules.add(new NamedRule("metric", rule, Rules::metric)));
        Arrays.stream(SubjectRule.values()).forEach(rule -> rules.add(new NamedRule("subject", rule, Rules::subject)));
        Arrays.stream(ClaimantRule.values())
                .forEach(rule -> rules.add(new NamedRule("claimant", rule, Rules::claimant)));
        return rules;
    }

    /** Duckling's pattern: every rule of every family has its own corpus, of at least two passages, that it must read. */
    @TestFactory
    Stream<DynamicTest> rules() {
        List<DynamicTest> tests = new ArrayList<>();
        for (NamedRule rule : namedRules()) {
            List<Passage> passages = CorpusTest.class.getResource("/corpus/en/" + rule.file()) == null ? List.of()
                    : passages(rule.file());
            tests.add(DynamicTest.dynamicTest(rule.file() + " has two passages of its own",
                    () -> assertTrue(passages.size() >= 2, rule.file() + " has " + passages.size() + " passage(s)")));
            passages.forEach(passage -> tests.add(DynamicTest.dynamicTest(rule.file() + " " + passage.name(),
                    () -> checkClaims(passage, rule))));
        }
        return tests.stream();
    }

    // ---- corpus files ----

    private record Line(int number, String text) {
    }

    /** The lines of a corpus file that are no comment and not blank, with their line numbers. */
    private static List<Line> lines(String file) {
        String resource = "/corpus/en/" + file;
        try (InputStream in = CorpusTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> lines = new ArrayList<>();
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (!text.isBlank() && !text.startsWith("#")) {
                    lines.add(new Line(number, text.strip()));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
