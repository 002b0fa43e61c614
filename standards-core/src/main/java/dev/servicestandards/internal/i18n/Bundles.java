package dev.servicestandards.internal.i18n;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;

import dev.servicestandards.api.LocalizedText;

/**
 * The library's message bundles and how their templates are filled. Every bundle has an English
 * base file ({@code name.properties}) and a Simplified Chinese one ({@code name_zh_CN.properties});
 * any Chinese locale gets the Chinese texts and every other locale the English ones, whatever the
 * JVM's default locale is. Templates are {@link MessageFormat} patterns ({@code ''} is one quote).
 * Internal.
 */
public final class Bundles {

    /** The base name of the bundle of problem messages and the texts inside them. */
    public static final String MESSAGES = "dev.servicestandards.api.messages";

    /**
     * Looks only at the requested locale and the base file: the standard lookup would fall back to
     * the JVM's default locale first, so English asked for on a Chinese machine would come out
     * Chinese.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    /** Simplified Chinese for any Chinese locale, else {@link Locale#ROOT} (the English base bundles). */
    public static Locale supported(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    }

    /** Whether {@code locale} gets the Chinese texts. */
    public static boolean isChinese(Locale locale) {
        return supported(locale).equals(Locale.SIMPLIFIED_CHINESE);
    }

    /** The bundle {@code baseName} for {@code locale}, loaded by {@code loader}. */
    public static ResourceBundle bundle(String baseName, Locale locale, ClassLoader loader) {
        return ResourceBundle.getBundle(baseName, supported(locale), loader, NO_FALLBACK);
    }

    /** A bundle of this library (core). */
    public static ResourceBundle bundle(String baseName, Locale locale) {
        return bundle(baseName, locale, Bundles.class.getClassLoader());
    }

    /**
     * Fills the template {@code key} of {@code bundle}. Arguments are turned into text first, so
     * numbers and dates print as they are, never grouped or in a locale's digits:
     * {@link LocalizedText} in {@code locale}, a collection as its items joined the locale's way
     * ({@code a, b} or {@code a、b}), anything else by {@link String#valueOf}.
     */
    public static String format(ResourceBundle bundle, String key, Locale locale, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = text(arguments[i], locale);
        }
        return new MessageFormat(bundle.getString(key), supported(locale)).format(texts);
    }

    /** One argument as text in {@code locale}. */
    public static String text(Object argument, Locale locale) {
        if (argument instanceof LocalizedText localized) {
            return localized.toString(locale);
        }
        if (argument instanceof Collection<?> items) {
            String separator = bundle(MESSAGES, locale).getString("list.separator");
            StringBuilder out = new StringBuilder();
            for (Object item : items) {
                if (out.length() > 0) {
                    out.append(separator);
                }
                out.append(text(item, locale));
            }
            return out.toString();
        }
        return String.valueOf(argument);
    }
}
