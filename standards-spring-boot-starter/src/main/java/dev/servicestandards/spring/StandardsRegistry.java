package dev.servicestandards.spring;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.servicestandards.api.InvalidStandardException;
import dev.servicestandards.api.Problem;
import dev.servicestandards.api.ProblemCode;
import dev.servicestandards.api.SourceLocation;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;
import dev.servicestandards.api.ValidationReport;
import dev.servicestandards.rules.api.Catalog;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;
import dev.servicestandards.spring.internal.StandardSources;

/**
 * The revisions the application runs with, loaded from the configured catalog folder and files,
 * and taken in again while it runs: {@link #reload()} reads every file, validates what is new or
 * changed, and takes it in only when the whole set still forms a valid catalog. A file that does
 * not validate is refused with its located problems, logged once and listed by
 * {@link #refusals()}; the revision that file held before (if any) keeps running. A deleted file
 * keeps its revision until the application restarts, since facts may be monitored by it.
 *
 * <p>Thread-safe: reads see one consistent set of revisions; reloads are serialized.
 */
public final class StandardsRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(StandardsRegistry.class);

    /**
     * One revision in use.
     *
     * @param standard the revision
     * @param location the file it was read from, as configured ({@code classpath:...} or a path)
     * @param loadedAt when it was taken in
     */
    public record Revision(Standard standard, String location, Instant loadedAt) {
        public Revision {
            requireNonNull(standard, "standard");
            requireNonNull(location, "location");
            requireNonNull(loadedAt, "loadedAt");
        }

        /** {@code id@version}. */
        public String coordinates() {
            return standard.coordinates();
        }
    }

    /**
     * The revisions in use at one moment, and their catalog.
     *
     * @param revisions by id then version
     * @param catalog   the catalog of exactly these revisions, for batch evaluation
     * @param loadedAt  when this set was taken in
     */
    public record Loaded(List<Revision> revisions, Catalog catalog, Instant loadedAt) {
        public Loaded {
            revisions = List.copyOf(revisions);
            requireNonNull(catalog, "catalog");
            requireNonNull(loadedAt, "loadedAt");
        }

        /** The revision with these coordinates ({@code id@version}), if in use. */
        public Optional<Revision> revision(String coordinates) {
            return revisions.stream().filter(r -> r.coordinates().equals(coordinates)).findFirst();
        }
    }

    /**
     * A file that was not taken in.
     *
     * @param location the file, as configured
     * @param at       when it was refused
     * @param report   every problem, each located ({@code file:line:col: path: message [code]})
     */
    public record Refusal(String location, Instant at, ValidationReport report) {
        public Refusal {
            requireNonNull(location, "location");
            requireNonNull(at, "at");
            requireNonNull(report, "report");
        }

        /** One line per problem. */
        public List<String> problems() {
            return report.problems().stream().map(Problem::toString).toList();
        }
    }

    /**
     * What one {@link #reload()} did.
     *
     * @param taken   the revisions taken in (new, or changed in content)
     * @param refused the files refused
     */
    public record ReloadResult(List<Revision> taken, List<Refusal> refused) {
        public ReloadResult {
            taken = List.copyOf(taken);
            refused = List.copyOf(refused);
        }

        /** Whether nothing changed. */
        public boolean isUnchanged() {
            return taken.isEmpty() && refused.isEmpty();
        }
    }

    /** A file as last read: its content hash, and the revision it holds if it was taken in. */
    private record Accepted(String hash, byte[] bytes, Standard standard, Instant loadedAt) {
    }

    private final StandardSources sources;
    private final Clock clock;
    private final RuleSets.Compiler compiler = RuleSets.newCompiler();
    private final List<Consumer<Loaded>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Refusal>> refusalListeners = new CopyOnWriteArrayList<>();
    /** By location: the revision each file holds. */
    private Map<String, Accepted> accepted = Map.of();
    /** By location: the hash of the content last refused, so a refusal is reported once. */
    private final Map<String, String> refusedHashes = new LinkedHashMap<>();
    /** By location: the latest refusal of each file still refused. */
    private final Map<String, Refusal> refusals = new LinkedHashMap<>();
    private volatile Loaded current;

    /**
     * Loads every configured file.
     *
     * @throws InvalidStandardException with every problem of every file when any file is invalid
     *         or the files do not form a valid catalog: an application does not start on a broken
     *         set of standards
     */
    public StandardsRegistry(StandardSources sources, Clock clock) {
        this.sources = requireNonNull(sources, "sources");
        this.clock = requireNonNull(clock, "clock");
        List<Problem> problems = new ArrayList<>();
        Map<String, Accepted> first = new LinkedHashMap<>();
        Instant now = clock.instant();
        for (StandardSources.File file : sources.read()) {
            file.problem().ifPresentOrElse(problems::add, () -> {
                try {
                    first.put(file.location(), new Accepted(file.hash(), file.bytes(), parse(file), now));
                } catch (InvalidStandardException e) {
                    problems.addAll(e.report().errors());
                }
            });
        }
        if (first.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.error(ProblemCode.EMPTY_CATALOG, SourceLocation.ofFile(sources.describe())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidStandardException(new ValidationReport(problems));
        }
        this.current = assemble(first, now);
        this.accepted = first;
        current.revisions().forEach(r -> LOG.info("standards: {} loaded from {}", r.coordinates(), r.location()));
    }

    private static Standard parse(StandardSources.File file) {
        return Standards.parse(new String(file.bytes(), StandardCharsets.UTF_8), file.location());
    }

    /** The revisions in use now. */
    public Loaded current() {
        return current;
    }

    /** The files refused since they last changed, by location. */
    public synchronized List<Refusal> refusals() {
        return List.copyOf(refusals.values());
    }

    /** Whether any configured location can change while the application runs (a file-system one). */
    public boolean isReloadable() {
        return sources.isReloadable();
    }

    /**
     * The rule set of a revision in use, compiled once per content (the monitor's; the catalog
     * compiles its own, as the library's {@link Catalog} offers no way to share them).
     */
    public RuleSet ruleSet(Standard standard) {
        return compiler.compile(standard);
    }

    /** Tells {@code listener} of every new set of revisions, on the thread that reloads. */
    public void addListener(Consumer<Loaded> listener) {
        listeners.add(requireNonNull(listener, "listener"));
    }

    /** Tells {@code listener} of every file refused, on the thread that reloads. */
    public void addRefusalListener(Consumer<Refusal> listener) {
        refusalListeners.add(requireNonNull(listener, "listener"));
    }

    /**
     * Reads every configured file again and takes in what is new or changed, if the whole set
     * still forms a valid catalog. Refused files are logged (once per content) and kept in
     * {@link #refusals()}.
     */
    public synchronized ReloadResult reload() {
        Instant now = clock.instant();
        Map<String, Accepted> next = new LinkedHashMap<>(accepted);
        List<String> changed = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (StandardSources.File file : sources.read()) {
            String location = file.location();
            seen.add(location);
            Accepted before = accepted.get(location);
            if (before != null && before.hash().equals(file.hash())) {
                // back to the content in use: an earlier refusal no longer stands
                refusedHashes.remove(location);
                refusals.remove(location);
                continue;
            }
            if (file.hash().equals(refusedHashes.get(location))) {
                continue; // refused already, and reported
            }
            Optional<Problem> unreadable = file.problem();
            if (unreadable.isPresent()) {
                refused.add(refuse(location, file.hash(), new ValidationReport(List.of(unreadable.get())), now));
                continue;
            }
            try {
                next.put(location, new Accepted(file.hash(), file.bytes(), parse(file), now));
                changed.add(location);
            } catch (InvalidStandardException e) {
                refused.add(refuse(location, file.hash(), e.report(), now));
            }
        }
        for (String location : accepted.keySet()) {
            if (!seen.contains(location) && refusedHashes.put(location, "deleted") == null) {
                LOG.warn("standards: {} was deleted; {} stays in use until the application restarts", location,
                        accepted.get(location).standard().coordinates());
            }
        }
        if (changed.isEmpty()) {
            return new ReloadResult(List.of(), refused);
        }
        Loaded loaded;
        try {
            loaded = assemble(next, now);
        } catch (InvalidStandardException e) {
            // the new files are valid alone but not together with the others (a duplicate revision,
            // overlapping effective windows): none of them is taken in
            for (String location : changed) {
                refused.add(refuse(location, next.get(location).hash(), e.report(), now));
            }
            return new ReloadResult(List.of(), refused);
        }
        List<Revision> taken = new ArrayList<>();
        for (String location : changed) {
            refusedHashes.remove(location);
            refusals.remove(location);
            Standard s = next.get(location).standard();
            loaded.revision(s.coordinates()).ifPresent(taken::add);
            LOG.info("standards: {} taken in from {}", s.coordinates(), location);
        }
        accepted = next;
        current = loaded;
        listeners.forEach(l -> l.accept(loaded));
        return new ReloadResult(taken, refused);
    }

    private Refusal refuse(String location, String hash, ValidationReport report, Instant now) {
        refusedHashes.put(location, hash);
        Refusal refusal = new Refusal(location, now, report);
        refusals.put(location, refusal);
        LOG.error("standards: {} refused; the revisions in use stay:\n{}", location, report.toString().stripTrailing());
        refusalListeners.forEach(l -> l.accept(refusal));
        return refusal;
    }

    /** The catalog of these revisions; throws with located problems if they do not form one. */
    private Loaded assemble(Map<String, Accepted> files, Instant now) {
        List<Revision> revisions = new ArrayList<>();
        files.forEach((location, a) -> revisions.add(new Revision(a.standard(), location, a.loadedAt())));
        revisions.sort(Comparator.comparing((Revision r) -> r.standard().id()).thenComparing(r -> r.standard().version()));
        return new Loaded(revisions, stagedCatalog(files), now);
    }

    /**
     * {@link Catalog#load(Path)} reads a folder, and a classpath folder inside a jar is none: the
     * files are copied to a temporary folder, loaded, and the folder deleted. Problems name the
     * configured locations, not the copies.
     */
    private static Catalog stagedCatalog(Map<String, Accepted> files) {
        Path stage;
        try {
            stage = Files.createTempDirectory("standards-catalog");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a temporary folder for the catalog: " + e.getMessage(), e);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        try {
            int n = 0;
            for (Map.Entry<String, Accepted> file : files.entrySet()) {
                Path copy = stage.resolve(String.format("%04d-%s", n++, StandardSources.fileName(file.getKey())));
                Files.write(copy, file.getValue().bytes());
                labels.put(copy.toString(), file.getKey());
            }
            try {
                return Catalog.load(stage);
            } catch (InvalidStandardException e) {
                throw new InvalidStandardException(relabel(e.report(), labels));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the catalog's temporary copies: " + e.getMessage(), e);
        } finally {
            StandardSources.deleteQuietly(stage);
        }
    }

    private static ValidationReport relabel(ValidationReport report, Map<String, String> labels) {
        List<Problem> problems = new ArrayList<>();
        for (Problem p : report.problems()) {
            SourceLocation l = p.location();
            // a problem keeps its arguments, not a sentence: the file names in them are relabelled
            List<Object> arguments = new ArrayList<>();
            for (Object argument : p.arguments()) {
                if (argument instanceof String text) {
                    for (Map.Entry<String, String> label : labels.entrySet()) {
                        text = text.replace(label.getKey(), label.getValue());
                    }
                    arguments.add(text);
                } else {
                    arguments.add(argument);
                }
            }
            problems.add(new Problem(p.level(), p.code(), new SourceLocation(labels.getOrDefault(l.file(), l.file()),
                    l.line(), l.column(), l.path()), arguments));
        }
        return new ValidationReport(problems);
    }
}
