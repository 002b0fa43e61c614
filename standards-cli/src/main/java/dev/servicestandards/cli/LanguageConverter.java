package dev.servicestandards.cli;

import java.util.Locale;
import java.util.Optional;

import picocli.CommandLine;

/** {@code --lang}: {@code zh-CN} (or {@code zh}, {@code zh_CN}) and {@code en} (or {@code en-US}...). */
final class LanguageConverter implements CommandLine.ITypeConverter<Locale> {

    @Override
    public Locale convert(String value) {
        return parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                new CliText(Locale.ROOT).get("bad-lang", value)));
    }

    static Optional<Locale> parse(String value) {
        Locale locale = Locale.forLanguageTag(value.strip().replace('_', '-'));
        return switch (locale.getLanguage()) {
            case "zh" -> Optional.of(Locale.SIMPLIFIED_CHINESE);
            case "en" -> Optional.of(Locale.ENGLISH);
            default -> Optional.empty();
        };
    }

    /** The language {@code args} ask for with {@code --lang X} or {@code --lang=X}, if a valid one. */
    static Optional<Locale> scan(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return parse(args[i + 1]);
            }
            if (args[i].startsWith("--lang=")) {
                return parse(args[i].substring("--lang=".length()));
            }
        }
        return Optional.empty();
    }
}
