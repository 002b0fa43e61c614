package dev.servicestandards.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.servicestandards.api.LocalizedText;
import dev.servicestandards.api.Problem;
import dev.servicestandards.api.ProblemCode;
import dev.servicestandards.api.SourceLocation;
import dev.servicestandards.api.Standards;

/**
 * The exact message of every problem code, errors and warnings, in English and in Simplified
 * Chinese, as a user reads it ({@code file:line:col: path: message [code]}): one case per code
 * (more where a code has several wordings), each a small standard with exactly that problem.
 * Texts from outside the library stay as they come (SnakeYAML's syntax errors and the JDK's
 * regular-expression errors are English in both languages).
 */
class ProblemCode_message_Test {

    record Case(String name, ProblemCode code, String yaml, String english, String chinese) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
            new Case("YAML_SYNTAX (syntax)", ProblemCode.YAML_SYNTAX, """
                    standard: [unclosed
                    """,
                    "x.yaml:2:1: not valid YAML: expected ',' or ']', but got <stream end> [STD-E002]",
                    "x.yaml:2:1: 不是有效的 YAML：expected ',' or ']', but got <stream end> [STD-E002]"),
            new Case("YAML_SYNTAX (empty)", ProblemCode.YAML_SYNTAX, "",
                    "x.yaml:1:1: not valid YAML: the document is empty [STD-E002]",
                    "x.yaml:1:1: 不是有效的 YAML：文档为空 [STD-E002]"),
            new Case("YAML_TAG", ProblemCode.YAML_TAG, """
                    standard: !foo cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    """,
                    "x.yaml:1:11: standard: YAML tags are not allowed in a standard: !foo [STD-E003]",
                    "x.yaml:1:11: standard: 标准中不允许使用 YAML 标签：!foo [STD-E003]"),
            new Case("DUPLICATE_KEY", ProblemCode.DUPLICATE_KEY, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    version: 1.0.1
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    """,
                    "x.yaml:5:1: version: duplicate key 'version' (first at line 2) [STD-E004]",
                    "x.yaml:5:1: version: 键“version”重复（首次出现在第 2 行） [STD-E004]"),
            new Case("UNKNOWN_KEY (suggestion)", ProblemCode.UNKNOWN_KEY, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                        titel: x
                    """,
                    "x.yaml:8:5: clauses[0].titel: unknown key 'titel' (did you mean 'title'?); expected one of: applies-to, dimension, escalation, follow-up, forbidden-phrases, id, kpi, limit, penalty, repeat, required-fields, required-phrase, severity, time-limit, title [STD-E005]",
                    "x.yaml:8:5: clauses[0].titel: 未知的键“titel”（是否想写“title”？）；可用的键：applies-to、dimension、escalation、follow-up、forbidden-phrases、id、kpi、limit、penalty、repeat、required-fields、required-phrase、severity、time-limit、title [STD-E005]"),
            new Case("UNKNOWN_KEY (no suggestion)", ProblemCode.UNKNOWN_KEY, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                        colour: red
                    """,
                    "x.yaml:8:5: clauses[0].colour: unknown key 'colour'; expected one of: applies-to, dimension, escalation, follow-up, forbidden-phrases, id, kpi, limit, penalty, repeat, required-fields, required-phrase, severity, time-limit, title [STD-E005]",
                    "x.yaml:8:5: clauses[0].colour: 未知的键“colour”；可用的键：applies-to、dimension、escalation、follow-up、forbidden-phrases、id、kpi、limit、penalty、repeat、required-fields、required-phrase、severity、time-limit、title [STD-E005]"),
            new Case("MISSING_KEY", ProblemCode.MISSING_KEY, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    """,
                    "x.yaml:1:1: timezone: required key 'timezone' is missing [STD-E006]",
                    "x.yaml:1:1: timezone: 缺少必填的键“timezone” [STD-E006]"),
            new Case("WRONG_TYPE (list)", ProblemCode.WRONG_TYPE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses: none
                    """,
                    "x.yaml:5:10: clauses: expected a list but found 'none' [STD-E007]",
                    "x.yaml:5:10: clauses: 此处应为列表，实际为“none” [STD-E007]"),
            new Case("WRONG_TYPE (text)", ProblemCode.WRONG_TYPE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                        title: [a, b]
                    """,
                    "x.yaml:8:12: clauses[0].title: expected text but found a list [STD-E007]",
                    "x.yaml:8:12: clauses[0].title: 此处应为文本，实际为列表 [STD-E007]"),
            new Case("WRONG_TYPE (blank)", ProblemCode.WRONG_TYPE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                        title: ' '
                    """,
                    "x.yaml:8:12: clauses[0].title: expected text but found blank text [STD-E007]",
                    "x.yaml:8:12: clauses[0].title: 此处应为文本，实际为空白文本 [STD-E007]"),
            new Case("WRONG_TYPE (mapping)", ProblemCode.WRONG_TYPE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: [rings]
                    """,
                    "x.yaml:7:12: clauses[0].limit: expected a mapping but found a list [STD-E007]",
                    "x.yaml:7:12: clauses[0].limit: 此处应为映射，实际为列表 [STD-E007]"),
            new Case("WRONG_TYPE (plain key)", ProblemCode.WRONG_TYPE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                        ? [a]
                        : b
                    """,
                    "x.yaml:8:7: clauses[0]: expected a plain key but found a list [STD-E007]",
                    "x.yaml:8:7: clauses[0]: 此处应为普通的键，实际为列表 [STD-E007]"),
            new Case("BAD_STANDARD_ID", ProblemCode.BAD_STANDARD_ID, """
                    standard: CN.Test
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    """,
                    "x.yaml:1:11: standard: 'CN.Test' is not a valid standard id: use lowercase letters and digits separated by dots or dashes [STD-E008]",
                    "x.yaml:1:11: standard: “CN.Test”不是有效的标准编号：请使用小写字母和数字，以点或连字符分隔 [STD-E008]"),
            new Case("BAD_VERSION", ProblemCode.BAD_VERSION, """
                    standard: cn.test.messages
                    version: 1.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    """,
                    "x.yaml:2:10: version: '1.0' is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.1.0) [STD-E009]",
                    "x.yaml:2:10: version: “1.0”不是语义化版本号（主版本.次版本.修订号，例如 1.1.0） [STD-E009]"),
            new Case("BAD_DATE", ProblemCode.BAD_DATE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-13-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    """,
                    "x.yaml:3:17: effective-from: '2025-13-01' is not a date (YYYY-MM-DD) [STD-E010]",
                    "x.yaml:3:17: effective-from: “2025-13-01”不是日期（YYYY-MM-DD） [STD-E010]"),
            new Case("BAD_TIMEZONE", ProblemCode.BAD_TIMEZONE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: +08:00
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    """,
                    "x.yaml:4:11: timezone: '+08:00' is not an IANA time zone (e.g. Asia/Shanghai) [STD-E011]",
                    "x.yaml:4:11: timezone: “+08:00”不是 IANA 时区（例如 Asia/Shanghai） [STD-E011]"),
            new Case("BAD_DURATION", ProblemCode.BAD_DURATION, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        time-limit: { from: created, to: accepted, within: 48 hours }
                    """,
                    "x.yaml:7:56: clauses[0].time-limit.within: '48 hours' is not a duration: use 90s, 30m, 4h, 1h30m, 3 working days (3wd) or 3 days (3d) [STD-E012]",
                    "x.yaml:7:56: clauses[0].time-limit.within: “48 hours”不是时长：请写作 90s、30m、4h、1h30m、3 working days（3wd，工作日）或 3 days（3d，自然日） [STD-E012]"),
            new Case("BAD_CLAUSE_ID", ProblemCode.BAD_CLAUSE_ID, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: '-c'
                        limit: { attribute: rings, at-most: 3 }
                    """,
                    "x.yaml:6:9: clauses[0].id: '-c' is not a valid clause id: use letters, digits, dots, dashes and underscores, starting with a letter or digit [STD-E013]",
                    "x.yaml:6:9: clauses[0].id: “-c”不是有效的条款编号：请使用字母、数字、点、连字符和下划线，并以字母或数字开头 [STD-E013]"),
            new Case("DUPLICATE_CLAUSE_ID", ProblemCode.DUPLICATE_CLAUSE_ID, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                      - id: c
                        limit: { attribute: rings, at-most: 4 }
                    """,
                    "x.yaml:8:9: clauses[1].id: clause id 'c' is already used by clauses[0] [STD-E014]",
                    "x.yaml:8:9: clauses[1].id: 条款编号“c”已被 clauses[0] 使用 [STD-E014]"),
            new Case("CLAUSE_KIND (none)", ProblemCode.CLAUSE_KIND, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                    """,
                    "x.yaml:6:5: clauses[0]: a clause needs exactly one of time-limit, follow-up, forbidden-phrases, required-phrase, limit, required-fields, kpi, repeat; found none [STD-E015]",
                    "x.yaml:6:5: clauses[0]: 一个条款必须且只能包含以下之一：time-limit、follow-up、forbidden-phrases、required-phrase、limit、required-fields、kpi、repeat；实际为：无 [STD-E015]"),
            new Case("CLAUSE_KIND (two)", ProblemCode.CLAUSE_KIND, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                        required-fields: [record]
                    """,
                    "x.yaml:6:5: clauses[0]: a clause needs exactly one of time-limit, follow-up, forbidden-phrases, required-phrase, limit, required-fields, kpi, repeat; found limit, required-fields [STD-E015]",
                    "x.yaml:6:5: clauses[0]: 一个条款必须且只能包含以下之一：time-limit、follow-up、forbidden-phrases、required-phrase、limit、required-fields、kpi、repeat；实际为：limit、required-fields [STD-E015]"),
            new Case("ONE_OF (kpi)", ProblemCode.ONE_OF, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: k
                        kpi: { among: { type: ticket }, at-least: 90% }
                    """,
                    "x.yaml:7:10: clauses[0].kpi: exactly one of rate-of, average-of, percentile-of is needed; found none [STD-E059]",
                    "x.yaml:7:10: clauses[0].kpi: rate-of、average-of、percentile-of 中必须且只能有一项；实际为：无 [STD-E059]"),
            new Case("BAD_TIER_AT", ProblemCode.BAD_TIER_AT, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        time-limit: { from: created, to: accepted, within: 48h }
                        escalation: [ { at: soon, tier: station } ]
                    """,
                    "x.yaml:8:25: clauses[0].escalation[0].at: 'soon' is not a tier instant: use P% or P% + duration, e.g. 75% or 100% + 24h [STD-E016]",
                    "x.yaml:8:25: clauses[0].escalation[0].at: “soon”不是升级时点：请写作 P% 或 P% + 时长，例如 75% 或 100% + 24h [STD-E016]"),
            new Case("TIERS_NOT_INCREASING", ProblemCode.TIERS_NOT_INCREASING, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        time-limit: { from: created, to: accepted, within: 48h }
                        escalation: [ { at: 100%, tier: station }, { at: 75%, tier: reminder } ]
                    """,
                    "x.yaml:8:54: clauses[0].escalation[1].at: tier 'reminder' at 75% is not after the previous tier 'station' at 100%: tiers must be strictly increasing [STD-E017]",
                    "x.yaml:8:54: clauses[0].escalation[1].at: 级别“reminder”的时点 75% 不晚于前一级别“station”的时点 100%：各级时点必须严格递增 [STD-E017]"),
            new Case("DUPLICATE_TIER", ProblemCode.DUPLICATE_TIER, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        time-limit: { from: created, to: accepted, within: 48h }
                        escalation: [ { at: 75%, tier: station }, { at: 100%, tier: station } ]
                    """,
                    "x.yaml:8:65: clauses[0].escalation[1].tier: tier name 'station' is already used in this escalation [STD-E018]",
                    "x.yaml:8:65: clauses[0].escalation[1].tier: 级别名称“station”在本升级规则中已使用 [STD-E018]"),
            new Case("ESCALATION_WITHOUT_TIME_LIMIT", ProblemCode.ESCALATION_WITHOUT_TIME_LIMIT, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                        escalation: [ { at: 100%, tier: station } ]
                    """,
                    "x.yaml:8:5: clauses[0].escalation: escalation needs a time-limit or follow-up clause [STD-E019]",
                    "x.yaml:8:5: clauses[0].escalation: 升级规则（escalation）只能用于时限条款（time-limit）或跟进条款（follow-up） [STD-E019]"),
            new Case("UNKNOWN_CALENDAR", ProblemCode.UNKNOWN_CALENDAR, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        time-limit: { from: created, to: accepted, within: 3wd, calendar: workdays }
                    """,
                    "x.yaml:7:71: clauses[0].time-limit.calendar: unknown calendar 'workdays'; known: 24x7 [STD-E020]",
                    "x.yaml:7:71: clauses[0].time-limit.calendar: 未知的日历“workdays”；已有的日历：24x7 [STD-E020]"),
            new Case("BAD_CHOICE", ProblemCode.BAD_CHOICE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                        severity: fatal
                    """,
                    "x.yaml:8:15: clauses[0].severity: 'fatal' is not one of: minor, major, critical [STD-E021]",
                    "x.yaml:8:15: clauses[0].severity: “fatal”不是以下之一：minor、major、critical [STD-E021]"),
            new Case("BAD_NUMBER", ProblemCode.BAD_NUMBER, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: three }
                    """,
                    "x.yaml:7:41: clauses[0].limit.at-most: 'three' is not a number [STD-E022]",
                    "x.yaml:7:41: clauses[0].limit.at-most: “three”不是数字 [STD-E022]"),
            new Case("BAD_PERCENT", ProblemCode.BAD_PERCENT, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: k
                        kpi: { rate-of: { attribute: satisfied }, at-least: 190% }
                    """,
                    "x.yaml:7:57: clauses[0].kpi.at-least: '190%' is not a percentage (e.g. 90%) or a fraction between 0 and 1 [STD-E023]",
                    "x.yaml:7:57: clauses[0].kpi.at-least: “190%”不是百分比（例如 90%），也不是 0 到 1 之间的小数 [STD-E023]"),
            new Case("EFFECTIVE_WINDOW", ProblemCode.EFFECTIVE_WINDOW, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    effective-until: 2024-12-31
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    """,
                    "x.yaml:5:18: effective-until: effective-until 2024-12-31 must be after effective-from 2025-01-01 [STD-E024]",
                    "x.yaml:5:18: effective-until: 失效日期 effective-until 2024-12-31 必须晚于生效日期 effective-from 2025-01-01 [STD-E024]"),
            new Case("SUPERSEDES_NOT_OLDER", ProblemCode.SUPERSEDES_NOT_OLDER, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    supersedes: 1.0.0
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    """,
                    "x.yaml:5:13: supersedes: supersedes 1.0.0 must be an older version than 1.0.0 [STD-E025]",
                    "x.yaml:5:13: supersedes: 被替代的版本 supersedes 1.0.0 必须早于当前版本 1.0.0 [STD-E025]"),
            new Case("BAD_HOURS", ProblemCode.BAD_HOURS, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    calendars:
                      office: { hours: '18:00-09:00' }
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    """,
                    "x.yaml:6:20: calendars.office.hours: '18:00-09:00' is not a list of working hours: use HH:MM-HH:MM ranges, ascending and not overlapping, e.g. 09:00-12:00,13:30-18:00 (or closed) [STD-E026]",
                    "x.yaml:6:20: calendars.office.hours: “18:00-09:00”不是工作时段列表：请写作升序且互不重叠的 HH:MM-HH:MM 时段，例如 09:00-12:00,13:30-18:00（或 closed 表示不营业） [STD-E026]"),
            new Case("EMPTY_LIST", ProblemCode.EMPTY_LIST, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        required-fields: []
                    """,
                    "x.yaml:7:22: clauses[0].required-fields: the list must not be empty [STD-E027]",
                    "x.yaml:7:22: clauses[0].required-fields: 列表不能为空 [STD-E027]"),
            new Case("EMPTY_PHRASE", ProblemCode.EMPTY_PHRASE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        forbidden-phrases: { speaker: agent, phrases: ['，。'] }
                    """,
                    "x.yaml:7:52: clauses[0].forbidden-phrases.phrases[0]: phrase '，。' is empty once whitespace and punctuation are removed, so it would match everything [STD-E028]",
                    "x.yaml:7:52: clauses[0].forbidden-phrases.phrases[0]: 短语“，。”去掉空白和标点后为空，会匹配任何内容 [STD-E028]"),
            new Case("BAD_REGEX", ProblemCode.BAD_REGEX, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        forbidden-phrases: { speaker: agent, patterns: ['有意见(找谁'] }
                    """,
                    "x.yaml:7:53: clauses[0].forbidden-phrases.patterns[0]: invalid regular expression: Unclosed group [STD-E029]",
                    "x.yaml:7:53: clauses[0].forbidden-phrases.patterns[0]: 无效的正则表达式：Unclosed group [STD-E029]"),
            new Case("WEIGHTS_SUM", ProblemCode.WEIGHTS_SUM, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    scoring: { base: 100, dimensions: { quality: 60, speed: 30 } }
                    """,
                    "x.yaml:8:35: scoring.dimensions: the dimension weights sum to 90 but base is 100 [STD-E030]",
                    "x.yaml:8:35: scoring.dimensions: 各维度权重之和为 90，但 base 为 100 [STD-E030]"),
            new Case("UNKNOWN_DIMENSION", ProblemCode.UNKNOWN_DIMENSION, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                        dimension: courtesy
                    scoring: { base: 100, dimensions: { quality: 60, speed: 40 } }
                    """,
                    "x.yaml:8:16: clauses[0].dimension: dimension 'courtesy' is not declared in scoring.dimensions; declared: quality, speed [STD-E031]",
                    "x.yaml:8:16: clauses[0].dimension: 维度“courtesy”未在 scoring.dimensions 中声明；已声明的维度：quality、speed [STD-E031]"),
            new Case("BAD_GRADES", ProblemCode.BAD_GRADES, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    scoring: { base: 100, dimensions: { quality: 100 }, grades: [ { at-least: 60, grade: 合格 }, { at-least: 90, grade: 优秀 } ] }
                    """,
                    "x.yaml:8:92: scoring.grades[1]: grades must have strictly decreasing at-least values and only the last may omit at-least [STD-E032]",
                    "x.yaml:8:92: scoring.grades[1]: grades 中的 at-least 必须严格递减，且只有最后一档可以省略 at-least [STD-E032]"),
            new Case("UNKNOWN_CLAUSE", ProblemCode.UNKNOWN_CLAUSE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: k
                        kpi: { rate-of: { clause: nope }, at-least: 90% }
                    """,
                    "x.yaml:7:31: clauses[0].kpi.rate-of.clause: no clause 'nope' in this standard [STD-E033]",
                    "x.yaml:7:31: clauses[0].kpi.rate-of.clause: 本标准中没有条款“nope” [STD-E033]"),
            new Case("SAME_EVENT", ProblemCode.SAME_EVENT, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        time-limit: { from: created, to: created, within: 48h }
                    """,
                    "x.yaml:7:38: clauses[0].time-limit.to: the clock starts and stops on the same event 'created' [STD-E034]",
                    "x.yaml:7:38: clauses[0].time-limit.to: 计时的开始和结束是同一个事件“created” [STD-E034]"),
            new Case("LIMIT_BOUNDS", ProblemCode.LIMIT_BOUNDS, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3, at-least: 1 }
                    """,
                    "x.yaml:7:12: clauses[0].limit: a limit needs exactly one of at-most and at-least [STD-E035]",
                    "x.yaml:7:12: clauses[0].limit: 限值必须且只能包含 at-most 和 at-least 之一 [STD-E035]"),
            new Case("BAD_SELECTOR", ProblemCode.BAD_SELECTOR, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                        applies-to: { kind: }
                    """,
                    "x.yaml:8:24: clauses[0].applies-to.kind: selector key 'kind' needs a scalar or a list of scalars [STD-E036]",
                    "x.yaml:8:24: clauses[0].applies-to.kind: 选择条件的键“kind”需要一个标量值或标量列表 [STD-E036]"),
            new Case("BAD_CALENDAR_NAME", ProblemCode.BAD_CALENDAR_NAME, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    calendars:
                      'office hours': { hours: '09:00-18:00' }
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    """,
                    "x.yaml:6:3: calendars.office hours: 'office hours' is not a valid calendar name; use letters, digits, dots, dashes and underscores [STD-E038]",
                    "x.yaml:6:3: calendars.office hours: “office hours”不是有效的日历名称；请使用字母、数字、点、连字符和下划线 [STD-E038]"),
            new Case("CALENDAR_CONFLICT", ProblemCode.CALENDAR_CONFLICT, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    calendars:
                      office: { holidays: [2025-06-03], workdays: [2025-06-03] }
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    """,
                    "x.yaml:6:47: calendars.office.workdays: 2025-06-03 is listed both as a holiday and as a workday [STD-E039]",
                    "x.yaml:6:47: calendars.office.workdays: 2025-06-03 同时被列为节假日和工作日 [STD-E039]"),
            new Case("NEGATIVE_NUMBER", ProblemCode.NEGATIVE_NUMBER, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                        penalty: { points: -2 }
                    """,
                    "x.yaml:8:24: clauses[0].penalty.points: '-2' is negative; expected 0 or more [STD-E056]",
                    "x.yaml:8:24: clauses[0].penalty.points: “-2”是负数；此处应为 0 或更大的数 [STD-E056]"),
            new Case("NOT_WHOLE_NUMBER", ProblemCode.NOT_WHOLE_NUMBER, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: k
                        kpi: { rate-of: { attribute: satisfied }, at-least: 90%, min-sample: 2.5 }
                    """,
                    "x.yaml:7:74: clauses[0].kpi.min-sample: '2.5' is not a whole number from 0 to 2147483647 [STD-E057]",
                    "x.yaml:7:74: clauses[0].kpi.min-sample: “2.5”不是 0 到 2147483647 之间的整数 [STD-E057]"),
            new Case("PATTERN_MATCHES_EMPTY", ProblemCode.PATTERN_MATCHES_EMPTY, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        forbidden-phrases: { speaker: agent, patterns: ['.*'] }
                    """,
                    "x.yaml:7:53: clauses[0].forbidden-phrases.patterns[0]: pattern '.*' matches empty text, so it would match everything [STD-E058]",
                    "x.yaml:7:53: clauses[0].forbidden-phrases.patterns[0]: 模式“.*”能匹配空文本，会匹配任何内容 [STD-E058]"),
            new Case("PATTERN_NEVER_MATCHES", ProblemCode.PATTERN_NEVER_MATCHES, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        forbidden-phrases: { speaker: agent, patterns: ['有意见\\s找谁'] }
                    """,
                    "x.yaml:7:53: clauses[0].forbidden-phrases.patterns[0]: warning: pattern '有意见\\s找谁' asks for whitespace or punctuation, which normalization removes from the text before matching [STD-W002]",
                    "x.yaml:7:53: clauses[0].forbidden-phrases.patterns[0]: 警告：模式“有意见\\s找谁”要求匹配空白或标点，但匹配前文本中的空白和标点已被去掉，因此永远不会匹配 [STD-W002]")
,
            new Case("PATTERN_FOLDED", ProblemCode.PATTERN_FOLDED, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        forbidden-phrases: { speaker: agent, patterns: ['idiоt'] }
                    """,
                    "x.yaml:7:53: clauses[0].forbidden-phrases.patterns[0]: warning: pattern 'idiоt' has letters the text to match never has, because normalization strips accents and marks and folds Cyrillic and Greek look-alikes to Latin before matching: о (U+043E) → o; write the pattern with what they become [STD-W005]",
                    "x.yaml:7:53: clauses[0].forbidden-phrases.patterns[0]: 警告：模式“idiоt”含有待匹配文本中不会出现的字母：匹配前会去掉重音和附加符号，并把形似拉丁字母的西里尔和希腊字母折叠为拉丁字母：о (U+043E) → o；请用折叠后的字母书写模式 [STD-W005]"),
            new Case("BAD_DATE_RANGE", ProblemCode.BAD_DATE_RANGE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    effective-until: 2026-01-01
                    calendars:
                      cn-workdays:
                        base: cn-official
                        arrangements:
                          2027: { notice: x, holidays: { 春节: 2027-02-30 } }
                    clauses:
                      - id: c
                        time-limit: { from: created, to: answered, within: 3 working days, calendar: cn-workdays }
                    """,
                    "x.yaml:10:42: calendars.cn-workdays.arrangements.2027.holidays.春节: '2027-02-30' is not a date or a range of dates: use YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD (at most 367 days) [STD-E043]",
                    "x.yaml:10:42: calendars.cn-workdays.arrangements.2027.holidays.春节: “2027-02-30”不是日期或日期范围：请写作 YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD（最多 367 天） [STD-E043]"),
            new Case("BAD_YEAR", ProblemCode.BAD_YEAR, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    effective-until: 2026-01-01
                    calendars:
                      cn-workdays:
                        base: cn-official
                        arrangements:
                          27: { notice: x }
                    clauses:
                      - id: c
                        time-limit: { from: created, to: answered, within: 3 working days, calendar: cn-workdays }
                    """,
                    "x.yaml:10:7: calendars.cn-workdays.arrangements.27: '27' is not a year from 1900 to 2200 [STD-E044]",
                    "x.yaml:10:7: calendars.cn-workdays.arrangements.27: “27”不是 1900 到 2200 之间的年份 [STD-E044]"),
            new Case("DATE_OUTSIDE_YEAR", ProblemCode.DATE_OUTSIDE_YEAR, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    effective-until: 2026-01-01
                    calendars:
                      cn-workdays:
                        base: cn-official
                        arrangements:
                          2027: { notice: x, holidays: { 国庆节: 2029-10-01 } }
                    clauses:
                      - id: c
                        time-limit: { from: created, to: answered, within: 3 working days, calendar: cn-workdays }
                    """,
                    "x.yaml:10:43: calendars.cn-workdays.arrangements.2027.holidays.国庆节: 2029-10-01 is not in 2027 or the days next to it: an arrangement lists the dates of its own year (and of the turn of the year) [STD-E045]",
                    "x.yaml:10:43: calendars.cn-workdays.arrangements.2027.holidays.国庆节: 2029-10-01 不在 2027 年内，也不在其前后相邻的日子里：一项调休安排只列出本年（及跨年前后）的日期 [STD-E045]"),
            new Case("ARRANGEMENTS_WITHOUT_BASE", ProblemCode.ARRANGEMENTS_WITHOUT_BASE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    effective-until: 2026-01-01
                    calendars:
                      cn-workdays:
                        arrangements:
                          2027: { notice: x }
                    clauses:
                      - id: c
                        time-limit: { from: created, to: answered, within: 3 working days, calendar: cn-workdays }
                    """,
                    "x.yaml:8:5: calendars.cn-workdays.arrangements: arrangements need an official base (base: cn-official); without one, list holidays and workdays instead [STD-E046]",
                    "x.yaml:8:5: calendars.cn-workdays.arrangements: 调休安排（arrangements）需要官方基础日历（base: cn-official）；没有基础日历时，请改为列出 holidays 和 workdays [STD-E046]"),
            new Case("CALENDAR_DATA_ENDS (no end date)", ProblemCode.CALENDAR_DATA_ENDS, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    calendars:
                      cn-workdays:
                        base: cn-official
                    clauses:
                      - id: c
                        time-limit: { from: created, to: answered, within: 3 working days, calendar: cn-workdays }
                    """,
                    "x.yaml:6:3: calendars.cn-workdays: warning: calendar 'cn-workdays' has cn-official arrangements for 2015–2026 only, but the standard is in force from 2025-01-01 with no end date: clauses on it cannot judge dates in 2027 and later until their arrangement is added (an arrangements: block here, or the application's calendar data) [STD-W003]",
                    "x.yaml:6:3: calendars.cn-workdays: 警告：日历“cn-workdays”的 cn-official 调休安排只有：2015–2026；但本标准的有效期为 2025-01-01 起，无终止日期：在补上所缺年份的安排（在此处写 arrangements: 块，或加入应用的日历数据）之前，使用该日历的条款无法判定以下年份的日期：2027 年及以后 [STD-W003]"),
            new Case("CALENDAR_DATA_ENDS (bounded)", ProblemCode.CALENDAR_DATA_ENDS, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2026-01-01
                    timezone: Asia/Shanghai
                    effective-until: 2028-07-01
                    calendars:
                      cn-workdays:
                        base: cn-official
                    clauses:
                      - id: c
                        time-limit: { from: created, to: answered, within: 3 working days, calendar: cn-workdays }
                    """,
                    "x.yaml:7:3: calendars.cn-workdays: warning: calendar 'cn-workdays' has cn-official arrangements for 2015–2026 only, but the standard is in force from 2026-01-01 until 2028-07-01: clauses on it cannot judge dates in 2027–2028 until their arrangement is added (an arrangements: block here, or the application's calendar data) [STD-W003]",
                    "x.yaml:7:3: calendars.cn-workdays: 警告：日历“cn-workdays”的 cn-official 调休安排只有：2015–2026；但本标准的有效期为 2026-01-01 至 2028-07-01：在补上所缺年份的安排（在此处写 arrangements: 块，或加入应用的日历数据）之前，使用该日历的条款无法判定以下年份的日期：2027–2028 [STD-W003]")
,
            new Case("BAD_WEEKDAYS", ProblemCode.BAD_WEEKDAYS, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    calendars:
                      office:
                        hours:
                          weekend: '09:00-12:00'
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    """,
                    "x.yaml:8:7: calendars.office.hours.weekend: 'weekend' is not a day of the week or a range of them: use mon, tue, wed, thu, fri, sat, sun, e.g. mon-fri or sat,sun [STD-E047]",
                    "x.yaml:8:7: calendars.office.hours.weekend: “weekend”不是星期几或星期几的范围：请用 mon、tue、wed、thu、fri、sat、sun，例如 mon-fri 或 sat,sun [STD-E047]"),
            new Case("EMPTY_CHOICE", ProblemCode.EMPTY_CHOICE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        time-limit: { from: created, to: resolved, within: { by: priority, otherwise: 24h } }
                    """,
                    "x.yaml:7:56: clauses[0].time-limit.within: an allowance by attribute names at least one value, e.g. { by: priority, P1: 4h, otherwise: 24h } [STD-E049]",
                    "x.yaml:7:56: clauses[0].time-limit.within: 按属性区分的时限至少要列出一个取值，例如 { by: priority, P1: 4h, otherwise: 24h } [STD-E049]"),
            new Case("EACH_AND_REOPEN", ProblemCode.EACH_AND_REOPEN, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        time-limit: { from: created, to: resolved, within: 24h, each: true, reopen: { on: reopened, clock: resume } }
                    """,
                    "x.yaml:7:73: clauses[0].time-limit.reopen: a clock for each start event cannot also be reopened: use either each or reopen [STD-E050]",
                    "x.yaml:7:73: clauses[0].time-limit.reopen: “每次开始事件各计一个时钟”（each）不能同时设置重开（reopen）：二者只能选一 [STD-E050]"),
            new Case("EMPTY_RANGE", ProblemCode.EMPTY_RANGE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        applies-to: { amount: { at-least: 5000, less-than: 1000 } }
                        limit: { attribute: rings, at-most: 3 }
                    """,
                    "x.yaml:7:27: clauses[0].applies-to.amount: the range { at-least: 5000, less-than: 1000 } holds no number: give one lower bound (at-least or more-than) and one upper bound (at-most or less-than), the lower below the upper [STD-E051]",
                    "x.yaml:7:27: clauses[0].applies-to.amount: 范围 { at-least: 5000, less-than: 1000 } 不含任何数：请给一个下限（at-least 或 more-than）和一个上限（at-most 或 less-than），且下限小于上限 [STD-E051]"),
            new Case("PER_NEEDS_CLOCK", ProblemCode.PER_NEEDS_CLOCK, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        penalty: { points: 2, per: hour-late }
                        limit: { attribute: rings, at-most: 3 }
                    """,
                    "x.yaml:7:32: clauses[0].penalty.per: a penalty per hour-late needs a clock: only time-limit and follow-up clauses run late or reach tiers [STD-E052]",
                    "x.yaml:7:32: clauses[0].penalty.per: 按 hour-late 计罚需要计时：只有时限（time-limit）和跟进（follow-up）条款会超时或达到分级 [STD-E052]"),
            new Case("ONE_OF", ProblemCode.ONE_OF, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: a
                        time-limit: { from: created, to: answered, within: 72h }
                        escalation: [ { at: 100%, tier: station } ]
                      - id: c
                        follow-up: { after: { clause: a, tier: station, outcome: violated }, to: called, within: 4h }
                    """,
                    "x.yaml:10:25: clauses[1].follow-up.after: exactly one of tier, outcome is needed; found tier, outcome [STD-E059]",
                    "x.yaml:10:25: clauses[1].follow-up.after: tier、outcome 中必须且只能有一项；实际为：tier、outcome [STD-E059]"),
            new Case("NOT_TIMED", ProblemCode.NOT_TIMED, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: a
                        time-limit: { from: created, to: answered, within: 72h }
                        escalation: [ { at: 100%, tier: station } ]
                      - id: rings
                        limit: { attribute: rings, at-most: 3 }
                      - id: c
                        follow-up: { after: { clause: rings, outcome: violated }, to: called, within: 4h }
                    """,
                    "x.yaml:12:35: clauses[2].follow-up.after.clause: clause 'rings' is a limit clause: a follow-up follows a time-limit or follow-up clause, whose clock can run late or reach a tier [STD-E060]",
                    "x.yaml:12:35: clauses[2].follow-up.after.clause: 条款“rings”是 limit 条款：跟进（follow-up）只能跟在时限（time-limit）或跟进条款之后，只有这类条款的时钟会超时或达到升级分级 [STD-E060]"),
            new Case("UNKNOWN_TIER", ProblemCode.UNKNOWN_TIER, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: a
                        time-limit: { from: created, to: answered, within: 72h }
                        escalation: [ { at: 100%, tier: station } ]
                      - id: c
                        follow-up: { after: { clause: a, tier: branch }, to: called, within: 4h }
                    """,
                    "x.yaml:10:44: clauses[1].follow-up.after.tier: clause 'a' has no tier 'branch'; its tiers: station [STD-E061]",
                    "x.yaml:10:44: clauses[1].follow-up.after.tier: 条款“a”没有分级“branch”；它的分级为：station [STD-E061]"),
            new Case("FOLLOW_UP_CYCLE", ProblemCode.FOLLOW_UP_CYCLE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: a
                        time-limit: { from: created, to: answered, within: 72h }
                        escalation: [ { at: 100%, tier: station } ]
                      - id: c
                        follow-up: { after: { clause: d, outcome: violated }, to: called, within: 4h }
                      - id: d
                        follow-up: { after: { clause: c, outcome: violated }, to: visited, within: 4h }
                    """,
                    "x.yaml:10:35: clauses[1].follow-up.after.clause: follow-up 'c' would wait for itself: c → d → c [STD-E062]",
                    "x.yaml:10:35: clauses[1].follow-up.after.clause: 跟进条款“c”会等待它自己：c → d → c [STD-E062]"),
            new Case("NOT_A_PERCENTILE", ProblemCode.NOT_A_PERCENTILE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: k
                        kpi: { percentile-of: { attribute: wait-seconds, percentile: 120 }, at-most: 20 }
                    """,
                    "x.yaml:7:66: clauses[0].kpi.percentile-of.percentile: 120 is not a percentile: give a number above 0 and at most 100, e.g. 95 for the 95th percentile [STD-E063]",
                    "x.yaml:7:66: clauses[0].kpi.percentile-of.percentile: 120 不是百分位数：请给出大于 0 且不超过 100 的数，例如 95 表示第 95 百分位 [STD-E063]"),
            new Case("WINDOW_NOT_ELAPSED", ProblemCode.WINDOW_NOT_ELAPSED, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: r
                        repeat: { key: customer, within: 5 working days, at-most: 2 }
                    """,
                    "x.yaml:7:38: clauses[0].repeat.within: '5 working days' counts working days: a repeat window is elapsed time, e.g. 30 days or 720h [STD-E064]",
                    "x.yaml:7:38: clauses[0].repeat.within: “5 working days”按工作日计算：重复条款的统计窗口是自然时长，例如 30 days 或 720h [STD-E064]"),
            new Case("NUMBER_OUT_OF_RANGE", ProblemCode.NUMBER_OUT_OF_RANGE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 1e999999999 }
                    """,
                    "x.yaml:7:41: clauses[0].limit.at-most: 1E+999999999 is outside the numbers a standard may hold: less than 10^40 in size, with at most 40 digits after the point [STD-E065]",
                    "x.yaml:7:41: clauses[0].limit.at-most: 1E+999999999 超出标准中数值的允许范围：绝对值小于 10^40，小数点后最多 40 位 [STD-E065]"),
            new Case("TOO_MANY", ProblemCode.TOO_MANY, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        time-limit: { from: created, to: accepted, within: 48h }
                        escalation: [%s]
                    """.formatted(java.util.stream.IntStream.rangeClosed(1, 21)
                            .mapToObj(i -> "{ at: " + i + "%, tier: t" + i + " }").collect(Collectors.joining(", "))),
                    "x.yaml:8:17: clauses[0].escalation: 21 entries here; a standard may have at most 20 escalation tiers in one clause [STD-E066]",
                    "x.yaml:8:17: clauses[0].escalation: 此处有 21 项；一个标准最多可有 20 个升级层级（每个条款） [STD-E066]"),
            new Case("TOO_LONG", ProblemCode.TOO_LONG, """
                    standard: %s
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    """.formatted("a.".repeat(150) + "a"),
                    "x.yaml:1:11: standard: 'a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a...' is 301 characters long; at most 200 are allowed here [STD-E067]",
                    "x.yaml:1:11: standard: “a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a...”长 301 个字符；此处最多允许 200 个 [STD-E067]"),
            new Case("DURATION_OUT_OF_RANGE", ProblemCode.DURATION_OUT_OF_RANGE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    clauses:
                      - id: c
                        time-limit: { from: created, to: accepted, within: 9999999h }
                    """,
                    "x.yaml:7:56: clauses[0].time-limit.within: '9999999h' is longer than a standard's durations may be: at most 3660 days (87840h) [STD-E068]",
                    "x.yaml:7:56: clauses[0].time-limit.within: “9999999h”超出标准中时长的上限：最多 3660 days (87840h) [STD-E068]"),
            new Case("WEEKDAY_TWICE", ProblemCode.WEEKDAY_TWICE, """
                    standard: cn.test.messages
                    version: 1.0.0
                    effective-from: 2025-01-01
                    timezone: Asia/Shanghai
                    calendars:
                      office:
                        hours:
                          mon-fri: '09:00-18:00'
                          fri: '09:00-12:00'
                    clauses:
                      - id: c
                        limit: { attribute: rings, at-most: 3 }
                    """,
                    "x.yaml:9:7: calendars.office.hours.fri: 'fri' lists fri again: each day of the week has one set of hours [STD-E048]",
                    "x.yaml:9:7: calendars.office.hours.fri: “fri”再次列出了 fri：每个星期几只有一组工作时段 [STD-E048]")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reads_exactly_in_both_languages(Case c) {
        // GIVEN a standard with exactly this problem
        byte[] yaml = c.yaml().getBytes(StandardCharsets.UTF_8);

        // WHEN
        List<Problem> problems = StandardParser.parse("x.yaml", yaml).report().problems();

        // THEN
        assertThat(problems).hasSize(1);
        Problem problem = problems.get(0);
        assertThat(problem.code()).isEqualTo(c.code());
        assertThat(problem.level()).isEqualTo(c.code().isWarning() ? Problem.Level.WARNING : Problem.Level.ERROR);
        assertThat(problem.toString()).isEqualTo(c.english());
        assertThat(problem.toString(Locale.ENGLISH)).isEqualTo(c.english());
        assertThat(problem.toString(Locale.SIMPLIFIED_CHINESE)).isEqualTo(c.chinese());
    }

    @Nested
    class Files_and_catalogs {

        @Test
        void IO_ERROR_of_a_missing_file() {
            // WHEN
            Problem problem = Standards.read(Path.of("no-such-dir", "x.yaml")).report().problems().get(0);

            // THEN
            String file = Path.of("no-such-dir", "x.yaml").toString();
            assertThat(problem.toString()).isEqualTo(file + ": cannot read the file: no such file [STD-E001]");
            assertThat(problem.toString(Locale.SIMPLIFIED_CHINESE)).isEqualTo(file + ": 无法读取文件：文件不存在 [STD-E001]");
        }

        @Test
        void IO_ERROR_of_a_file_that_is_not_utf8() {
            // WHEN
            Problem problem = StandardParser.parse("x.yaml", new byte[] {'a', ':', ' ', (byte) 0xff}).report().problems().get(0);

            // THEN
            assertThat(problem.toString()).isEqualTo("x.yaml: cannot read the file: the file is not UTF-8 text [STD-E001]");
            assertThat(problem.toString(Locale.SIMPLIFIED_CHINESE)).isEqualTo("x.yaml: 无法读取文件：文件不是 UTF-8 文本 [STD-E001]");
        }

        @Test
        void TOO_LARGE(@TempDir Path dir) throws IOException {
            // GIVEN a file one byte over the limit
            Path big = dir.resolve("big.yaml");
            Files.write(big, new byte[(int) Standards.MAX_FILE_BYTES + 1]);

            // WHEN
            Problem problem = Standards.read(big).report().problems().get(0);

            // THEN the sizes print as plain numbers, never grouped
            assertThat(problem.toString()).isEqualTo(big + ": the file is larger than 4194304 bytes, the most a standard may have [STD-E037]");
            assertThat(problem.toString(Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo(big + ": 文件超过 4194304 字节，即标准文件的上限 [STD-E037]");
        }

        // the catalog codes are reported by standards-rules; these are the arguments it passes

        @Test
        void CATALOG_OVERLAP() {
            // WHEN
            Problem problem = Problem.error(ProblemCode.CATALOG_OVERLAP, SourceLocation.ofFile("b.yaml"), "cn.x", "1.1.0",
                    java.time.LocalDate.of(2025, 6, 1), LocalizedText.of("text.further-notice"), "cn.x", "1.0.0",
                    java.time.LocalDate.of(2025, 1, 1), "2026-01-01", "a.yaml");

            // THEN
            assertThat(problem.toString()).isEqualTo("b.yaml: cn.x 1.1.0 is in force from 2025-06-01 until further notice, "
                    + "overlapping cn.x 1.0.0 from 2025-01-01 until 2026-01-01 (a.yaml) [STD-E040]");
            assertThat(problem.toString(Locale.SIMPLIFIED_CHINESE)).isEqualTo("b.yaml: cn.x 1.1.0 的有效期为 2025-06-01 至 另行通知，"
                    + "与 cn.x 1.0.0 的有效期 2025-01-01 至 2026-01-01 重叠（a.yaml） [STD-E040]");
        }

        @Test
        void DUPLICATE_REVISION() {
            // WHEN
            Problem problem = Problem.error(ProblemCode.DUPLICATE_REVISION, SourceLocation.ofFile("c.yaml"), "cn.x", "1.1.0",
                    "b.yaml");

            // THEN
            assertThat(problem.toString()).isEqualTo("c.yaml: cn.x 1.1.0 is already defined by b.yaml [STD-E041]");
            assertThat(problem.toString(Locale.SIMPLIFIED_CHINESE)).isEqualTo("c.yaml: cn.x 1.1.0 已在 b.yaml 中定义 [STD-E041]");
        }

        @Test
        void EMPTY_CATALOG() {
            // WHEN
            Problem problem = Problem.error(ProblemCode.EMPTY_CATALOG, SourceLocation.ofFile("standards"));

            // THEN
            assertThat(problem.toString()).isEqualTo("standards: no standard files (*.yaml, *.yml) in this folder [STD-E042]");
            assertThat(problem.toString(Locale.SIMPLIFIED_CHINESE)).isEqualTo("standards: 此文件夹中没有标准文件（*.yaml、*.yml） [STD-E042]");
        }
    }

    /** The codes of {@link dev.servicestandards.api.Lint}: facts against a standard, from a real lint. */
    @Nested
    class Lint_of_facts {

        private final dev.servicestandards.api.Standard standard = Standards.parse("""
                standard: cn.test.messages
                version: 1.0.0
                effective-from: 2025-01-01
                timezone: Asia/Shanghai
                clauses:
                  - id: call.rings
                    applies-to: { type: interaction, channel: hotline }
                    limit: { attribute: rings, at-most: 3 }
                  - id: c
                    applies-to: { type: ticket }
                    time-limit: { from: created, to: accepted, within: 48h }
                """, "x.yaml");

        private Problem only(String jsonLine) throws IOException {
            dev.servicestandards.api.Lint lint = dev.servicestandards.api.Lint.of(standard, "f.jsonl");
            dev.servicestandards.api.Facts.readJsonLines(new java.io.StringReader(jsonLine)).facts().forEach(lint::add);
            List<Problem> problems = lint.report().problems();
            assertThat(problems).hasSize(1);
            return problems.get(0);
        }

        @Test
        void NOT_A_NUMBER() throws IOException {
            // WHEN
            Problem problem = only("""
                    {"type":"interaction","id":"C-1","channel":"hotline","attributes":{"rings":"four"}}
                    """);
            // THEN
            assertThat(problem.level()).isEqualTo(Problem.Level.ERROR);
            assertThat(problem.toString()).isEqualTo("f.jsonl: clause call.rings reads 'rings' as a number, but on 1 facts it is not one "
                    + "(the first: 'four' on fact 'C-1'), so the clause cannot judge them by it [STD-E070]");
            assertThat(problem.toString(Locale.SIMPLIFIED_CHINESE)).isEqualTo("f.jsonl: 条款 call.rings 把“rings”当作数字读取，"
                    + "但它在 1 条事实上不是数字（第一条：事实“C-1”上的“four”），该条款因而无法据此判定这些事实 [STD-E070]");
        }

        @Test
        void FACTS_NOT_SELECTED() throws IOException {
            // WHEN
            Problem problem = only("""
                    {"type":"interaction","id":"C-1","channel":"web"}
                    """);
            // THEN
            assertThat(problem.level()).isEqualTo(Problem.Level.WARNING);
            assertThat(problem.toString()).isEqualTo("f.jsonl: warning: 1 of 1 facts are selected by no clause, so nothing judges them "
                    + "(the first: interaction 'C-1'): check their type and the fields the clauses' applies-to name [STD-W006]");
            assertThat(problem.toString(Locale.SIMPLIFIED_CHINESE)).isEqualTo("f.jsonl: 警告：1 条事实中有 1 条不被任何条款选中，因而不会被判定"
                    + "（第一条：interaction“C-1”）：请检查它们的类型，以及各条款 applies-to 所写的字段 [STD-W006]");
        }

        @Test
        void EVENT_NOT_READ() throws IOException {
            // WHEN
            Problem problem = only("""
                    {"type":"ticket","id":"T-1","events":[{"name":"Accepted","at":"2025-03-03T09:00:00+08:00"}]}
                    """);
            // THEN
            assertThat(problem.level()).isEqualTo(Problem.Level.WARNING);
            assertThat(problem.toString()).isEqualTo("f.jsonl: warning: event 'Accepted' is read by no clause (on 1 facts, the first 'T-1') "
                    + "(did you mean 'accepted'?) [STD-W007]");
            assertThat(problem.toString(Locale.SIMPLIFIED_CHINESE)).isEqualTo("f.jsonl: 警告：事件“Accepted”没有任何条款读取"
                    + "（出现在 1 条事实上，第一条为“T-1”）（是否想写“accepted”？） [STD-W007]");
        }
    }

    @Test
    void every_code_has_an_exact_message_test() {
        // the codes tested above, outside the table
        Set<ProblemCode> covered = EnumSet.of(ProblemCode.IO_ERROR, ProblemCode.TOO_LARGE, ProblemCode.CATALOG_OVERLAP,
                ProblemCode.DUPLICATE_REVISION, ProblemCode.EMPTY_CATALOG, ProblemCode.NOT_A_NUMBER,
                ProblemCode.FACTS_NOT_SELECTED, ProblemCode.EVENT_NOT_READ);
        covered.addAll(cases().stream().map(Case::code).collect(Collectors.toSet()));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(ProblemCode.class));
    }

    @Test
    void a_problem_keeps_its_code_and_arguments_for_any_locale() {
        // GIVEN
        Problem problem = StandardParser.parse("x.yaml", """
                standard: cn.test.messages
                version: 1.0.0
                effective-from: 2025-01-01
                timezone: Asia/Shanghai
                clauses:
                  - id: c
                    limit: { attribute: rings, at-most: 3 }
                    severity: fatal
                """.getBytes(StandardCharsets.UTF_8)).report().problems().get(0);

        // THEN the arguments are data, not text: the choices are a list
        assertThat(problem.code()).isEqualTo(ProblemCode.BAD_CHOICE);
        assertThat(problem.arguments()).containsExactly("fatal", List.of("minor", "major", "critical"));
        assertThat(problem.message()).isEqualTo("'fatal' is not one of: minor, major, critical");
        assertThat(problem.message(Locale.forLanguageTag("zh-CN"))).isEqualTo("“fatal”不是以下之一：minor、major、critical");
    }
}
