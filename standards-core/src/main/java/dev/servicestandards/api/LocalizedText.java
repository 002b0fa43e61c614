package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

import dev.servicestandards.internal.i18n.Bundles;

/**
 * A text of the library's message bundle with its arguments, rendered in any locale: the words a
 * {@link Problem} message is built from ({@code a mapping}, {@code  (did you mean 'within'?)}),
 * kept as a key so a consumer can render the whole problem in its own language. Immutable and
 * thread-safe.
 *
 * @param key       a key of {@code dev/servicestandards/api/messages.properties}, e.g. {@code text.mapping}
 * @param arguments what fills the key's placeholders: text, numbers, other localized texts, lists
 */
public record LocalizedText(String key, List<Object> arguments) {

    /** @throws IllegalArgumentException when the bundle has no such key */
    public LocalizedText {
        requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
        try {
            Bundles.bundle(Bundles.MESSAGES, Locale.ROOT).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message '" + key + "' in " + Bundles.MESSAGES, e);
        }
    }

    /** The text {@code key} with {@code arguments}. */
    public static LocalizedText of(String key, Object... arguments) {
        return new LocalizedText(key, Arrays.asList(arguments));
    }

    /** The text in {@code locale} (Simplified Chinese for any Chinese locale, else English). */
    public String toString(Locale locale) {
        requireNonNull(locale, "locale");
        return Bundles.format(Bundles.bundle(Bundles.MESSAGES, locale), key, locale, arguments.toArray());
    }

    /** The text in English. */
    @Override
    public String toString() {
        return toString(Locale.ROOT);
    }
}
