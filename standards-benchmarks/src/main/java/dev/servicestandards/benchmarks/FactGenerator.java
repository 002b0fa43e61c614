package dev.servicestandards.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes realistic synthetic facts as JSON Lines, deterministically from a seed: complaint and
 * fault tickets arriving mostly in working hours on weekdays, their lifecycle events (a quarter of
 * accepted tickets suspended for a while before investigation, some still suspended), hotline
 * interactions with Chinese utterances (greeting, farewell, sometimes a 服务禁语), and a
 * configurable share of breaches.
 */
public final class FactGenerator {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter AT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String[] KINDS = {"complaint", "complaint", "fault", "enquiry"};
    private static final String[] CHANNELS = {"hotline", "hotline", "web", "app"};
    private static final String[] PRIORITIES = {"P1", "P2", "P2", "P3"};
    private static final String[] REQUESTS = {"我的宽带又断了", "这个月话费怎么多扣了", "手机没有信号", "装机师傅一直没来",
        "营业厅的态度太差了", "套餐变更没有生效", "网速特别慢", "我要投诉你们的服务"};
    private static final String[] ANSWERS = {"已为您登记,工程师会尽快联系您", "我帮您查询一下账单明细", "已提交网络优化工单",
        "非常抱歉给您带来不便", "已为您办理套餐变更"};
    private static final String[] FORBIDDEN = {"不知道", "急什么", "你问我,我问谁", "这不归我管"};

    private final SplittableRandom random;
    private final double breachShare;
    private final LocalDate firstDay;

    /**
     * @param seed        the same seed gives the same facts
     * @param breachShare the share of facts (0–1) generated to breach some clause
     */
    public FactGenerator(long seed, double breachShare) {
        this.random = new SplittableRandom(seed);
        this.breachShare = breachShare;
        this.firstDay = LocalDate.of(2025, 3, 3);
    }

    /** Writes {@code count} facts, alternating three tickets and one interaction. */
    public void write(long count, Writer out) throws IOException {
        StringBuilder line = new StringBuilder(1024);
        for (long i = 0; i < count; i++) {
            line.setLength(0);
            if (i % 4 == 3) {
                interaction(i, line);
            } else {
                ticket(i, line);
            }
            out.write(line.append('\n').toString());
        }
    }

    /** An arrival: weekdays 08:00–20:00 mostly, some at night and at weekends. */
    private ZonedDateTime arrival() {
        LocalDate day = firstDay.plusDays(random.nextInt(0, 120));
        if ((day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) && random.nextInt(3) > 0) {
            day = day.plusDays(2);
        }
        int minute = random.nextInt(10) < 8 ? random.nextInt(8 * 60, 20 * 60) : random.nextInt(0, 24 * 60);
        return day.atStartOfDay(SHANGHAI).plusMinutes(minute).plusSeconds(random.nextInt(60));
    }

    private void ticket(long i, StringBuilder b) {
        boolean breach = random.nextDouble() < breachShare;
        ZonedDateTime created = arrival();
        ZonedDateTime accepted = created.plus(Duration.ofMinutes(breach && random.nextBoolean()
                ? random.nextInt(49 * 60, 120 * 60) : random.nextInt(5, 47 * 60)));
        ZonedDateTime investigated = accepted.plus(Duration.ofMinutes(breach && random.nextBoolean()
                ? random.nextInt(73 * 60, 150 * 60) : random.nextInt(60, 71 * 60)));
        ZonedDateTime answered = investigated.plus(Duration.ofMinutes(random.nextInt(10, 12 * 60)));
        int stage = random.nextInt(10); // some tickets are still open
        // a quarter of the accepted tickets wait on the customer: suspended, then resumed (one in five still suspended)
        boolean suspended = stage > 0 && random.nextInt(4) == 0;
        ZonedDateTime suspendedAt = accepted.plus(Duration.ofMinutes(random.nextInt(10, 24 * 60)));
        ZonedDateTime resumedAt = random.nextInt(5) == 0 ? null : suspendedAt.plus(Duration.ofMinutes(random.nextInt(30, 48 * 60)));
        b.append("{\"type\":\"ticket\",\"id\":\"T-").append(i).append("\",\"kind\":\"").append(KINDS[random.nextInt(KINDS.length)])
                .append("\",\"priority\":\"").append(PRIORITIES[random.nextInt(PRIORITIES.length)])
                .append("\",\"channel\":\"").append(CHANNELS[random.nextInt(CHANNELS.length)])
                .append("\",\"agent\":\"A-").append(random.nextInt(1, 200)).append("\",\"site\":\"S-").append(random.nextInt(1, 20))
                .append("\",\"events\":[");
        event(b, "created", created);
        if (stage > 0) {
            b.append(',');
            event(b, "accepted", accepted);
        }
        if (suspended) {
            b.append(',');
            event(b, "suspended", suspendedAt);
            if (resumedAt != null) {
                b.append(',');
                event(b, "resumed", resumedAt);
            }
        }
        if (stage > 2) {
            b.append(',');
            event(b, "investigated", investigated);
        }
        if (stage > 3) {
            b.append(',');
            event(b, "answered", answered);
        }
        b.append("],\"attributes\":{\"record\":\"").append(REQUESTS[random.nextInt(REQUESTS.length)])
                .append("\",\"instruction\":\"派单处理\",\"reply\":\"").append(breach && random.nextInt(4) == 0 ? "" : "已回复用户")
                .append("\",\"result\":\"已处理\",\"callbacks\":").append(breach && random.nextInt(4) == 0 ? 5 : random.nextInt(0, 3))
                .append(",\"satisfaction\":").append(random.nextInt(1, 6))
                .append(",\"resolved\":").append(random.nextInt(10) < 9).append("}}");
    }

    private void interaction(long i, StringBuilder b) {
        boolean breach = random.nextDouble() < breachShare;
        ZonedDateTime offered = arrival();
        b.append("{\"type\":\"interaction\",\"id\":\"C-").append(i).append("\",\"channel\":\"hotline\",\"agent\":\"A-")
                .append(random.nextInt(1, 200)).append("\",\"events\":[");
        event(b, "offered", offered);
        b.append("],\"attributes\":{\"rings\":").append(breach && random.nextBoolean() ? random.nextInt(4, 9) : random.nextInt(1, 4))
                .append("},\"utterances\":[{\"speaker\":\"agent\",\"text\":\"")
                .append(breach && random.nextInt(3) == 0 ? "喂?" : "您好,很高兴为您服务。").append("\"},{\"speaker\":\"customer\",\"text\":\"")
                .append(REQUESTS[random.nextInt(REQUESTS.length)]).append(",我的电话是1380000").append(1000 + random.nextInt(9000))
                .append("\"},{\"speaker\":\"agent\",\"text\":\"")
                .append(breach && random.nextInt(3) == 0 ? FORBIDDEN[random.nextInt(FORBIDDEN.length)] + "," : "")
                .append(ANSWERS[random.nextInt(ANSWERS.length)]).append("。\"},{\"speaker\":\"agent\",\"text\":\"")
                .append(breach && random.nextInt(3) == 0 ? "就这样吧" : "感谢您的来电,再见!").append("\"}]}");
    }

    private static void event(StringBuilder b, String name, ZonedDateTime at) {
        b.append("{\"name\":\"").append(name).append("\",\"at\":\"").append(AT.format(at.toOffsetDateTime())).append("\"}");
    }
}
