package io.claimcheck.reconciler.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which counted nouns count the same people or things, and which classes are totals of others.
 *
 * <p>The table is data ({@value #BUILT_IN}), so an editor can add "policeman" without touching
 * code. A noun the table does not know forms a class of its own.
 */
public final class ObjectClasses {

    public static final String BUILT_IN = "/reconciler/object-classes.tsv";

    /** How two object classes relate when their claims are compared. */
    public enum Relation { SAME, FIRST_INCLUDES_SECOND, SECOND_INCLUDES_FIRST, UNRELATED }

    private final Map<String, String> classByNoun;
    private final Map<String, String> parentByClass;
    // part of the rules version every addition to a story checks: hashed once, not on every addition
    private final String fingerprint;

    private ObjectClasses(Map<String, String> classByNoun, Map<String, String> parentByClass) {
        this.classByNoun = Map.copyOf(classByNoun);
        this.parentByClass = Map.copyOf(parentByClass);
        this.fingerprint = ShortHash.of(new TreeMap<>(classByNoun) + "|" + new TreeMap<>(parentByClass));
    }

    public static ObjectClasses builtIn() {
        try (InputStream in = ObjectClasses.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the table format described at the top of {@value #BUILT_IN}. */
    public static ObjectClasses parse(Reader table) throws IOException {
        Map<String, String> classByNoun = new HashMap<>();
        Map<String, String> parentByClass = new HashMap<>();
        BufferedReader lines = new BufferedReader(table);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 3) {
                throw new IllegalArgumentException("expected class, part-of and nouns separated by tabs: " + line);
            }
            String className = normalise(columns[0]);
            if (!columns[1].isBlank() && !columns[1].strip().equals("-")) {
                parentByClass.put(className, normalise(columns[1]));
            }
            for (String noun : columns[2].split(",")) {
                classByNoun.put(normalise(noun), className);
            }
        }
        return new ObjectClasses(classByNoun, parentByClass);
    }

    /** The class of a counted noun; an unknown noun is its own class, a missing one is {@code ""}. */
    public String classOf(String object) {
        if (object == null || object.isBlank()) {
            return "";
        }
        String noun = normalise(object);
        String known = classByNoun.get(noun);
        if (known != null) {
            return known;
        }
        // The extractor singularises, but a stray plural ("troops") should still find its class.
        if (noun.endsWith("s")) {
            return classByNoun.getOrDefault(noun.substring(0, noun.length() - 1), noun);
        }
        return noun;
    }

    public Relation relation(String firstClass, String secondClass) {
        if (firstClass.equals(secondClass)) {
            return Relation.SAME;
        }
        if (includes(firstClass, secondClass)) {
            return Relation.FIRST_INCLUDES_SECOND;
        }
        return includes(secondClass, firstClass) ? Relation.SECOND_INCLUDES_FIRST : Relation.UNRELATED;
    }

    /** Whether {@code total} counts everything {@code part} counts, and more. */
    public boolean includes(String total, String part) {
        for (Optional<String> up = parentOf(part); up.isPresent(); up = parentOf(up.get())) {
            if (up.get().equals(total)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The outermost class above {@code className} ("person" for "soldier"), itself when it has none. Two classes are
     * related (the same, or one a total of the other) only within one family.
     */
    public String familyOf(String className) {
        String family = className;
        for (Optional<String> up = parentOf(className); up.isPresent(); up = parentOf(up.get())) {
            family = up.get();
        }
        return family;
    }

    /** A short hash of the whole table: equal for tables that classify every noun alike. */
    public String fingerprint() {
        return fingerprint;
    }

    public Optional<String> parentOf(String className) {
        return Optional.ofNullable(parentByClass.get(className));
    }

    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
