package dev.servicestandards.draft.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.servicestandards.model.TimeAllowance;

/** Durations as documents write them: 48小时, 四小时, 一个半小时, 半小时, 30分钟, 3个工作日, 7日, 2 working days. */
final class Durations {

    /** A duration in a text: where it is, and the allowance it means (empty with a reason when the format has none). */
    record Found(int start, int end, Optional<TimeAllowance> allowance, String reason, boolean days) {
    }

    private static final Pattern CN = Pattern.compile("(?<![\\d.月])" + Numbers.CN
            + "\\s*(个)?\\s*(半)?\\s*(个)?\\s*(小时|钟头|分钟|秒钟|秒|工作日|工作天|自然日|日历日|天|日|周|星期|个月)"
            + "|半个?(小时|钟头|天)");

    private static final Pattern EN = Pattern.compile("(?i)\\b" + Numbers.EN
            + "[- ](?:and a half[- ])?(hours?|hrs?|minutes?|mins?|seconds?|secs?|working[- ]days?|business[- ]days?|calendar[- ]days?|days?|weeks?|months?)\\b"
            + "|\\b(half an hour|an hour and a half|an hour|a day|a working day|a business day)\\b");

    private Durations() {
    }

    static List<Found> chinese(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = CN.matcher(text);
        while (m.find()) {
            if (m.group(6) != null) {
                String unit = m.group(6);
                if (unit.equals("天")) {
                    out.add(new Found(m.start(), m.end(), Optional.empty(), "half a day is not a duration the format counts", true));
                } else {
                    out.add(new Found(m.start(), m.end(), Optional.of(new TimeAllowance.Time(Duration.ofMinutes(30))), null, false));
                }
                continue;
            }
            Optional<BigDecimal> n = Numbers.parse(m.group(1));
            if (n.isEmpty() || n.get().signum() <= 0) {
                continue;
            }
            // a Chinese numeral inside a word (第一天, 每一日, 同一天) is an ordinal, not an amount of time
            if (!m.group(1).matches("\\d.*") && m.start() > 0
                    && "第每同统唯逐单任万某".indexOf(text.charAt(m.start() - 1)) >= 0) {
                continue;
            }
            BigDecimal value = n.get();
            if (m.group(3) != null) {
                value = value.add(new BigDecimal("0.5"));
            }
            String unit = m.group(5);
            out.add(of(m.start(), m.end(), value, unit));
        }
        return out;
    }

    static List<Found> english(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = EN.matcher(text);
        while (m.find()) {
            if (m.group(3) != null) {
                String phrase = m.group(3).toLowerCase(java.util.Locale.ROOT);
                Found f = switch (phrase) {
                    case "half an hour" -> of(m.start(), m.end(), new BigDecimal("0.5"), "小时");
                    case "an hour and a half" -> of(m.start(), m.end(), new BigDecimal("1.5"), "小时");
                    case "an hour" -> of(m.start(), m.end(), BigDecimal.ONE, "小时");
                    case "a working day", "a business day" -> of(m.start(), m.end(), BigDecimal.ONE, "工作日");
                    default -> of(m.start(), m.end(), BigDecimal.ONE, "天");
                };
                out.add(f);
                continue;
            }
            Optional<BigDecimal> n = Numbers.english(m.group(1));
            if (n.isEmpty() || n.get().signum() <= 0) {
                continue;
            }
            BigDecimal value = n.get();
            if (m.group().toLowerCase(java.util.Locale.ROOT).contains("and a half")) {
                value = value.add(new BigDecimal("0.5"));
            }
            String unit = m.group(2).toLowerCase(java.util.Locale.ROOT);
            String cn;
            if (unit.startsWith("h")) {
                cn = "小时";
            } else if (unit.startsWith("min")) {
                cn = "分钟";
            } else if (unit.startsWith("sec")) {
                cn = "秒";
            } else if (unit.startsWith("working") || unit.startsWith("business")) {
                cn = "工作日";
            } else if (unit.startsWith("week")) {
                cn = "周";
            } else if (unit.startsWith("month")) {
                cn = "个月";
            } else {
                cn = "天";
            }
            out.add(of(m.start(), m.end(), value, cn));
        }
        return out;
    }

    private static Found of(int start, int end, BigDecimal value, String unit) {
        switch (unit) {
            case "小时", "钟头" -> {
                return time(start, end, value.multiply(BigDecimal.valueOf(3600)));
            }
            case "分钟" -> {
                return time(start, end, value.multiply(BigDecimal.valueOf(60)));
            }
            case "秒钟", "秒" -> {
                return time(start, end, value);
            }
            case "工作日", "工作天" -> {
                return whole(start, end, value, 1, true);
            }
            case "自然日", "日历日", "天", "日" -> {
                return whole(start, end, value, 1, false);
            }
            case "周", "星期" -> {
                return whole(start, end, value, 7, false);
            }
            default -> {
                return new Found(start, end, Optional.empty(), "months are not a duration the format counts", true);
            }
        }
    }

    private static Found time(int start, int end, BigDecimal seconds) {
        if (seconds.stripTrailingZeros().scale() > 0) {
            return new Found(start, end, Optional.empty(), "not a whole number of seconds", false);
        }
        return new Found(start, end, Optional.of(new TimeAllowance.Time(Duration.ofSeconds(seconds.longValueExact()))),
                null, false);
    }

    private static Found whole(int start, int end, BigDecimal value, int factor, boolean working) {
        if (value.stripTrailingZeros().scale() > 0) {
            return new Found(start, end, Optional.empty(), "a fraction of a day is not a duration the format counts", true);
        }
        int days = value.intValueExact() * factor;
        return new Found(start, end, Optional.of(working ? new TimeAllowance.WorkingDays(days)
                : new TimeAllowance.CalendarDays(days)), null, true);
    }
}
