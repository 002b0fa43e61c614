package dev.servicestandards.draft.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of service standards and the names the drafted YAML gives them. Each table is searched in order,
 * so a longer or more specific word comes before a shorter one it contains.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** A word of the document and the name it stands for; {@code verb} names clauses (complaint.accept). */
    record Entry(Pattern pattern, String name, String verb) {
        static Entry of(String regex, String name, String verb) {
            return new Entry(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), name, verb);
        }
    }

    /** A word found in a text, where it is, and what it stands for. */
    record Hit(Entry entry, int start, int end, String word) {
        String name() {
            return entry.name();
        }
    }

    /** Stop events of time limits. */
    static final List<Entry> EVENTS_CN = List.of(
            Entry.of("给出处理意见|处理意见|答复|回复|告知处理结果|反馈处理结果|书面答复", "answered", "answer"),
            Entry.of("受理", "accepted", "accept"),
            Entry.of("核查|核实|调查", "investigated", "investigate"),
            Entry.of("故障定位|定位|查明原因", "located", "locate"),
            Entry.of("恢复|修复|排除故障|排障", "restored", "restore"),
            Entry.of("到达现场|赶到现场|到场|上门|到达", "arrived", "arrive"),
            Entry.of("响应", "responded", "respond"),
            Entry.of("回访", "called-back", "call-back"),
            Entry.of("派单|派发|转派", "dispatched", "dispatch"),
            Entry.of("接听|接起", "answered", "answer"),
            Entry.of("装机|安装|开通", "installed", "install"),
            Entry.of("退费|退款|退还", "refunded", "refund"),
            Entry.of("办结|结案|处理完毕|处理完结|解决|闭环|处理", "resolved", "resolve"));

    static final List<Entry> EVENTS_EN = List.of(
            Entry.of("acknowledg\\w*|accept\\w*|log(?:ged)? and confirm\\w*", "accepted", "accept"),
            Entry.of("investigat\\w*", "investigated", "investigate"),
            Entry.of("(?:full|final|substantive|written) (?:written )?(?:response|answer|reply)", "answered", "answer"),
            Entry.of("(?:first |initial )?respon(?:d|se|ded|ds)\\b", "responded", "respond"),
            Entry.of("(?:final |written )?(?:answer\\w*|repl(?:y|ied|ies))", "answered", "answer"),
            Entry.of("on site|on-site|arriv\\w*|attend\\w*", "arrived", "arrive"),
            Entry.of("locat\\w*|diagnos\\w*", "located", "locate"),
            Entry.of("restor\\w*|repair\\w*|fix\\w*", "restored", "restore"),
            Entry.of("call(?:ed)? back|follow-up call|callback", "called-back", "call-back"),
            Entry.of("dispatch\\w*", "dispatched", "dispatch"),
            Entry.of("install\\w*|activat\\w*", "installed", "install"),
            Entry.of("refund\\w*", "refunded", "refund"),
            Entry.of("resolv\\w*|clos(?:e|ed) the (?:ticket|case)", "resolved", "resolve"));

    /** Start events named by "…后/起" (Chinese) or "from/after …" (English). */
    static final List<Entry> STARTS_CN = List.of(
            Entry.of("受理", "accepted", null),
            Entry.of("派单|派发|接单", "dispatched", null),
            Entry.of("到达现场|到场|到达", "arrived", null),
            Entry.of("定位", "located", null),
            Entry.of("调查|核实|核查", "investigated", null),
            Entry.of("恢复|修复|处理完毕|办结|解决", "resolved", null),
            Entry.of("取号|排队", "queued", null),
            Entry.of("答复|回复", "answered", null),
            Entry.of("振铃|来电接入", "offered", null),
            Entry.of("接到|收到|报修|报障|投诉|申请|提交|来电|反映|提出", "created", null));

    static final List<Entry> STARTS_EN = List.of(
            Entry.of("acknowledg\\w*|accept\\w*", "accepted", null),
            Entry.of("dispatch\\w*", "dispatched", null),
            Entry.of("arriv\\w*", "arrived", null),
            Entry.of("resolv\\w*|restor\\w*", "resolved", null),
            Entry.of("receiv\\w*|receipt|report\\w*|logg\\w*|raised|submitted|creat\\w*", "created", null));

    /** What a clause applies to: the ticket kind or the interaction channel. Ordered by specificity. */
    static final List<Entry> SUBJECTS_CN = List.of(
            Entry.of("投诉", "complaint", "ticket"),
            Entry.of("故障|报修|报障|抢修|维修|障碍|断网|修复", "fault", "ticket"),
            Entry.of("装机|新装|安装|开通|移机", "installation", "ticket"),
            Entry.of("咨询|查询", "inquiry", "ticket"),
            Entry.of("呼叫中心|热线|客服电话|来电|接听|铃|坐席|话务|值班电话|电话", "hotline", "interaction"),
            Entry.of("营业厅|窗口|柜台|营业网点|网点", "counter", "interaction"),
            Entry.of("上门|入户|进门|敲门|现场|装维人员|维修人员|抢修人员", "onsite", "interaction"));

    static final List<Entry> SUBJECTS_EN = List.of(
            Entry.of("complaint", "complaint", "ticket"),
            Entry.of("fault|repair|outage|breakdown|leak|burst|supply interruption|interruption", "fault", "ticket"),
            Entry.of("installation|new connection|activation", "installation", "ticket"),
            Entry.of("enquir\\w*|inquir\\w*", "inquiry", "ticket"),
            Entry.of("call cent\\w*|hotline|phone|call\\b|calls\\b|caller|ring", "hotline", "interaction"),
            Entry.of("\\bstores?\\b|\\bcounters?\\b|service hall", "counter", "interaction"),
            Entry.of("on-site|on site|home visit|technician", "onsite", "interaction"));

    /** Escalation tiers. */
    static final List<Entry> TIERS_CN = List.of(
            Entry.of("提醒|预警|催办", "reminder", null),
            Entry.of("服务站|站点|营业部|班组", "station", null),
            Entry.of("分公司|地市公司|区县公司|县公司|分中心|分局", "branch", null),
            Entry.of("总部|省公司|总公司|集团", "headquarters", null));

    static final List<Entry> TIERS_EN = List.of(
            Entry.of("reminder|warning", "reminder", null),
            Entry.of("service station|station|site manager|team leader", "station", null),
            Entry.of("branch|regional office|district office", "branch", null),
            Entry.of("headquarters|head office|\\bHQ\\b|group office", "headquarters", null));

    /** Counted attributes of limits. */
    static final List<Entry> COUNTS_CN = List.of(
            Entry.of("回访", "callbacks", "callbacks"),
            Entry.of("转接", "transfers", "transfers"),
            Entry.of("催办|催促", "reminders", "reminders"),
            Entry.of("上门|跑", "visits", "visits"),
            Entry.of("派单|转派", "dispatches", "dispatches"),
            Entry.of("重复投诉", "repeat-complaints", "repeat-complaints"));

    static final List<Entry> COUNTS_EN = List.of(
            Entry.of("follow-up calls?|call-?backs?|follow-ups?", "callbacks", "callbacks"),
            Entry.of("transfers?", "transfers", "transfers"),
            Entry.of("visits?|trips?", "visits", "visits"),
            Entry.of("reminders?", "reminders", "reminders"));

    /** KPI measures: name is the attribute (or "clause"/"average"), verb the id's last part. */
    static final List<Entry> MEASURES_CN = List.of(
            Entry.of("(?:一次|首次|首问|一次性)(?:问题)?解决率", "first-contact-resolved", "first-contact-resolution"),
            Entry.of("一次修复率|一次性修复率", "first-time-fixed", "first-time-fix-rate"),
            Entry.of("(?:问题|故障|投诉)?解决率|办结率", "resolved", "resolution-rate"),
            Entry.of("满意率|满意度", "satisfied", "satisfaction"),
            Entry.of("接通率", "connected", "connection-rate"),
            Entry.of("呼损率|放弃率", "abandoned", "abandonment-rate"),
            Entry.of("回访率", "called-back", "callback-rate"),
            Entry.of("差错率|错误率", "error", "error-rate"),
            Entry.of("重复投诉率", "repeat-complaint", "repeat-complaint-rate"));

    static final List<Entry> MEASURES_EN = List.of(
            Entry.of("first[- ]contact resolution|first[- ]call resolution", "first-contact-resolved", "first-contact-resolution"),
            Entry.of("first[- ]time fix", "first-time-fixed", "first-time-fix-rate"),
            Entry.of("resolution rate|resolved", "resolved", "resolution-rate"),
            Entry.of("satisf\\w*", "satisfied", "satisfaction"),
            Entry.of("abandon\\w*", "abandoned", "abandonment-rate"),
            Entry.of("error rate", "error", "error-rate"));

    /** Record fields. */
    static final List<Entry> FIELDS_CN = List.of(
            Entry.of("记录", "record", null), Entry.of("指令", "instruction", null),
            Entry.of("回音", "reply", null), Entry.of("结果|处理结果", "result", null),
            Entry.of("用户姓名|客户姓名|姓名", "customer-name", null), Entry.of("联系电话|电话号码|电话", "phone", null),
            Entry.of("地址", "address", null), Entry.of("故障现象|问题描述|诉求", "description", null),
            Entry.of("故障原因|原因", "cause", null),
            Entry.of("处理过程|处理经过", "actions", null), Entry.of("工号|受理人", "agent", null),
            Entry.of("回访情况|回访", "callback", null), Entry.of("签字|签名|客户签字|用户签字", "signature", null),
            Entry.of("时间", "time", null));

    /** Scoring dimensions, by the document's words. */
    static final List<Entry> DIMENSIONS = List.of(
            Entry.of("响应|及时|时效|速度|respons|timel", "responsiveness", null),
            Entry.of("满意|satisf", "satisfaction", null),
            Entry.of("知识|技能|专业|knowledge|skill", "knowledge", null),
            Entry.of("可靠|稳定|记录|reliab", "reliability", null),
            Entry.of("规范|质量|态度|礼仪|用语|quality|courtesy|conduct", "quality", null));

    /** The first hit of a table in {@code text}, searching entries in order. */
    static Optional<Hit> first(List<Entry> table, String text) {
        for (Entry e : table) {
            Matcher m = e.pattern().matcher(text);
            if (m.find()) {
                return Optional.of(new Hit(e, m.start(), m.end(), m.group()));
            }
        }
        return Optional.empty();
    }

    /** The hit that starts earliest (the longest on a tie) in {@code text}. */
    static Optional<Hit> earliest(List<Entry> table, String text) {
        Hit best = null;
        for (Entry e : table) {
            Matcher m = e.pattern().matcher(text);
            if (m.find() && (best == null || m.start() < best.start()
                    || (m.start() == best.start() && m.end() > best.end()))) {
                best = new Hit(e, m.start(), m.end(), m.group());
            }
        }
        return Optional.ofNullable(best);
    }

    /** The hit that ends last in {@code text}. */
    static Optional<Hit> last(List<Entry> table, String text) {
        Hit best = null;
        for (Entry e : table) {
            Matcher m = e.pattern().matcher(text);
            while (m.find()) {
                if (best == null || m.end() > best.end() || (m.end() == best.end() && m.start() < best.start())) {
                    best = new Hit(e, m.start(), m.end(), m.group());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The hit that ends last, widened to the hit starting earliest among those overlapping it (一次解决率 over 解决率). */
    static Optional<Hit> lastLongest(List<Entry> table, String text) {
        Optional<Hit> last = last(table, text);
        if (last.isEmpty()) {
            return last;
        }
        Hit best = last.get();
        for (Entry e : table) {
            Matcher m = e.pattern().matcher(text);
            while (m.find()) {
                if (m.start() < best.start() && m.end() > last.get().start()) {
                    best = new Hit(e, m.start(), m.end(), m.group());
                }
            }
        }
        return Optional.of(best);
    }

    /** {@code The customer's name} → {@code customer-name}: a field or attribute name made from English words. */
    static String kebab(String words) {
        String s = words.toLowerCase(Locale.ROOT).replaceAll("'s\\b", "").replaceAll("\\b(the|a|an|its|their|any|all)\\b", " ")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s;
    }
}
