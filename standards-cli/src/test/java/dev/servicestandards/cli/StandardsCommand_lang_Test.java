package dev.servicestandards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code --lang}: every message, help text and report of the command in English or Simplified Chinese. */
class StandardsCommand_lang_Test {

    private static final Path EXAMPLES = Path.of("../standards-examples");
    private static final String STANDARD = EXAMPLES.resolve("standards/complaint-handling-1.0.0.yaml").toString();
    private static final String FACTS = EXAMPLES.resolve("facts/complaints.jsonl").toString();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-09T16:00:00Z"), ZoneOffset.UTC);

    record Run(int code, String out, String err) {
    }

    private static Run run(Locale system, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StandardsCommand.run(CLOCK, system, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Run run(String... args) {
        return run(Locale.ROOT, args);
    }

    @Nested
    class Choosing_the_language {

        @Test
        void lang_chooses_it_anywhere_on_the_line() {
            assertThat(run("--lang", "zh-CN", "validate", STANDARD).out()).isEqualTo(STANDARD + "：有效\n");
            assertThat(run("validate", STANDARD, "--lang", "zh-CN").out()).isEqualTo(STANDARD + "：有效\n");
            assertThat(run("validate", "--lang=zh_CN", STANDARD).out()).isEqualTo(STANDARD + "：有效\n");
            assertThat(run("validate", "--lang", "zh", STANDARD).out()).isEqualTo(STANDARD + "：有效\n");
        }

        @Test
        void without_lang_the_system_s_language_is_used() {
            assertThat(run(Locale.SIMPLIFIED_CHINESE, "validate", STANDARD).out()).isEqualTo(STANDARD + "：有效\n");
            assertThat(run(Locale.GERMANY, "validate", STANDARD).out()).isEqualTo(STANDARD + ": valid\n");
            assertThat(run(Locale.SIMPLIFIED_CHINESE, "validate", STANDARD, "--lang", "en").out())
                    .isEqualTo(STANDARD + ": valid\n");
        }

        @Test
        void an_unknown_language_is_a_usage_error() {
            Run run = run("validate", STANDARD, "--lang", "fr");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).startsWith("standards: Invalid value for option '--lang': --lang must be zh-CN or en, not 'fr'\n");
        }
    }

    @Nested
    class Messages {

        @Test
        void problems_are_located_and_in_chinese(@TempDir Path dir) throws IOException {
            // GIVEN
            Path bad = dir.resolve("bad.yaml");
            Files.writeString(bad, """
                    standard: cn.telecom.bad
                    version: 1.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: complaint.accept
                        time-limit: { from: created, to: accepted, withn: 48h }
                        penalty: { points: -2 }
                    """);

            // WHEN
            Run run = run("validate", bad.toString(), "--lang", "zh-CN");

            // THEN
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).isEqualTo(bad + ":2:10: version: “1.0”不是语义化版本号（主版本.次版本.修订号，例如 1.1.0） [STD-E009]\n"
                    + bad + ":7:17: clauses[0].time-limit.within: 缺少必填的键“within” [STD-E006]\n"
                    + bad + ":7:48: clauses[0].time-limit.withn: 未知的键“withn”（是否想写“within”？）；可用的键：calendar、each、from、pause、reopen、to、within [STD-E005]\n"
                    + bad + ":8:24: clauses[0].penalty.points: “-2”是负数；此处应为 0 或更大的数 [STD-E056]\n");
        }

        @Test
        void usage_and_input_errors_in_chinese() {
            assertThat(run("evaluate", "--standard", STANDARD, "--facts", "missing.jsonl", "--lang", "zh-CN").err())
                    .isEqualTo("standards：missing.jsonl：文件不存在\n");
            assertThat(run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--as-of", "yesterday", "--lang", "zh-CN").err())
                    .startsWith("standards：--as-of“yesterday”不是带时区偏移的 ISO-8601 时间，例如 2025-03-10T00:00:00+08:00\n"
                            + "请运行“standards evaluate --help”查看用法。\n");
            assertThat(run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--format", "pdf", "--lang", "zh-CN").err())
                    .startsWith("standards：--format 只能是 json、text、html、csv 或 xlsx，不能是“pdf”\n");
        }

        @Test
        void rejected_lines_on_stderr() {
            assertThat(run("evaluate", "--standard", STANDARD, "--facts", FACTS, "--lang", "zh-CN").err())
                    .startsWith(FACTS + ":7：拒收：events[0].at：不是带时区偏移的 ISO-8601 时间\n");
        }

        @Test
        void diff_in_chinese() {
            Run run = run("diff", STANDARD, EXAMPLES.resolve("standards/complaint-handling-1.1.0.yaml").toString(),
                    "--facts", FACTS, "--as-of", "2025-03-10T00:00:00+08:00", "--lang", "zh-CN");
            assertThat(run.out()).contains("  修改  effective-until：2026-01-01 → （无）\n",
                    "  修改  complaint.accept  time-limit.within：48h → 24h\n",
                    "对 7 条记录的影响（" + FACTS + "）：\n",
                    "  complaint.accept：变化 2，新增 0，消失 0\n",
                    "    T-1001 complaint.accept：违规，级别 station（扣 2 分） → 违规，级别 headquarters（扣 3 分）\n");
        }

        @Test
        void conformance_counts_in_chinese() {
            Run run = run("test", EXAMPLES.resolve("scenarios").toString(), "--lang", "zh-CN");
            assertThat(run.code()).isZero();
            assertThat(run.out()).startsWith("通过 ").endsWith("通过 47 个，失败 0 个\n");
        }
    }

    @Nested
    class Help {

        @Test
        void help_in_chinese() {
            Run run = run("evaluate", "--help", "--lang", "zh-CN");
            assertThat(run.code()).isZero();
            assertThat(run.out()).startsWith("用法： standards evaluate").contains("选项：",
                    "--summary-by=FIELD   按这个字段", "--lang=zh-CN|en      消息和报告的语言");
            assertThat(run(Locale.SIMPLIFIED_CHINESE, "--help").out()).contains("命令：", "validate  加载并校验标准文件");
        }

        @Test
        void every_command_option_and_parameter_has_chinese_help() throws IOException {
            // GIVEN the Chinese help texts
            Properties help = load("dev/servicestandards/cli/help_zh_CN.properties");
            CommandLine cli = new CommandLine(new StandardsCommand(CLOCK, Locale.ROOT, System.in));

            // WHEN every description a user can see is looked up as picocli looks it up
            List<String> missing = new ArrayList<>();
            check(cli.getCommandSpec(), help, missing);

            // THEN
            assertThat(missing).as("keys missing from help_zh_CN.properties").isEmpty();
        }

        private void check(CommandSpec spec, Properties help, List<String> missing) {
            String prefix = spec.qualifiedName(".") + ".";
            if (!help.containsKey(prefix + "usage.description") && !spec.name().equals("help")) {
                missing.add(prefix + "usage.description");
            }
            for (OptionSpec option : spec.options()) {
                String key = option.longestName().replaceFirst("^-+", "");
                if (!help.containsKey(prefix + key) && !help.containsKey(key)
                        && !(option.descriptionKey() != null && help.containsKey(option.descriptionKey()))) {
                    missing.add(prefix + key);
                }
            }
            for (PositionalParamSpec positional : spec.positionalParameters()) {
                String key = positional.paramLabel() + "[" + positional.index() + "]";
                if (!help.containsKey(prefix + key) && !help.containsKey(key)
                        && !(positional.descriptionKey() != null && help.containsKey(positional.descriptionKey()))) {
                    missing.add(prefix + key);
                }
            }
            spec.subcommands().values().forEach(sub -> check(sub.getCommandSpec(), help, missing));
        }
    }

    @Nested
    class Bundles {

        @Test
        void both_languages_have_the_same_messages_with_the_same_placeholders() throws IOException {
            // GIVEN
            Properties english = load("dev/servicestandards/cli/messages.properties");
            Properties chinese = load("dev/servicestandards/cli/messages_zh_CN.properties");

            // WHEN
            TreeMap<String, Set<String>> englishPlaceholders = new TreeMap<>();
            TreeMap<String, Set<String>> chinesePlaceholders = new TreeMap<>();
            english.stringPropertyNames().forEach(k -> englishPlaceholders.put(k, placeholders(english.getProperty(k))));
            chinese.stringPropertyNames().forEach(k -> chinesePlaceholders.put(k, placeholders(chinese.getProperty(k))));

            // THEN
            assertThat(chinesePlaceholders).isEqualTo(englishPlaceholders);
        }
    }

    /** The {@code {n}} placeholders of a MessageFormat pattern outside quotes ({@code ''} is one quote). */
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
                out.add(pattern.substring(i + 1, end));
                i = end;
            }
        }
        return out;
    }

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StandardsCommand_lang_Test.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
