package io.claimcheck.reconciler.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Compares one story's claims and returns the discrepancies among them (CLAIMS.md §4). Stateless and
 * deterministic: the same claims give the same discrepancies, ids and order.
 *
 * <ol>
 *   <li>Claims that cannot speak for the story's event are kept out: background figures ("since 2011"),
 *       increments ("another 10"), and a voice's later figures that contradict its own lead figure in the same
 *       article ({@link LeadFigureRule}).</li>
 *   <li>Every pair of the rest is judged ({@link PairRule}), and each voice's totals are checked against the sum of
 *       its own parts ({@link SumOfPartsRule}).</li>
 *   <li>Conflicts that share a claim form one discrepancy, joined by the same voices' corroborating claims.</li>
 * </ol>
 */
public final class Reconciler {

    private static final Comparator<Discrepancy> MOST_SEVERE_FIRST = Comparator
            .comparing(Discrepancy::severity).reversed()
            .thenComparing(Comparator.comparingDouble(Discrepancy::ratio).reversed())
            .thenComparing(Discrepancy::id);

    private final ReconciliationRules rules;
    private final ObjectClasses classes;
    private final PairRule pairRule;
    private final SumOfPartsRule sumOfPartsRule;
    private final LeadFigureRule leadFigureRule = new LeadFigureRule();
    private final DiscrepancyAssembler assembler;

    public Reconciler(ReconciliationRules rules) {
        this(rules, Map.of());
    }

    /** @param weights learned by {@link ClaimantReliability}, keyed by claimant key; they weigh the consensus */
    public Reconciler(ReconciliationRules rules, Map<String, ClaimantWeight> weights) {
        this(rules, weights, ObjectClasses.builtIn());
    }

    public Reconciler(ReconciliationRules rules, Map<String, ClaimantWeight> weights, ObjectClasses classes) {
        this.rules = rules;
        this.classes = classes;
        Comparability comparability = new Comparability(classes);
        this.pairRule = new PairRule(rules, comparability);
        this.sumOfPartsRule = new SumOfPartsRule(comparability);
        this.assembler = new DiscrepancyAssembler(rules, classes, new VoiceWeights(weights));
    }

    public List<Discrepancy> reconcile(List<ReportedClaim> claims) {
        List<Figure> figures = IntStream.range(0, claims.size())
                .mapToObj(index -> Figure.of(claims.get(index), index, classes, rules.approximateTolerance()))
                .filter(Figure::isInformative)
                .toList();
        List<Figure> comparable = speakingForTheEvent(figures);
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < comparable.size(); i++) {
            for (int j = i + 1; j < comparable.size(); j++) {
                pairRule.judge(comparable.get(i), comparable.get(j)).ifPresent(conflicts::add);
            }
        }
        conflicts.addAll(sumOfPartsRule.find(comparable));
        return groups(comparable, conflicts).stream()
                .map(group -> assembler.assemble(group.members(), group.conflicts()))
                .sorted(MOST_SEVERE_FIRST)
                .toList();
    }

    private List<Figure> speakingForTheEvent(List<Figure> figures) {
        List<Figure> aboutTheEvent = figures.stream()
                .filter(figure -> !figure.has(SentenceCues.Cue.BACKGROUND) && !figure.has(SentenceCues.Cue.INCREMENT))
                .toList();
        Set<Figure> setAside = leadFigureRule.setAside(aboutTheEvent);
        return aboutTheEvent.stream().filter(figure -> !setAside.contains(figure)).toList();
    }

    private record Group(List<Figure> members, List<Conflict> conflicts) {
    }

    /** Conflicts sharing a claim form one group; each group takes in the corroborating claims of its voices. */
    private static List<Group> groups(List<Figure> figures, List<Conflict> conflicts) {
        Map<Figure, Integer> position = new HashMap<>();
        figures.forEach(figure -> position.put(figure, position.size()));
        UnionFind components = new UnionFind(figures.size());
        conflicts.forEach(conflict -> components.join(position.get(conflict.higher()), position.get(conflict.lower())));

        Map<Integer, List<Conflict>> conflictsByRoot = new TreeMap<>();
        for (Conflict conflict : conflicts) {
            conflictsByRoot.computeIfAbsent(components.root(position.get(conflict.higher())), root -> new ArrayList<>())
                    .add(conflict);
        }
        Map<Integer, List<Figure>> membersByRoot = new TreeMap<>();
        for (Figure figure : figures) {
            int root = components.root(position.get(figure));
            if (conflictsByRoot.containsKey(root)) {
                membersByRoot.computeIfAbsent(root, key -> new ArrayList<>()).add(figure);
            }
        }
        Set<Figure> grouped = membersByRoot.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        List<Group> groups = new ArrayList<>();
        membersByRoot.forEach((root, members) -> {
            List<Figure> withCorroboration = new ArrayList<>(members);
            figures.stream()
                    .filter(candidate -> !grouped.contains(candidate) && corroborates(candidate, members))
                    .forEach(withCorroboration::add);
            withCorroboration.sort(Comparator.comparingInt(Figure::index));
            groups.add(new Group(List.copyOf(withCorroboration), List.copyOf(conflictsByRoot.get(root))));
        });
        return groups;
    }

    // A restatement by one of the group's voices, consistent with everything the group says about the same count.
    private static boolean corroborates(Figure candidate, List<Figure> members) {
        List<Figure> sameCount = members.stream().filter(candidate::sameCountAs).toList();
        return sameCount.stream().anyMatch(member -> member.claimant().key().equals(candidate.claimant().key()))
                && sameCount.stream().allMatch(member -> member.interval().meets(candidate.interval()));
    }

    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int size) {
            parent = IntStream.range(0, size).toArray();
        }

        int root(int node) {
            while (parent[node] != node) {
                parent[node] = parent[parent[node]];
                node = parent[node];
            }
            return node;
        }

        void join(int first, int second) {
            int firstRoot = root(first);
            int secondRoot = root(second);
            // The smaller root wins, so a group's root is its first claim and groups come out in input order.
            parent[Math.max(firstRoot, secondRoot)] = Math.min(firstRoot, secondRoot);
        }
    }
}
