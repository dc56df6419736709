package io.claimcheck.reconciler.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Compares a story's claims and finds the discrepancies among them (docs/claim-model.md §4). Deterministic: the same claims
 * give the same discrepancies, ids and order.
 *
 * <ol>
 *   <li>Claims compare only within a bucket: one metric and one family of object classes ("soldier", "civilian" and
 *       their total "person"). Every rule below stays inside a bucket, so a change reaches only the buckets its
 *       claims fall in.</li>
 *   <li>Claims that cannot speak for the story's event are kept out: background figures ("since 2011"),
 *       increments ("another 10"), parts of a toll ("four are being treated in Turkey"), and a voice's later
 *       figures that contradict its own lead figure in the same article ({@link LeadFigureRule}), and a side's toll
 *       that it raised in a later article ({@link LaterCountRule}).</li>
 *   <li>A figure whose own words cannot tell which of its article's incidents it counts is kept out too
 *       ({@link SeveralIncidents}): when unsure, say nothing.</li>
 *   <li>Pairs are judged ({@link PairRule}), and each voice's totals are checked against the sum of its own parts
 *       ({@link SumOfPartsRule}). A judgement depends on the two claims and their articles alone, so when articles
 *       arrive only the pairs with a new claim are judged; the conflicts found before are carried over. A group
 *       that lost a claim (a toll its side raised since) has the pairs among the rest of its claims judged again,
 *       since two claims in different groups never conflicted.</li>
 *   <li>Conflicts that share a claim form one discrepancy, joined by the same voices' corroborating claims and by
 *       an article's unattributed lede that repeats exactly the figure it attributes to one of them (naming its
 *       count as narrowly or as widely as it likes: "12 civilians" over the body's "12 people").</li>
 * </ol>
 */
public final class Reconciler {

    /**
     * Raise when a change to the rules' code would judge stored claims differently: a story judged under another
     * {@link #rulesVersion()} is judged afresh, every pair, on its next change.
     */
    private static final int RULES_REVISION = 12;

    private static final Comparator<Discrepancy> MOST_SEVERE_FIRST = Comparator
            .comparing(Discrepancy::severity).reversed()
            .thenComparing(Comparator.comparingDouble(Discrepancy::ratio).reversed())
            .thenComparing(Discrepancy::id);

    // The order a group's conflicts are read in, whichever call judged them: by the claims' places in the input.
    private static final Comparator<Conflict> INPUT_ORDER = Comparator
            .comparingInt((Conflict conflict) -> Math.min(conflict.higher().index(), conflict.lower().index()))
            .thenComparingInt(conflict -> Math.max(conflict.higher().index(), conflict.lower().index()))
            .thenComparing(Conflict::kind);

    private final ReconciliationRules rules;
    private final ObjectClasses classes;
    private final PairRule pairRule;
    private final SumOfPartsRule sumOfPartsRule;
    private final LeadFigureRule leadFigureRule = new LeadFigureRule();
    private final LaterCountRule laterCountRule;
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
        this.laterCountRule = new LaterCountRule(comparability);
        this.assembler = new DiscrepancyAssembler(rules, classes, new VoiceWeights(weights));
    }

    /** Names the rules conflicts are judged and discrepancies written under: equal versions judge alike. */
    public String rulesVersion() {
        return "r" + RULES_REVISION + " " + rules + " classes " + classes.fingerprint();
    }

    /** Every discrepancy among the claims, judging every pair; most severe first. */
    public List<Discrepancy> reconcile(List<ReportedClaim> claims) {
        Set<String> articleIds = claims.stream().map(ReportedClaim::articleId).collect(Collectors.toSet());
        return update(new StoryChange(claims, articleIds, Map.of())).found().stream()
                .map(StoryUpdate.Finding::discrepancy)
                .sorted(MOST_SEVERE_FIRST)
                .toList();
    }

    /**
     * What one article says of each of its claims besides the figure, for keeping with the claims: {@link #update}
     * given these readings judges as it would reading the sentences again.
     */
    public Map<String, ClaimReading> read(List<ReportedClaim> article) {
        List<Figure> figures = new ArrayList<>();
        for (int index = 0; index < article.size(); index++) {
            figures.add(Figure.of(article.get(index), index, classes, rules.approximateTolerance()));
        }
        Set<Figure> setAside = leadFigureRule.setAside(
                figures.stream().filter(Figure::isInformative).filter(this::aboutTheEvent).toList());
        Map<String, ClaimReading> readings = new LinkedHashMap<>();
        figures.forEach(figure -> readings.put(figure.claim().id(), new ClaimReading(figure.cues(),
                figure.incident().places().stream().findFirst(), setAside.contains(figure))));
        return readings;
    }

    /**
     * What new articles change in a story's discrepancies. The work grows with the claims that share a bucket with a
     * new claim: each new claim is judged against those, and only the groups in those buckets are formed again.
     */
    public StoryUpdate update(StoryChange change) {
        List<ReportedClaim> claims = change.claims();
        // a story's claims count few different things: each object is classed once, not once per claim
        Map<String, String> classByObject = new HashMap<>();
        Map<String, Bucket> bucketByClaimId = new HashMap<>();
        Set<Bucket> touched = new HashSet<>();
        for (ReportedClaim claim : claims) {
            String objectClass = classByObject.computeIfAbsent(claim.object(), classes::classOf);
            Bucket bucket = new Bucket(claim.metric().toUpperCase(Locale.ROOT), classes.familyOf(objectClass));
            bucketByClaimId.put(claim.id(), bucket);
            if (change.newArticleIds().contains(claim.articleId())) {
                touched.add(bucket);
            }
        }
        Map<Bucket, List<Figure>> figuresByBucket = new LinkedHashMap<>();
        for (int index = 0; index < claims.size(); index++) {
            ReportedClaim claim = claims.get(index);
            Bucket bucket = bucketByClaimId.get(claim.id());
            if (touched.contains(bucket)) {
                ClaimReading known = change.readings().get(claim.id());
                Figure figure = known == null
                        ? Figure.of(claim, index, classes, rules.approximateTolerance())
                        : Figure.of(claim, index, classByObject.get(claim.object()), rules.approximateTolerance(),
                                known.cues(), known.place());
                if (figure.isInformative()) {
                    figuresByBucket.computeIfAbsent(bucket, key -> new ArrayList<>()).add(figure);
                }
            }
        }
        Map<Bucket, Map<String, List<JudgedConflict>>> earlierByBucket = new HashMap<>();
        change.earlier().forEach((id, conflicts) -> conflicts.stream()
                .map(conflict -> bucketByClaimId.get(conflict.higherClaimId()))
                .filter(touched::contains)
                .findFirst()
                .ifPresent(bucket -> earlierByBucket.computeIfAbsent(bucket, key -> new HashMap<>())
                        .put(id, conflicts)));

        List<StoryUpdate.Finding> found = new ArrayList<>();
        Set<String> retired = new HashSet<>();
        SeveralIncidents incidents = new SeveralIncidents(claims, figuresByBucket.values());
        figuresByBucket.forEach((bucket, figures) -> {
            List<Figure> speaking = speakingForTheEvent(figures, change.readings());
            Set<Figure> overtaken = laterCountRule.overtaken(speaking);
            updateBucket(speaking.stream().filter(figure -> !overtaken.contains(figure)).filter(incidents::canPlace)
                    .toList(), change.newArticleIds(), earlierByBucket.getOrDefault(bucket, Map.of()), incidents,
                    found, retired);
        });
        return new StoryUpdate(found, retired);
    }

    private void updateBucket(List<Figure> comparable, Set<String> newArticleIds,
            Map<String, List<JudgedConflict>> earlier, SeveralIncidents incidents, List<StoryUpdate.Finding> found,
            Set<String> retired) {
        Carried carried = carriedOver(earlier, comparable);
        List<Figure> fresh = comparable.stream().filter(figure -> newArticleIds.contains(figure.claim().articleId()))
                .toList();
        List<Conflict> conflicts = new ArrayList<>(carried.conflicts());
        conflicts.addAll(judgePairs(comparable, fresh, incidents));
        conflicts.addAll(judgePairs(carried.toJudgeAgain(), carried.toJudgeAgain(), incidents));
        conflicts.addAll(sumOfPartsRule.find(carried.sumsCarried() ? fresh : comparable));
        Set<String> standing = new HashSet<>();
        for (Group group : groups(comparable, conflicts)) {
            List<String> claimIds = group.members().stream().map(figure -> figure.claim().id()).toList();
            String id = Discrepancy.idFor(claimIds);
            standing.add(id);
            if (!earlier.containsKey(id)) {
                found.add(new StoryUpdate.Finding(assembler.assemble(group.members(), group.conflicts()),
                        group.conflicts().stream().map(JudgedConflict::of).toList()));
            }
        }
        earlier.keySet().stream().filter(id -> !standing.contains(id)).forEach(retired::add);
    }

    /** Claims compare only within one: the metric, upper-cased, and the family of their object classes. */
    private record Bucket(String metric, String family) {
    }

    /**
     * What the conflicts found before still give.
     *
     * @param conflicts    the earlier conflicts that stand: every one of a group whose claims all still compare; its
     *                     sums of parts only when {@code sumsCarried}
     * @param toJudgeAgain the claims of the groups that lost one (a toll its side raised since): a group keeps only the
     *                     conflicts that join it, so the pairs among what remains of it are judged again
     * @param sumsCarried  whether every group stood, so that every sum of parts stands; else all are summed again
     */
    private record Carried(List<Conflict> conflicts, List<Figure> toJudgeAgain, boolean sumsCarried) {
    }

    // A pair's judgement depends on the two claims and their articles alone, and two claims in different groups (or
    // in none) never conflicted: so only the pairs within a group that lost a claim can judge otherwise than before.
    private static Carried carriedOver(Map<String, List<JudgedConflict>> earlier, List<Figure> comparable) {
        Map<String, Figure> byClaimId = new HashMap<>();
        comparable.forEach(figure -> byClaimId.put(figure.claim().id(), figure));
        List<Conflict> standing = new ArrayList<>();
        Set<Figure> toJudgeAgain = identitySet();
        for (List<JudgedConflict> group : earlier.values()) {
            List<Conflict> kept = new ArrayList<>();
            List<Figure> present = new ArrayList<>();
            boolean whole = true;
            for (JudgedConflict conflict : group) {
                Figure higher = byClaimId.get(conflict.higherClaimId());
                Figure lower = byClaimId.get(conflict.lowerClaimId());
                whole &= higher != null && lower != null;
                if (higher != null && lower != null) {
                    kept.add(new Conflict(higher, lower, conflict.kind(), conflict.ratio()));
                }
                Stream.of(higher, lower).filter(Objects::nonNull).forEach(present::add);
            }
            if (whole) {
                standing.addAll(kept);
            } else {
                toJudgeAgain.addAll(present);
            }
        }
        boolean sumsCarried = toJudgeAgain.isEmpty();
        List<Conflict> conflicts = sumsCarried ? standing : standing.stream()
                .filter(conflict -> conflict.kind() != ConflictKind.TOTAL_BELOW_SUM_OF_PARTS).toList();
        return new Carried(conflicts, comparable.stream().filter(toJudgeAgain::contains).toList(), sumsCarried);
    }

    // Each pair of a judged figure with any figure once, the earlier figure first (the rules break ties by argument
    // order). The judged figures are a subset of the others, in the same order.
    private List<Conflict> judgePairs(List<Figure> comparable, List<Figure> judged, SeveralIncidents incidents) {
        Set<Figure> judgedSet = identitySet();
        judgedSet.addAll(judged);
        boolean[] isJudged = new boolean[comparable.size()];
        for (int i = 0; i < isJudged.length; i++) {
            isJudged[i] = judgedSet.contains(comparable.get(i));
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < isJudged.length; i++) {
            if (!isJudged[i]) {
                continue;
            }
            for (int j = 0; j < isJudged.length; j++) {
                Figure first = comparable.get(Math.min(i, j));
                Figure second = comparable.get(Math.max(i, j));
                if (j != i && !(isJudged[j] && j < i) && incidents.canTell(first, second)) {
                    pairRule.judge(first, second).ifPresent(conflicts::add);
                }
            }
        }
        return conflicts;
    }

    // The lead-figure rule reads one article at a time, so a kept reading answers for it exactly.
    private List<Figure> speakingForTheEvent(List<Figure> figures, Map<String, ClaimReading> readings) {
        List<Figure> aboutTheEvent = figures.stream().filter(this::aboutTheEvent).toList();
        Set<Figure> setAside = leadFigureRule.setAside(aboutTheEvent.stream()
                .filter(figure -> !readings.containsKey(figure.claim().id()))
                .toList());
        return aboutTheEvent.stream().filter(figure -> {
            ClaimReading known = readings.get(figure.claim().id());
            return known == null ? !setAside.contains(figure) : !known.setAsideByLead();
        }).toList();
    }

    // A part of a toll ("among them 12 children") speaks for its own class, never for the toll: it stays only when
    // its class lies two steps inside its family (a child is a civilian, a civilian a person), so that it names a kind
    // of victim rather than a place or a day of the toll ("160 civilians in Selm alone", "four wounded are being
    // treated in Orra" do not).
    private boolean aboutTheEvent(Figure figure) {
        return !figure.has(SentenceCues.Cue.BACKGROUND) && !figure.has(SentenceCues.Cue.INCREMENT)
                && (!figure.has(SentenceCues.Cue.SUBGROUP)
                        || classes.parentOf(figure.objectClass()).flatMap(classes::parentOf).isPresent());
    }

    /**
     * A group's members, and the conflicts its discrepancy rests on: enough of them to join its members (a spanning
     * forest), the headline, and every sum-of-parts conflict (the explanation lists the parts). The other conflicts
     * among its members change nothing the discrepancy says, and a group of many voices can have a conflict for
     * nearly every pair of its claims, so they are not kept.
     */
    private record Group(List<Figure> members, List<Conflict> conflicts) {
    }

    /** Conflicts sharing a claim form one group; each group takes in the corroborating claims of its voices. */
    private static List<Group> groups(List<Figure> figures, List<Conflict> conflicts) {
        Map<Figure, Integer> position = new IdentityHashMap<>();
        figures.forEach(figure -> position.put(figure, position.size()));
        UnionFind components = new UnionFind(figures.size());
        List<Conflict> joining = new ArrayList<>();
        for (Conflict conflict : conflicts) {
            if (components.join(position.get(conflict.higher()), position.get(conflict.lower()))) {
                joining.add(conflict);
            }
        }
        Map<Integer, Set<Conflict>> keptByRoot = new TreeMap<>();
        Map<Integer, Conflict> headlineByRoot = new HashMap<>();
        for (Conflict conflict : conflicts) {
            int root = components.root(position.get(conflict.higher()));
            headlineByRoot.merge(root, conflict, (first, second) ->
                    DiscrepancyAssembler.HEADLINE_FIRST.compare(first, second) <= 0 ? first : second);
            if (conflict.kind() == ConflictKind.TOTAL_BELOW_SUM_OF_PARTS) {
                keptByRoot.computeIfAbsent(root, key -> identitySet()).add(conflict);
            }
        }
        joining.forEach(conflict -> keptByRoot.computeIfAbsent(components.root(position.get(conflict.higher())),
                key -> identitySet()).add(conflict));
        headlineByRoot.forEach((root, headline) -> keptByRoot.get(root).add(headline));

        Map<Integer, List<Figure>> membersByRoot = new TreeMap<>();
        Map<String, List<Figure>> ungroupedByVoice = new HashMap<>();
        Map<String, List<Figure>> unattributedByArticle = new HashMap<>();
        for (Figure figure : figures) {
            int root = components.root(position.get(figure));
            if (keptByRoot.containsKey(root)) {
                membersByRoot.computeIfAbsent(root, key -> new ArrayList<>()).add(figure);
            } else {
                ungroupedByVoice.computeIfAbsent(figure.claimant().key(), key -> new ArrayList<>()).add(figure);
                if (isUnattributed(figure)) {
                    unattributedByArticle.computeIfAbsent(figure.claim().articleId(), key -> new ArrayList<>())
                            .add(figure);
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        membersByRoot.forEach((root, members) -> {
            List<Figure> withCorroboration = new ArrayList<>(members);
            Map<CountedSide, List<Figure>> membersBySide = bySide(members);
            members.stream().map(member -> member.claimant().key()).distinct()
                    .flatMap(voice -> ungroupedByVoice.getOrDefault(voice, List.of()).stream())
                    .filter(candidate -> corroborates(candidate, membersBySide))
                    .forEach(withCorroboration::add);
            // then the articles' unattributed ledes that repeat what the group's voices say in them
            Set<Figure> voiced = identitySet();
            voiced.addAll(withCorroboration);
            Map<CountedSide, List<Figure>> voicedBySide = bySide(withCorroboration);
            List<String> voicedArticles = withCorroboration.stream().map(figure -> figure.claim().articleId())
                    .distinct().toList();
            voicedArticles.stream()
                    .flatMap(article -> unattributedByArticle.getOrDefault(article, List.of()).stream())
                    .filter(candidate -> !voiced.contains(candidate))
                    .filter(candidate -> corroborates(candidate, voicedBySide))
                    .forEach(withCorroboration::add);
            withCorroboration.sort(Comparator.comparingInt(Figure::index));
            List<Conflict> kept = new ArrayList<>(keptByRoot.get(root));
            kept.sort(INPUT_ORDER);
            groups.add(new Group(List.copyOf(withCorroboration), List.copyOf(kept)));
        });
        return groups;
    }

    private static <T> Set<T> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    // A restatement by one of the group's voices, of the same incident, consistent with everything that voice says in
    // the group about the same count (the other voices' figures are what the discrepancy is about). An article's own
    // unattributed figure, a headline's or a lede's summing up, may name the very same number's count more or less
    // narrowly ("12 civilians killed" over a body's "12 people"); a source's narrower count is a part of its own.
    private static boolean corroborates(Figure candidate, Map<CountedSide, List<Figure>> membersBySide) {
        List<Figure> restated = membersBySide.getOrDefault(CountedSide.of(candidate), List.of()).stream()
                .filter(member -> Objects.equals(member.objectClass(), candidate.objectClass())
                        || restatesExactly(candidate, member))
                .filter(member -> sameVoice(candidate, member))
                .filter(member -> member.incident().relationTo(candidate.incident()) == IncidentKey.Relation.SAME)
                .toList();
        return !restated.isEmpty() && restated.stream().allMatch(member -> member.interval().meets(candidate.interval()));
    }

    /** What a figure counts and whose, whatever its class: the members a restatement may restate. */
    private record CountedSide(String metric, String subjectParty) {
        static CountedSide of(Figure figure) {
            return new CountedSide(figure.metric(), figure.subjectParty());
        }
    }

    private static Map<CountedSide, List<Figure>> bySide(List<Figure> figures) {
        return figures.stream().collect(Collectors.groupingBy(CountedSide::of));
    }

    // the members at hand already count the candidate's metric and side
    private static boolean restatesExactly(Figure candidate, Figure member) {
        return isUnattributed(candidate) && member.interval().equals(candidate.interval());
    }

    // An article's own unattributed figure ("a blast has reportedly left 25 militants dead") that repeats, exactly, the
    // figure it attributes to a source for the same count ("25 fighters were killed, a monitoring group said") is that
    // source's figure, summed up in the lede.
    private static boolean sameVoice(Figure candidate, Figure member) {
        if (candidate.claimant().key().equals(member.claimant().key())) {
            return true;
        }
        return isUnattributed(candidate) && candidate.claim().articleId().equals(member.claim().articleId())
                && candidate.interval().equals(member.interval());
    }

    private static boolean isUnattributed(Figure figure) {
        return !figure.claimant().named() && figure.claim().claimantParty() == null;
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

        /** Joins the two nodes' sets; whether they were apart. */
        boolean join(int first, int second) {
            int firstRoot = root(first);
            int secondRoot = root(second);
            if (firstRoot == secondRoot) {
                return false;
            }
            // The smaller root wins, so a group's root is its first claim and groups come out in input order.
            parent[Math.max(firstRoot, secondRoot)] = Math.min(firstRoot, secondRoot);
            return true;
        }
    }
}
