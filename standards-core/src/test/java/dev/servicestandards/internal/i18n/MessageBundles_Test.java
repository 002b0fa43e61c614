package dev.servicestandards.internal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.servicestandards.api.ProblemCode;

/**
 * Every English bundle has a Simplified Chinese twin with the same keys, and each key has the
 * same placeholders in both, so no message loses an argument in either language.
 */
class MessageBundles_Test {

    static Stream<String> bundles() {
        return Stream.of("dev/servicestandards/api/messages", "dev/servicestandards/internal/report/labels");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void both_languages_have_the_same_keys(String bundle) throws IOException {
        // GIVEN
        Properties english = load(bundle + ".properties");
        Properties chinese = load(bundle + "_zh_CN.properties");

        // THEN
        assertThat(new TreeSet<>(chinese.stringPropertyNames())).as("keys of %s_zh_CN", bundle)
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void each_key_has_the_same_placeholders_in_both_languages(String bundle) throws IOException {
        // GIVEN
        Properties english = load(bundle + ".properties");
        Properties chinese = load(bundle + "_zh_CN.properties");

        // WHEN
        TreeMap<String, Set<String>> englishPlaceholders = new TreeMap<>();
        TreeMap<String, Set<String>> chinesePlaceholders = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            englishPlaceholders.put(key, placeholders(english.getProperty(key)));
            chinesePlaceholders.put(key, placeholders(chinese.getProperty(key, "")));
        }

        // THEN
        assertThat(chinesePlaceholders).as("placeholders of %s_zh_CN", bundle).isEqualTo(englishPlaceholders);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void every_template_is_a_valid_message_format(String bundle) throws IOException {
        for (String file : new String[] {bundle + ".properties", bundle + "_zh_CN.properties"}) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                // throws IllegalArgumentException on an unbalanced brace or a bad format type
                new MessageFormat(messages.getProperty(key), Locale.ROOT);
            }
        }
    }

    @Test
    void every_problem_code_has_a_message_in_both_languages() throws IOException {
        Properties english = load("dev/servicestandards/api/messages.properties");
        Properties chinese = load("dev/servicestandards/api/messages_zh_CN.properties");
        for (ProblemCode code : ProblemCode.values()) {
            assertThat(english.getProperty(code.name())).as("English message of %s", code).isNotBlank();
            assertThat(chinese.getProperty(code.name())).as("Chinese message of %s", code).isNotBlank();
        }
    }

    @Test
    void a_chinese_text_is_chosen_for_any_chinese_locale_and_english_for_the_rest() {
        // the JVM's default locale never decides: English asked for is English
        assertThat(Bundles.supported(Locale.forLanguageTag("zh-CN"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Bundles.supported(Locale.forLanguageTag("zh"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Bundles.supported(Locale.forLanguageTag("zh-Hans-SG"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Bundles.supported(Locale.ENGLISH)).isEqualTo(Locale.ROOT);
        assertThat(Bundles.supported(Locale.GERMANY)).isEqualTo(Locale.ROOT);
        assertThat(ProblemCode.EMPTY_LIST.format(Locale.GERMANY)).isEqualTo("the list must not be empty");
        assertThat(ProblemCode.EMPTY_LIST.format(Locale.forLanguageTag("zh"))).isEqualTo("列表不能为空");
    }

    /**
     * The placeholders of a MessageFormat pattern, as {@code index} or {@code index,type}, outside
     * quoted text ({@code '...'}; {@code ''} is one quote).
     */
    static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                int end = pattern.indexOf('}', i);
                out.add(pattern.substring(i + 1, end).replace(" ", ""));
                i = end;
            }
        }
        return out;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundles_Test.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
