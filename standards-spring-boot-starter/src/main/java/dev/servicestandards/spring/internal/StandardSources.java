package dev.servicestandards.spring.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import dev.servicestandards.api.LocalizedText;
import dev.servicestandards.api.Problem;
import dev.servicestandards.api.ProblemCode;
import dev.servicestandards.api.SourceLocation;
import dev.servicestandards.api.Standards;

/**
 * The configured standard files: a catalog folder and single files, each on the classpath
 * ({@code classpath:...}) or the file system (a path, or {@code file:...}). Reads them all on each
 * call, so new and changed files are seen. Thread-safe. Internal.
 */
public final class StandardSources {

    private static final String CLASSPATH = "classpath:";
    private static final String FILE = "file:";

    /**
     * One file as read.
     *
     * @param location the file, as configured ({@code classpath:standards/a.yaml}, {@code standards/a.yaml})
     * @param bytes    its content (empty when unreadable)
     * @param hash     SHA-256 of the content, hex
     * @param problem  why it could not be read, if it could not
     */
    public record File(String location, byte[] bytes, String hash, Optional<Problem> problem) {
        public File {
            requireNonNull(location, "location");
            requireNonNull(bytes, "bytes");
            requireNonNull(hash, "hash");
            requireNonNull(problem, "problem");
        }
    }

    private final ResourcePatternResolver resolver;
    private final Optional<String> catalog;
    private final List<String> files;

    public StandardSources(ResourcePatternResolver resolver, Optional<String> catalog, List<String> files) {
        this.resolver = requireNonNull(resolver, "resolver");
        this.catalog = requireNonNull(catalog, "catalog");
        this.files = List.copyOf(files);
        if (catalog.isEmpty() && files.isEmpty()) {
            throw new IllegalArgumentException("set standards.catalog (a folder) or standards.files");
        }
    }

    /** The configured locations, for messages. */
    public String describe() {
        List<String> all = new ArrayList<>();
        catalog.ifPresent(all::add);
        all.addAll(files);
        return String.join(", ", all);
    }

    /** Whether a location can change while the application runs: one on the file system. */
    public boolean isReloadable() {
        return Stream.concat(catalog.stream(), files.stream()).anyMatch(l -> !l.startsWith(CLASSPATH));
    }

    /** Every configured file, read now, in location order (a location given twice is read once). */
    public List<File> read() {
        Map<String, File> read = new LinkedHashMap<>();
        catalog.ifPresent(folder -> readFolder(folder, read));
        for (String file : files) {
            if (file.startsWith(CLASSPATH)) {
                readResource(file, resolver.getResource(file), read);
            } else {
                readPath(file, path(file), read);
            }
        }
        return read.values().stream().sorted(Comparator.comparing(File::location)).toList();
    }

    private void readFolder(String folder, Map<String, File> read) {
        if (folder.startsWith(CLASSPATH)) {
            String base = trimSlashes(folder.substring(CLASSPATH.length()));
            for (String pattern : List.of("*.yaml", "*.yml")) {
                Resource[] found;
                try {
                    found = resolver.getResources("classpath*:" + (base.isEmpty() ? "" : base + "/") + pattern);
                } catch (IOException e) {
                    read.put(folder, unreadable(folder, e.getMessage()));
                    return;
                }
                for (Resource r : found) {
                    String name = r.getFilename();
                    if (name != null) {
                        readResource(CLASSPATH + (base.isEmpty() ? "" : base + "/") + name, r, read);
                    }
                }
            }
            return;
        }
        Path dir = path(folder);
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.{yaml,yml}")) {
            stream.forEach(entries::add);
        } catch (NoSuchFileException e) {
            read.put(folder, unreadable(folder, "no such folder"));
            return;
        } catch (IOException e) {
            read.put(folder, unreadable(folder, String.valueOf(e.getMessage())));
            return;
        }
        for (Path entry : entries) {
            if (Files.isRegularFile(entry)) {
                readPath(join(folder, entry.getFileName().toString()), entry, read);
            }
        }
    }

    private static void readResource(String location, Resource resource, Map<String, File> read) {
        if (read.containsKey(location)) {
            return; // the same path in two jars: the first one on the classpath counts
        }
        if (!resource.exists()) {
            read.put(location, unreadable(location, "no such file"));
            return;
        }
        try (InputStream in = resource.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Standards.MAX_FILE_BYTES + 1);
            read.put(location, sized(location, bytes));
        } catch (IOException e) {
            read.put(location, unreadable(location, String.valueOf(e.getMessage())));
        }
    }

    private static void readPath(String location, Path path, Map<String, File> read) {
        try {
            // counted while reading: a device or pipe reports no size
            try (InputStream in = Files.newInputStream(path)) {
                read.put(location, sized(location, in.readNBytes((int) Standards.MAX_FILE_BYTES + 1)));
            }
        } catch (NoSuchFileException e) {
            read.put(location, unreadable(location, "no such file"));
        } catch (IOException | UncheckedIOException e) {
            read.put(location, unreadable(location, String.valueOf(e.getMessage())));
        }
    }

    private static File sized(String location, byte[] bytes) {
        if (bytes.length > Standards.MAX_FILE_BYTES) {
            return tooLarge(location, bytes.length);
        }
        return new File(location, bytes, sha256(bytes), Optional.empty());
    }

    private static File tooLarge(String location, long size) {
        Problem p = Problem.error(ProblemCode.TOO_LARGE, SourceLocation.ofFile(location), size, Standards.MAX_FILE_BYTES);
        return new File(location, new byte[0], "too-large:" + size, Optional.of(p));
    }

    private static File unreadable(String location, String reason) {
        Object why = switch (reason) {
            case "no such file" -> LocalizedText.of("text.no-such-file");
            case "no such folder" -> LocalizedText.of("text.no-such-folder");
            default -> reason;     // the operating system's own reason
        };
        Problem p = Problem.error(ProblemCode.IO_ERROR, SourceLocation.ofFile(location), why);
        return new File(location, new byte[0], "unreadable:" + reason, Optional.of(p));
    }

    private static Path path(String location) {
        return Path.of(location.startsWith(FILE) ? location.substring(FILE.length()) : location);
    }

    private static String join(String folder, String name) {
        return folder.endsWith("/") ? folder + name : folder + "/" + name;
    }

    private static String trimSlashes(String s) {
        String t = s;
        while (t.startsWith("/")) {
            t = t.substring(1);
        }
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** The file name of a location: what follows its last slash. */
    public static String fileName(String location) {
        int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
        String name = location.substring(slash + 1);
        return name.startsWith(CLASSPATH) ? name.substring(CLASSPATH.length()) : name;
    }

    /** SHA-256 of {@code bytes}, hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Deletes a folder and what it holds, as far as it can (a temporary copy). */
    public static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            });
        } catch (IOException e) {
            // likewise
        }
    }
}
