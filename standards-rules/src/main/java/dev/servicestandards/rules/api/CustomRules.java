package dev.servicestandards.rules.api;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trusted DRL of the application's own, compiled into a rule set beside the standard's generated
 * rules: it reads the same facts ({@code dev.servicestandards.model}: {@code Fact}, {@code AsOf},
 * {@code Clock}, {@code Finding} ...) and may decide more, such as a VIP complaint escalating
 * straight to headquarters. It is code the developer supplies, never part of a standard file.
 * Build errors name its file and line. Immutable.
 *
 * @param files each file's name (as errors name it) and DRL text, in order
 */
public record CustomRules(List<File> files) {

    /** No custom rules. */
    public static final CustomRules NONE = new CustomRules(List.of());

    /** One DRL file: its name, as errors name it, and its text. */
    public record File(String name, String drl) {
        public File {
            requireNonNull(name, "name");
            requireNonNull(drl, "drl");
            if (!name.matches("[A-Za-z0-9._-]+\\.drl")) {
                throw new IllegalArgumentException("a custom rules file is named like rules.drl, not " + name);
            }
        }
    }

    public CustomRules {
        files = List.copyOf(files);
        if (files.stream().map(File::name).distinct().count() != files.size()) {
            throw new IllegalArgumentException("two custom rules files share a name: " + files.stream().map(File::name).toList());
        }
    }

    /** The DRL files at {@code paths}, named by their file names. */
    public static CustomRules of(Path... paths) throws IOException {
        List<File> files = new ArrayList<>();
        for (Path path : paths) {
            files.add(new File(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8)));
        }
        return new CustomRules(files);
    }

    /** One DRL text named {@code name}. */
    public static CustomRules of(String name, String drl) {
        return new CustomRules(List.of(new File(name, drl)));
    }

    /** Whether there are none. */
    public boolean isEmpty() {
        return files.isEmpty();
    }
}
