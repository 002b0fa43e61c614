package dev.servicestandards.draft.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.servicestandards.model.TimeAllowance;
import dev.servicestandards.draft.api.Confidence;

/**
 * The rules for Chinese sentences. Each rule reads the normalized sentence (half-width punctuation, no stray
 * spaces), adds what it found to the extraction and marks the parts it used.
 */
final class ChineseRules {

    static final String N = Numbers.CN;

    static final Pattern DESCRIPTIVE = Pattern.compile("数据显示|调研|统计显示|统计数据|据统计|根据.{0,16}(数据|统计|调查)|表明"
            + "|可达|提升幅度|提高了|下降了|同比|环比|(19|20)\\d{2}年.{0,30}(达到|达|为|控制在|提升|平均)");
    static final Pattern EXAMPLE = Pattern.compile("例如|比如|如:|譬如");
    static final Pattern SERVICE_HOURS = Pattern.compile("7\\s*[x×*]\\s*24|24小时(服务|客服|值班|热线|不间断|营业|全天|在线|畅通|人工)|全天(候)?24小时|24小时全天");
    static final Pattern LIMIT_AFTER = Pattern.compile("^(以内|之内|内)");
    static final Pattern LIMIT_BEFORE = Pattern.compile("(不超过|不得超过|不应超过|不能超过|不宜超过|不大于|不多于|控制在|最长|最多|时限为|时限是|时限:|时限|时间为|时长为|须在|应在|必须在|在|于)$");
    static final Pattern ANCHOR = Pattern.compile("(自|从|在|于)?(接到|收到|受理|答复|回复|派单|派发|接单|到达现场|到场|到达|定位|调查|核实|核查|恢复|修复|处理完毕|办结|解决"
            + "|报修|报障|投诉|申请|提交|来电|反映|提出|取号|排队|振铃|来电接入)[^,;。]{0,10}?(之后|以后|后|之时起|之日起|时起|起|开始)");
    static final Pattern NAMED_TIME = Pattern.compile("(\\p{IsHan}{2,6}?)(时间|时限|时长)(应|须|一般)?(为|是|:)?(不超过|不得超过|不应超过|不大于|控制在|最长|在)?$");
    static final Pattern PAUSE = Pattern.compile("(不计入|不计算在|不计算|不计|扣除)[^,;。]{0,6}(时限|时间|时长)");
    static final Pattern WAIT = Pattern.compile("等候|排队|等待");
    static final Pattern QUOTE = Pattern.compile("“([^”]{1,40})”|「([^」]{1,40})」|\"([^\"]{1,40})\"|‘([^’]{1,40})’|『([^』]{1,40})』");
    static final Pattern PLACEHOLDER = Pattern.compile("(XX|××|xx|\\*\\*|某某|某|…|\\.\\.\\.|___|〇〇).*$");
    static final Pattern PHRASE_CONTEXT = Pattern.compile("禁语|禁用语|忌语|不得说|不准说|严禁说|禁止说|不能说|不说|不得使用|严禁使用|禁止使用|杜绝使用|杜绝");
    static final Pattern GREETING = Pattern.compile("您好|你好|早上好|上午好|下午好|晚上好");
    static final Pattern GREETING_CONTEXT = Pattern.compile("首句|开头|开场|问候|接听|接起|接待|第一句|迎声|首先|主动|先说|开口|敲门|见面|迎接|招呼|进门|称呼");
    static final Pattern FAREWELL = Pattern.compile("再见|感谢您的来电|感谢来电|欢迎再次光临|欢迎下次光临|欢迎再来|请慢走|慢走|祝您生活愉快");
    static final Pattern FAREWELL_CONTEXT = Pattern.compile("结束|道别|挂机|挂断|结束语|送声|离开|告别|最后|末句|送别|离别|走时");
    static final Pattern RINGS = Pattern.compile("(铃响|振铃|铃声|响铃)(不超过|不得超过|不多于)?" + N + "(声|下|次)|" + N + "(声|下)(铃响|铃声|振铃|铃)");
    static final Pattern COUNT_AT_MOST = Pattern.compile("(不超过|不得超过|不多于|最多|至多|不超出|最多跑)" + N + "(次|遍|趟|回)|" + N + "(次|遍|趟|回)(以内|之内|以下)");
    static final Pattern COUNT_AT_LEAST = Pattern.compile("(不少于|至少|不低于)" + N + "(次|遍|趟|回)");
    static final Pattern HAS_FIELDS = Pattern.compile("有(\\p{IsHan}{1,4}?)(?:[、,]有(\\p{IsHan}{1,4}?)){1,9}(?=[,;。、]|$|\\p{IsHan}{0,2}$)");
    static final Pattern HAS_FIELD = Pattern.compile("有(\\p{IsHan}{1,4}?)(?=[、,;。]|$)");
    static final Pattern FILL_FIELDS = Pattern.compile("(填写|记录|登记|写明|注明|载明)[^:。;,()]{0,8}?[:]?((?:\\p{IsHan}{2,8}[、和及与]){1,12}\\p{IsHan}{2,8})");
    /** Words that say how a record must be (完整、准确), not what it holds. */
    static final Pattern QUALITIES = Pattern.compile("完整|准确|清楚|整洁|及时|规范|齐全|清晰|真实|完好|有效");
    static final Pattern RECORD_CONTEXT = Pattern.compile("工单|记录|登记|台账|单据|受理单|派工单|维修单");
    static final Pattern PERCENT = Pattern.compile("百分之" + N + "|" + "(\\d+(?:\\.\\d+)?)\\s*%");
    static final Pattern AT_LEAST_BEFORE = Pattern.compile("(不低于|不少于|不小于|达到|≥|>=|(?<!不)高于|(?<!不)大于|保持在|应达|达|至少|在|为)$");
    static final Pattern AT_MOST_BEFORE = Pattern.compile("(不高于|不超过|(?<!不)低于|(?<!不)小于|≤|<=|控制在|不得超过|不大于)$");
    static final Pattern AT_LEAST_AFTER = Pattern.compile("^(及以上|以上)");
    static final Pattern AT_MOST_AFTER = Pattern.compile("^(及以下|以下|以内)");
    static final Pattern ON_TIME = Pattern.compile("(\\p{IsHan}{0,6}?)(及时率|按时率|准时率|时限达标率)|按时(\\p{IsHan}{1,4}?)率");
    static final Pattern RINGS_RATE = Pattern.compile(N + "声(铃响)?(内)?(接听|接通)率|铃响" + N + "声(内)?(接听|接通)率");
    static final Pattern GENERIC_RATE = Pattern.compile("(\\p{IsHan}{2,10}?)率");
    static final Pattern AVERAGE = Pattern.compile("(满意度评分|满意度得分|满意度测评|测评得分|满意度|评分|平均分)[^,;]{0,8}?(不低于|达到|不少于|≥|>=|高于)" + N + "分");
    static final Pattern ESCALATION_VERB = Pattern.compile("上报|报送|升级|督办|移交|转交|报告|逐级|提交|提醒|预警|转至|转到|通报|报(服务站|站长|分公司|总部|省公司|集团)");
    static final Pattern TIMING_OVER = Pattern.compile("(超时|超过时限|超期|逾期|超出时限|超过规定时限)" + "(" + N
            + "\\s*(个)?\\s*(小时|分钟|工作日|天|日))");
    static final Pattern INTERVAL = Pattern.compile("(每级|每一级|各级之间|每个层级)(间隔|相隔|时限为?|时限|为)?(" + N
            + "\\s*(个)?\\s*(小时|分钟|工作日|天|日))");
    static final Pattern TIMING_AT = Pattern.compile("(到期|超时|逾期|超过时限|超期|超出时限)(即|时|未|仍未|后|的|立即)?");
    static final Pattern TIMING_PERCENT = Pattern.compile("(时限|时间|用时)(过半|过去一半|用去一半)|(达到|用去|已用|过去|超过|用完|达)(时限的?|时间的?)?" + N + "%");
    static final Pattern TIMING_BEFORE = Pattern.compile("(到期前|截止前|届满前)" + N + "\\s*(个)?\\s*(小时|分钟)");
    static final Pattern TO_ALL = Pattern.compile("上述|以上|各项|各环节|所有|各类|各时限");
    static final Pattern POINTS = Pattern.compile("(扣除|扣罚|扣减|扣|减|罚)" + N + "分(?!钟)");
    static final Pattern AMOUNT = Pattern.compile("(罚款|扣罚|罚金|处罚|赔偿|扣款|考核|罚)" + N + "元|" + N + "元(罚款|的罚款)");
    static final Pattern PER_OCCURRENCE = Pattern.compile("每(次|例|处|句|人次|发现一次|起|发现)");
    static final Pattern PER_FACT = Pattern.compile("每(单|件|张|个工单|通|户|笔|个)");
    static final Pattern MAX = Pattern.compile("(最多|最高|累计最多|上限为?|累计不超过|封顶|不超过)(扣)?" + N + "分");
    static final Pattern SCORING_CONTEXT = Pattern.compile("考核|评分|权重|分值|满分|计分|评价指标|考评|打分|得分");
    static final Pattern WEIGHT_PAIR = Pattern.compile("(\\p{IsHan}{2,12})\\s*[:(]?\\s*(?:权重|占|分值)?\\s*(?:为)?" + N + "\\s*(分|%)(?!钟)");
    static final Pattern WEIGHT_ROW = Pattern.compile("^([\\p{IsHan}A-Za-z ]{2,16}?)\\s*\\|\\s*" + N + "\\s*(分|%)?\\s*(\\|.*)?$");
    static final Pattern BASE = Pattern.compile("(满分|总分)(为|是)?" + N + "分");
    static final String GRADE = "(优秀|良好|合格|不合格|达标|不达标|较好|一般|较差|基本合格|中等|及格|不及格|差)";
    static final Pattern GRADE_ABOVE = Pattern.compile(N + "分?(?:\\(含\\)|及)?以上(?:的)?(?:为|评为|定为|属|记为|:)?" + GRADE);
    static final Pattern GRADE_RANGE = Pattern.compile(N + "\\s*[-~至到—]\\s*" + N + "\\s*分?(?:的)?(?:为|评为|定为|属|记为|:)?" + GRADE);
    static final Pattern GRADE_BELOW = Pattern.compile("(?:" + N + "分?以下|低于" + N + "分|不足" + N + "分)(?:的)?(?:为|评为|定为|属|记为|:)?" + GRADE);
    static final Pattern PROHIBITION = Pattern.compile("不得|严禁|禁止|不准|不允许|杜绝");
    static final Pattern AREA_URBAN = Pattern.compile("城区|市区|城镇|城市");
    static final Pattern AREA_RURAL = Pattern.compile("农村|乡镇|郊区|偏远");

    private final Extraction x;
    private final String title;

    ChineseRules(Extraction x, String title) {
        this.x = x;
        this.title = title;
    }

    void apply(Sentence s) {
        if (s.kind() == Sentence.Kind.HEADING) {
            if (PHRASE_CONTEXT.matcher(s.norm()).find() && !QUOTE.matcher(s.norm()).find()) {
                x.useAll(s);
                return;
            }
        }
        if (DESCRIPTIVE.matcher(s.norm()).find()) {
            x.markDescriptive(s);
            return;
        }
        forbiddenPhrases(s);
        requiredPhrases(s);
        requiredFields(s);
        scoring(s);
        grades(s);
        escalation(s);
        penalties(s);
        timeLimits(s);
        rings(s);
        counts(s);
        kpis(s);
    }

    // ------------------------------------------------------------------ subjects and selectors

    /** The subject of a clause: a ticket kind or a channel, from the local text, the sentence, its section, the title. */
    Optional<Lexicon.Hit> subject(Sentence s, String local, boolean channelOnly) {
        List<Lexicon.Entry> table = channelOnly
                ? Lexicon.SUBJECTS_CN.stream().filter(e -> e.verb().equals("interaction")).toList()
                : Lexicon.SUBJECTS_CN;
        for (String text : new String[] {local, s.norm(), s.intro(), s.section(), title}) {
            // quoted words are what someone says, not what the clause is about
            Optional<Lexicon.Hit> hit = Lexicon.first(table, QUOTE.matcher(text).replaceAll(" "));
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    static void selectTicket(ClauseDraft c, Optional<Lexicon.Hit> subject) {
        c.appliesTo.put("type", List.of("ticket"));
        subject.ifPresentOrElse(h -> {
            c.subject = h.name();
            c.appliesTo.put(h.entry().verb().equals("ticket") ? "kind" : "channel", List.of(h.name()));
        }, () -> c.subject = "ticket");
    }

    static void selectInteraction(ClauseDraft c, Optional<Lexicon.Hit> channel, String fallback) {
        c.appliesTo.put("type", List.of("interaction"));
        String name = channel.map(Lexicon.Hit::name).orElse(fallback);
        if (name != null) {
            c.appliesTo.put("channel", List.of(name));
        }
        c.subject = name == null ? "interaction" : name;
    }

    private void example(Sentence s, ClauseDraft c) {
        if (EXAMPLE.matcher(s.norm()).find()) {
            c.doubt(Confidence.LOW, "the document gives this as an example (例如), not as a rule");
        }
    }

    private static String cut(String norm, int start, int end) {
        return norm.substring(Math.max(0, start), Math.min(norm.length(), end));
    }

    private static String titleOf(String text) {
        text = text.replaceAll("\\s*\\|\\s*", " ").strip();
        String t = text.replaceAll("^[,;:、\\s]*(并且|并|且|和|及|应当|应|须|必须|要|需)?", "").strip();
        t = Segmenter.ENUMERATOR.matcher(t).replaceFirst("");
        return t.replaceAll("[。;,]+$", "");
    }

    // ------------------------------------------------------------------ time limits

    private void timeLimits(Sentence s) {
        String norm = s.norm();
        String lastEvent = null;
        String lastWord = null;
        for (Durations.Found d : Durations.chinese(norm)) {
            if (x.isUsed(s, d.start(), d.end())) {
                continue;
            }
            int[] part = Extraction.part(norm, d.start());
            String pre = cut(norm, part[0], d.start());
            String post = cut(norm, d.end(), part[1]);
            Matcher service = SERVICE_HOURS.matcher(cut(norm, Math.max(0, d.start() - 6), Math.min(norm.length(), d.end() + 6)));
            if (service.find()) {
                x.unplace(s, part[0], part[1], "opening hours of a service, not a time limit: the format has no clause for them");
                continue;
            }
            boolean limitWord = LIMIT_AFTER.matcher(post).find() || LIMIT_BEFORE.matcher(pre).find();
            String afterLimit = post.replaceFirst("^(以内|之内|内)", "");
            String eventText = afterLimit.replaceFirst("^(必须|应当|应|须|要)?(由[^,;]{1,10}?)?(完成|给出|作出|做出|予以|进行|实现)?", "");
            int enumeration = eventText.indexOf('、');
            if (enumeration >= 0) {
                eventText = eventText.substring(0, enumeration);   // 、 starts the next item of a list
            }
            Optional<Lexicon.Hit> event = Lexicon.earliest(Lexicon.EVENTS_CN, eventText)
                    .filter(h -> h.start() <= 4 || limitWord);
            Matcher named = NAMED_TIME.matcher(pre);
            if (named.find()) {
                // 响应时间不超过30分钟: the event names the time before the limit
                Optional<Lexicon.Hit> before = Lexicon.last(Lexicon.EVENTS_CN, named.group(1));
                if (before.isPresent()) {
                    event = before;
                }
            }
            if (!limitWord && (event.isEmpty() || event.get().start() > 2 || pre.endsWith("提前"))) {
                continue;   // a duration that states no limit (提前30分钟联系): left for the unplaced list
            }
            String anchorFree = pre;
            Matcher anchorInPart = ANCHOR.matcher(pre);
            int anchorEnd = -1;
            while (anchorInPart.find()) {
                anchorEnd = anchorInPart.end();
            }
            if (anchorEnd >= 0) {
                anchorFree = pre.substring(anchorEnd);
            }
            if (event.isEmpty()) {
                event = Lexicon.last(Lexicon.EVENTS_CN, anchorFree);
            }
            if (d.allowance().isEmpty()) {
                x.unplace(s, part[0], part[1], d.reason());
                continue;
            }
            String from;
            String to;
            String word;
            List<String> notes = new ArrayList<>();
            Confidence confidence = Confidence.HIGH;
            if (event.isPresent()) {
                to = event.get().name();
                word = event.get().word();
            } else if (WAIT.matcher(pre).find()) {
                to = "served";
                word = "办理";
                notes.add("a waiting time: from 'queued' to 'served'");
                confidence = Confidence.MEDIUM;
            } else if (lastEvent != null) {
                to = lastEvent;
                word = lastWord;
                notes.add("stop event taken from earlier in the sentence ('" + lastWord + "')");
                confidence = Confidence.MEDIUM;
            } else {
                x.unplace(s, part[0], part[1], "a time limit on an event the drafter does not know: name the event and add the clause by hand");
                continue;
            }
            // the start: an anchor such as 接到投诉后 in this part or earlier in the sentence
            Matcher anchor = ANCHOR.matcher(cut(norm, 0, d.start()));
            String anchorText = null;
            int anchorStart = -1;
            while (anchor.find()) {
                anchorText = anchor.group();
                anchorStart = anchor.start();
            }
            boolean interaction = word.matches("接听|接起");
            if (anchorText != null) {
                from = Lexicon.first(Lexicon.STARTS_CN, anchorText).map(Lexicon.Hit::name).orElse("created");
                if (anchorStart < part[0]) {
                    notes.add("start taken from earlier in the sentence ('" + anchorText + "')");
                    confidence = max(confidence, Confidence.MEDIUM);
                }
            } else if (to.equals("served")) {
                from = "queued";
            } else {
                from = interaction ? "offered" : "created";
                notes.add("start event assumed: '" + from + "' (the sentence names none)");
                confidence = max(confidence, Confidence.MEDIUM);
            }
            if (from.equals(to)) {
                x.unplace(s, part[0], part[1], "the start and the stop are the same event ('" + word + "')");
                continue;
            }
            ClauseDraft c = new ClauseDraft(ClauseDraft.Category.TIME_LIMIT, "time-limit", s);
            if (interaction || to.equals("served")) {
                selectInteraction(c, subject(s, pre, true), interaction ? "hotline" : "counter");
            } else {
                selectTicket(c, subject(s, pre + post, false));
            }
            if (AREA_URBAN.matcher(pre).find()) {
                c.appliesTo.put("area", List.of("urban"));
                c.area = "urban";
                c.doubt(Confidence.MEDIUM, "selector area: urban stands for the document's 城区: match your facts' field");
            } else if (AREA_RURAL.matcher(pre).find()) {
                c.appliesTo.put("area", List.of("rural"));
                c.area = "rural";
                c.doubt(Confidence.MEDIUM, "selector area: rural stands for the document's 农村: match your facts' field");
            }
            c.from = from;
            c.to = to;
            c.toWord = word;
            c.within = d.allowance().get();
            c.workdays = d.days();
            c.idHint = idPrefix(c.subject) + "." + Lexicon.first(Lexicon.EVENTS_CN, word).map(h -> h.entry().verb()).orElse(to)
                    + (c.area == null ? "" : "-" + c.area);
            c.title = titleOf(cut(norm, part[0], part[1]));
            for (String n : notes) {
                c.doubt(confidence, n);
            }
            c.doubt(confidence, null);
            example(s, c);
            Matcher pause = PAUSE.matcher(norm);
            if (pause.find()) {
                c.pause = true;
                c.doubt(Confidence.MEDIUM, "the time the sentence leaves out is a pause from 'suspended' to 'resumed': match your facts' events");
                x.use(s, pause.start(), pause.end());
            }
            x.clauses.add(c);
            x.use(s, d.start(), d.end());
            lastEvent = to;
            lastWord = word;
        }
    }

    private static Confidence max(Confidence a, Confidence b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    // ------------------------------------------------------------------ phrases

    private static List<String> quoted(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    out.add(m.group(g).strip());
                }
            }
        }
        return out;
    }

    /** A quoted phrase and where it is. */
    private record Quoted(String text, int start, int end) {
    }

    private static List<Quoted> quotes(String norm) {
        List<Quoted> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(norm);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    out.add(new Quoted(m.group(g).strip(), m.start(), m.end()));
                }
            }
        }
        return out;
    }

    private static final Pattern SEPARATORS = Pattern.compile("[、,和及或与以及\\s]*");
    private static final Pattern LIST_NAME = Pattern.compile("^[、,\\s]*等?(服务)?(禁语|禁用语|忌语|语言|用语)");

    /**
     * The quoted phrases of a sentence that are forbidden: those after a prohibition (不得使用“喂”) and those the
     * sentence calls 禁语 after them (“不知道”、“不归我管”等服务禁语), with the quotes listed next to them.
     */
    static List<Quoted> forbiddenQuotes(String norm) {
        List<Quoted> all = quotes(norm);
        boolean[] forbidden = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            int gapStart = i == 0 ? 0 : all.get(i - 1).end();
            String gap = norm.substring(gapStart, all.get(i).start());
            if (PHRASE_CONTEXT.matcher(gap).find()) {
                forbidden[i] = true;
            } else if (i > 0 && forbidden[i - 1] && SEPARATORS.matcher(gap).matches()) {
                forbidden[i] = true;
            }
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            int gapEnd = i == all.size() - 1 ? norm.length() : all.get(i + 1).start();
            String after = norm.substring(all.get(i).end(), gapEnd);
            if (LIST_NAME.matcher(after).find()) {
                forbidden[i] = true;
            } else if (i < all.size() - 1 && forbidden[i + 1] && SEPARATORS.matcher(after).matches()) {
                forbidden[i] = true;
            }
        }
        List<Quoted> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (forbidden[i]) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    private void forbiddenPhrases(Sentence s) {
        String norm = s.norm();
        boolean context = PHRASE_CONTEXT.matcher(norm).find();
        List<String> phrases = new ArrayList<>();
        if (context && QUOTE.matcher(norm).find()) {
            for (Quoted q : forbiddenQuotes(norm)) {
                phrases.add(q.text());
                x.use(s, q.start(), q.end());
            }
        } else if (!context && (s.kind() == Sentence.Kind.ITEM || !s.intro().isEmpty())
                && PHRASE_CONTEXT.matcher(s.intro()).find() && s.kind() != Sentence.Kind.HEADING && !norm.endsWith(":")) {
            List<String> inner = quoted(norm);
            if (!inner.isEmpty()) {
                phrases.addAll(inner);
            } else {
                String item = Segmenter.ENUMERATOR.matcher(norm).replaceFirst("");
                for (String piece : item.split("[?!。;]|[()]")) {
                    String p = piece.strip().replaceAll("[,、]+$", "").replaceAll("等$", "").strip();
                    if (!p.isEmpty()) {
                        phrases.add(p);
                    }
                }
                if (phrases.stream().anyMatch(p -> p.length() > 25)) {
                    return;   // prose under a list of phrases, not a phrase
                }
            }
            x.useAll(s);
        }
        phrases.removeIf(p -> p.isBlank() || PLACEHOLDER.matcher(p).replaceFirst("").isBlank());
        if (phrases.isEmpty()) {
            if (context && s.norm().endsWith(":")) {
                x.useAll(s);   // the lead-in of a list of phrases
            }
            return;
        }
        ClauseDraft c = new ClauseDraft(ClauseDraft.Category.FORBIDDEN, "forbidden-phrases", s);
        selectInteraction(c, subject(s, QUOTE.matcher(norm).replaceAll(" "), true), null);
        c.phrases.addAll(phrases);
        c.idHint = idPrefix(c.subject) + ".forbidden-phrases";
        c.title = "服务禁语";
        x.clauses.add(c);
    }

    static String idPrefix(String subject) {
        return switch (subject) {
            case "hotline" -> "call";
            case "interaction" -> "agent";
            default -> subject;
        };
    }

    private void requiredPhrases(Sentence s) {
        required(s, GREETING, GREETING_CONTEXT, "first", "greeting", "问候");
        required(s, FAREWELL, FAREWELL_CONTEXT, "last", "farewell", "结束语");
    }

    private void required(Sentence s, Pattern words, Pattern context, String position, String name, String titleWord) {
        String norm = s.norm();
        Matcher w = words.matcher(norm);
        if (!w.find()) {
            return;
        }
        int[] part = Extraction.part(norm, w.start());
        String local = cut(norm, part[0], part[1]);
        if (!context.matcher(local).find() && !context.matcher(norm).find()) {
            return;
        }
        List<String> anyOf = new ArrayList<>();
        List<Quoted> forbidden = forbiddenQuotes(norm);
        if (forbidden.stream().anyMatch(q -> q.start() <= w.start() && w.end() <= q.end())) {
            return;   // the word is inside a forbidden phrase
        }
        for (Quoted quote : quotes(norm)) {
            String q = quote.text();
            if (!forbidden.contains(quote) && words.matcher(q).find()) {
                // a greeting with a placeholder (您好，XX公司…) is checked by its greeting word alone
                Matcher word = words.matcher(q);
                String cutAt = PLACEHOLDER.matcher(q).find() && word.find() ? word.group()
                        : q.replaceAll("[,,。!]+$", "").strip();
                if (!cutAt.isEmpty() && !anyOf.contains(cutAt)) {
                    anyOf.add(cutAt);
                }
            }
        }
        if (anyOf.isEmpty()) {
            Matcher all = words.matcher(norm);
            while (all.find()) {
                if (!anyOf.contains(all.group())) {
                    anyOf.add(all.group());
                }
            }
        }
        ClauseDraft c = new ClauseDraft(name.equals("greeting") ? ClauseDraft.Category.GREETING
                : ClauseDraft.Category.FAREWELL, "required-phrase", s);
        selectInteraction(c, subject(s, QUOTE.matcher(local).replaceAll(" "), true), null);
        c.phrases.addAll(anyOf);
        c.position = position;
        c.idHint = idPrefix(c.subject) + "." + name;
        c.title = titleWord + "“" + String.join("”或“", anyOf) + "”";
        x.clauses.add(c);
        x.use(s, part[0], part[1]);
    }

    // ------------------------------------------------------------------ fields, rings, counts

    private void requiredFields(Sentence s) {
        String norm = s.norm();
        Matcher m = HAS_FIELDS.matcher(norm);
        List<String> words = new ArrayList<>();
        int start = -1;
        int end = -1;
        if (m.find()) {
            Matcher each = HAS_FIELD.matcher(m.group());
            while (each.find()) {
                words.add(each.group(1));
            }
            start = m.start();
            end = m.end();
        } else if (RECORD_CONTEXT.matcher(norm).find()) {
            Matcher f = FILL_FIELDS.matcher(norm);
            if (f.find()) {
                for (String w : f.group(2).split("[、和及与]")) {
                    if (!w.isBlank()) {
                        words.add(w.strip());
                    }
                }
                boolean known = words.stream().anyMatch(w -> Lexicon.first(Lexicon.FIELDS_CN, w).isPresent());
                if (!known || words.stream().skip(1).anyMatch(w -> QUALITIES.matcher(w).find())) {
                    return;   // not a list of what a record holds
                }
                start = f.start();
                end = f.end();
            }
        }
        if (words.size() < 2) {
            return;
        }
        ClauseDraft c = new ClauseDraft(ClauseDraft.Category.FIELDS, "required-fields", s);
        selectTicket(c, subject(s, norm, false));
        for (String w : words) {
            Optional<Lexicon.Hit> hit = Lexicon.first(Lexicon.FIELDS_CN, w);
            String field = hit.filter(h -> h.word().length() * 2 >= w.length()).map(Lexicon.Hit::name).orElse(w);
            if (field.equals(w)) {
                c.doubt(Confidence.LOW, "field '" + w + "' keeps the document's word: rename it to your facts' attribute");
            }
            if (!c.fields.contains(field)) {
                c.fields.add(field);
            }
        }
        c.idHint = idPrefix(c.subject) + ".record-complete";
        c.title = titleOf(cut(norm, start, end));
        x.clauses.add(c);
        x.use(s, start, end);
    }

    private void rings(Sentence s) {
        String norm = s.norm();
        Matcher m = RINGS.matcher(norm);
        if (!m.find() || x.isUsed(s, m.start(), m.end())) {
            return;
        }
        if (RINGS_RATE.matcher(norm).find()) {
            return;
        }
        String number = m.group(3) != null ? m.group(3) : m.group(5);
        Optional<BigDecimal> n = Numbers.parse(number);
        if (n.isEmpty()) {
            return;
        }
        ClauseDraft c = new ClauseDraft(ClauseDraft.Category.RINGS, "limit", s);
        selectInteraction(c, subject(s, norm, true), "hotline");
        c.attribute = "rings";
        c.bound = "at-most";
        c.value = n.get();
        c.toWord = "铃";
        c.idHint = idPrefix(c.subject) + ".rings";
        int[] part = Extraction.part(norm, m.start());
        c.title = titleOf(cut(norm, part[0], part[1]));
        x.clauses.add(c);
        x.use(s, part[0], part[1]);
    }

    private void counts(Sentence s) {
        String norm = s.norm();
        for (Pattern p : new Pattern[] {COUNT_AT_MOST, COUNT_AT_LEAST}) {
            Matcher m = p.matcher(norm);
            while (m.find()) {
                if (x.isUsed(s, m.start(), m.end())) {
                    continue;
                }
                String number = m.group(2) != null ? m.group(2) : m.group(4);
                Optional<BigDecimal> n = number == null ? Optional.empty() : Numbers.parse(number);
                if (n.isEmpty()) {
                    continue;
                }
                int[] part = Extraction.part(norm, m.start());
                String pre = cut(norm, part[0], m.start());
                if (m.group(1) != null && m.group(1).equals("最多跑")) {
                    pre = pre + "跑";
                }
                Optional<Lexicon.Hit> attr = Lexicon.last(Lexicon.COUNTS_CN, pre);
                ClauseDraft c = new ClauseDraft(ClauseDraft.Category.COUNT, "limit", s);
                selectTicket(c, subject(s, pre, false));
                if (attr.isPresent()) {
                    c.attribute = attr.get().name();
                    c.toWord = attr.get().word();
                } else {
                    String noun = pre.replaceAll("^.*?(每[张件单次个]?|的|对|同一)", "")
                            .replaceAll("(次数|数量|的|应|须|均|要|一般|原则上)+$", "").strip();
                    if (noun.length() < 2 || noun.length() > 8 || !noun.codePoints().allMatch(Text::isHan)) {
                        x.unplace(s, part[0], part[1], "a count limit whose thing counted the drafter could not name");
                        continue;
                    }
                    c.attribute = noun;
                    c.toWord = noun;
                    c.doubt(Confidence.LOW, "attribute '" + noun + "' keeps the document's word: rename it to your facts' attribute");
                }
                c.bound = p == COUNT_AT_MOST ? "at-most" : "at-least";
                c.value = n.get();
                c.idHint = idPrefix(c.subject) + "." + (attr.isPresent() ? attr.get().entry().verb() : "limit");
                c.title = titleOf(cut(norm, part[0], part[1]));
                x.clauses.add(c);
                x.use(s, part[0], part[1]);
            }
        }
    }

    // ------------------------------------------------------------------ KPIs

    private void kpis(Sentence s) {
        String norm = s.norm();
        Matcher m = PERCENT.matcher(norm);
        while (m.find()) {
            if (x.isUsed(s, m.start(), m.end())) {
                continue;
            }
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            Optional<BigDecimal> value = Numbers.parse(number);
            if (value.isEmpty() || value.get().compareTo(BigDecimal.valueOf(100)) > 0) {
                continue;
            }
            int[] part = Extraction.part(norm, m.start());
            String pre = cut(norm, part[0], m.start());
            String post = cut(norm, m.end(), part[1]);
            String bound = null;
            if (AT_MOST_BEFORE.matcher(pre).find() || AT_MOST_AFTER.matcher(post).find()) {
                bound = "at-most";
            } else if (AT_LEAST_BEFORE.matcher(pre).find() || AT_LEAST_AFTER.matcher(post).find()) {
                bound = "at-least";
            }
            ClauseDraft c = new ClauseDraft(ClauseDraft.Category.KPI, "kpi", s);
            Matcher rings = RINGS_RATE.matcher(pre);
            Matcher onTime = ON_TIME.matcher(pre);
            Optional<Lexicon.Hit> measure = Lexicon.lastLongest(Lexicon.MEASURES_CN, pre);
            String word;
            if (rings.find()) {
                c.measure = "clause";
                c.measureWord = "铃";
                c.idHint = "kpi.answered-in-rings";
                word = rings.group();
            } else if (onTime.find()) {
                String verb = onTime.group(3) != null ? onTime.group(3) : onTime.group(1);
                Optional<Lexicon.Hit> event = Lexicon.last(Lexicon.EVENTS_CN, verb);
                c.measure = "clause";
                c.measureWord = event.map(Lexicon.Hit::word).orElse(null);
                c.idHint = "kpi." + event.map(h -> h.entry().verb()).orElse("on-time") + "-on-time";
                word = onTime.group();
                if (event.isEmpty()) {
                    c.measure = "attribute";
                    c.measureRef = "on-time";
                    c.measureEquals = "true";
                    c.doubt(Confidence.LOW, "'" + word + "' names no time limit: counted from attribute 'on-time'");
                }
            } else if (measure.isPresent()) {
                c.measure = "attribute";
                c.measureRef = measure.get().name();
                c.measureEquals = "true";
                c.idHint = "kpi." + measure.get().entry().verb();
                word = measure.get().word();
                if (bound == null && (measure.get().name().equals("abandoned") || measure.get().name().equals("error"))) {
                    bound = "at-most";
                }
            } else {
                Matcher g = GENERIC_RATE.matcher(pre);
                String noun = null;
                while (g.find()) {
                    noun = g.group(1);
                }
                if (noun == null) {
                    x.unplace(s, part[0], part[1], "a percentage with no rate the drafter recognizes");
                    continue;
                }
                noun = noun.replaceAll("^(用户|客户|年度|月度|全年|整体|综合|平均)", "");
                c.measure = "attribute";
                c.measureRef = noun;
                c.measureEquals = "true";
                c.idHint = "kpi." + noun;
                word = noun + "率";
                c.doubt(Confidence.LOW, "rate '" + word + "' is counted from attribute '" + noun + "': rename it to your facts' attribute");
            }
            if (bound == null) {
                x.unplace(s, part[0], part[1], "a rate with no bound (不低于, 达到…以上, 不超过…)");
                continue;
            }
            c.bound = bound;
            c.target = value.get().stripTrailingZeros().toPlainString() + "%";
            String among = pre;
            Optional<Lexicon.Hit> subject = subject(s, among, false);
            if (c.measureRef != null && (c.measureRef.equals("connected") || c.measureRef.equals("abandoned"))) {
                c.among.put("type", List.of("interaction"));
                c.among.put("channel", List.of("hotline"));
            } else {
                c.among.put("type", List.of("ticket"));
                subject.ifPresent(h -> c.among.put(h.entry().verb().equals("ticket") ? "kind" : "channel", List.of(h.name())));
            }
            period(norm, c);
            groupBy(norm, c);
            c.title = titleOf(cut(norm, part[0], part[1]));
            example(s, c);
            x.clauses.add(c);
            x.use(s, part[0], part[1]);
        }
        Matcher avg = AVERAGE.matcher(norm);
        while (avg.find()) {
            if (x.isUsed(s, avg.start(), avg.end())) {
                continue;
            }
            Optional<BigDecimal> v = Numbers.parse(avg.group(3));
            if (v.isEmpty()) {
                continue;
            }
            ClauseDraft c = new ClauseDraft(ClauseDraft.Category.KPI, "kpi", s);
            c.measure = "average";
            c.measureRef = "satisfaction";
            c.bound = "at-least";
            c.target = v.get().stripTrailingZeros().toPlainString();
            c.idHint = "kpi.satisfaction-score";
            c.among.put("type", List.of("ticket"));
            subject(s, norm, false).ifPresent(h -> c.among.put(h.entry().verb().equals("ticket") ? "kind" : "channel", List.of(h.name())));
            period(norm, c);
            groupBy(norm, c);
            int[] part = Extraction.part(norm, avg.start());
            c.title = titleOf(cut(norm, part[0], part[1]));
            x.clauses.add(c);
            x.use(s, part[0], part[1]);
        }
    }

    static void period(String norm, ClauseDraft c) {
        if (norm.matches(".*(月度|每月|按月|月均|当月|每个月).*")) {
            c.period = "month";
        } else if (norm.matches(".*(季度|每季).*")) {
            c.period = "quarter";
        } else if (norm.matches(".*(年度|全年|每年|年均).*")) {
            c.period = "year";
        } else if (norm.matches(".*(每周|周度).*")) {
            c.period = "week";
        } else if (norm.matches(".*(每日|日均|每天).*")) {
            c.period = "day";
        }
    }

    static void groupBy(String norm, ClauseDraft c) {
        if (norm.matches(".*(每位|每名|每个坐席|各坐席|个人|每人|人员|员工|坐席).*")) {
            c.groupBy = "agent";
        } else if (norm.matches(".*(各营业厅|各网点|各站点|各服务站|每个营业厅).*")) {
            c.groupBy = "site";
        } else if (norm.matches(".*(各班组|每个班组|班组|团队).*")) {
            c.groupBy = "team";
        }
    }

    // ------------------------------------------------------------------ escalation

    private void escalation(Sentence s) {
        String norm = s.norm();
        if (!ESCALATION_VERB.matcher(norm).find()) {
            return;
        }
        List<Lexicon.Hit> tiers = new ArrayList<>();
        for (Lexicon.Entry e : Lexicon.TIERS_CN) {
            Matcher m = e.pattern().matcher(norm);
            while (m.find()) {
                tiers.add(new Lexicon.Hit(e, m.start(), m.end(), m.group()));
            }
        }
        if (tiers.isEmpty()) {
            return;
        }
        tiers.sort(java.util.Comparator.comparingInt(Lexicon.Hit::start));
        List<ClauseDraft.Tier> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int windowStart = 0;
        for (Lexicon.Hit tier : tiers) {
            int[] part = Extraction.part(norm, tier.start());
            String window = cut(norm, windowStart, part[1]);
            ClauseDraft.Tier found = timing(window, tier.name());
            if (found == null) {
                // the timing can be in the part before the tier's (超时24小时仍未解决的,上报分公司)
                missing.add(tier.word());
            } else if (out.stream().noneMatch(t -> t.tier().equals(found.tier()))) {
                out.add(found);
                x.use(s, tier.start(), tier.end());
            }
            windowStart = tier.end();
        }
        Matcher interval = INTERVAL.matcher(norm);
        if (!missing.isEmpty() && tiers.size() > 1 && interval.find()) {
            // 服务站→分公司→总部逐级上报，每级间隔24小时: the first level at the deadline, each next one an interval later
            List<Durations.Found> d = Durations.chinese(interval.group(3));
            if (!d.isEmpty() && d.get(0).allowance().isPresent()) {
                Duration step = offset(d.get(0).allowance().get());
                out.clear();
                missing.clear();
                List<String> names = new ArrayList<>();
                for (Lexicon.Hit tier : tiers) {
                    if (!names.contains(tier.name()) && !tier.name().equals("reminder")) {
                        names.add(tier.name());
                    }
                }
                for (int i = 0; i < names.size(); i++) {
                    Duration at = step.multipliedBy(i);
                    out.add(new ClauseDraft.Tier(i == 0 ? "100%" : "100% + " + new TimeAllowance.Time(at), names.get(i),
                            BigDecimal.valueOf(100), at));
                }
                x.use(s, interval.start(), interval.end());
                tiers.forEach(t -> x.use(s, t.start(), t.end()));
            }
        }
        if (out.isEmpty()) {
            if (norm.contains("逐级") || tiers.size() > 1) {
                x.unplace(s, "escalation levels without the time at which each is reached: the format needs one per tier");
            }
            return;
        }
        List<String> words = new ArrayList<>();
        Matcher ev;
        for (Lexicon.Entry e : Lexicon.EVENTS_CN) {
            ev = e.pattern().matcher(norm);
            while (ev.find()) {
                words.add(ev.group());
            }
        }
        x.escalations.add(new Extraction.Escalation(s, out, words, TO_ALL.matcher(norm).find()));
        for (Pattern p : new Pattern[] {TIMING_OVER, TIMING_PERCENT, TIMING_BEFORE}) {
            Matcher used = p.matcher(norm);
            while (used.find()) {
                x.use(s, used.start(), used.end());
            }
        }
        if (!missing.isEmpty()) {
            x.unplace(s, "no time stated for escalation level(s) " + String.join(", ", missing));
        }
    }

    /** The instant of a tier from the text before it: 超时24小时 → 100% + 24h, 超时即 → 100%, 时限过半 → 50%. */
    private static ClauseDraft.Tier timing(String window, String tier) {
        Matcher over = TIMING_OVER.matcher(window);
        ClauseDraft.Tier best = null;
        while (over.find()) {
            List<Durations.Found> d = Durations.chinese(over.group(2));
            if (!d.isEmpty() && d.get(0).allowance().isPresent()) {
                Duration offset = offset(d.get(0).allowance().get());
                best = new ClauseDraft.Tier("100% + " + new TimeAllowance.Time(offset), tier, BigDecimal.valueOf(100), offset);
            }
        }
        if (best != null) {
            return best;
        }
        Matcher pct = TIMING_PERCENT.matcher(window);
        if (pct.find()) {
            BigDecimal p = pct.group(2) != null ? BigDecimal.valueOf(50) : Numbers.parse(pct.group(5)).orElse(null);
            if (p != null) {
                return new ClauseDraft.Tier(p.stripTrailingZeros().toPlainString() + "%", tier, p, Duration.ZERO);
            }
        }
        Matcher before = TIMING_BEFORE.matcher(window);
        if (before.find()) {
            List<Durations.Found> d = Durations.chinese(before.group().replaceFirst("^(到期前|截止前|届满前)", ""));
            if (!d.isEmpty() && d.get(0).allowance().isPresent()) {
                Duration ahead = ((TimeAllowance.Time) d.get(0).allowance().get()).duration();
                return new ClauseDraft.Tier("before " + ahead, tier, null, ahead.negated());
            }
        }
        if (TIMING_AT.matcher(window).find()) {
            return new ClauseDraft.Tier("100%", tier, BigDecimal.valueOf(100), Duration.ZERO);
        }
        return null;
    }

    /** Tier offsets are times; a day is written as 24h (the format counts the offset on the clause's calendar). */
    static Duration offset(TimeAllowance a) {
        if (a instanceof TimeAllowance.Time t) {
            return t.duration();
        }
        int days = a instanceof TimeAllowance.WorkingDays w ? w.days() : ((TimeAllowance.CalendarDays) a).days();
        return Duration.ofHours(24L * days);
    }

    // ------------------------------------------------------------------ penalties

    private void penalties(Sentence s) {
        String norm = s.norm();
        Matcher points = POINTS.matcher(norm);
        Matcher amount = AMOUNT.matcher(norm);
        boolean hasPoints = points.find();
        boolean hasAmount = amount.find();
        if (!hasPoints && !hasAmount) {
            return;
        }
        if (isWeightTable(s)) {
            return;
        }
        ClauseDraft.Penalty p = new ClauseDraft.Penalty();
        p.source = s.quote();
        StringBuilder rest = new StringBuilder(norm);
        if (hasPoints) {
            p.points = Numbers.parse(points.group(2)).orElse(null);
            x.use(s, points.start(), points.end());
            Text.blank(rest, points.start(), points.end());
        }
        if (hasAmount) {
            String n = amount.group(2) != null ? amount.group(2) : amount.group(3);
            p.amount = Numbers.parse(n).orElse(null);
            x.use(s, amount.start(), amount.end());
            Text.blank(rest, amount.start(), amount.end());
            if (p.points == null) {
                p.points = BigDecimal.ZERO;
            }
        }
        if (p.points == null) {
            return;
        }
        if (PER_FACT.matcher(norm).find() && !PER_OCCURRENCE.matcher(norm).find()) {
            p.per = "fact";
        }
        Matcher max = MAX.matcher(norm);
        if (max.find()) {
            p.max = Numbers.parse(max.group(3)).orElse(null);
            x.use(s, max.start(), max.end());
            Text.blank(rest, max.start(), max.end());
        }
        x.penalties.add(new Extraction.PenaltyFound(s, p, rest.toString()));
    }

    // ------------------------------------------------------------------ scoring

    private boolean isWeightTable(Sentence s) {
        return s.kind() == Sentence.Kind.TABLE_ROW && WEIGHT_ROW.matcher(s.norm()).matches()
                && SCORING_CONTEXT.matcher(s.intro() + s.section()).find() && !POINTS.matcher(s.norm()).find();
    }

    private void scoring(Sentence s) {
        String norm = s.norm();
        boolean context = SCORING_CONTEXT.matcher(norm).find() || SCORING_CONTEXT.matcher(s.section()).find()
                || SCORING_CONTEXT.matcher(s.intro()).find();
        if (!context) {
            return;
        }
        Matcher base = BASE.matcher(norm);
        if (base.find()) {
            Numbers.parse(base.group(3)).ifPresent(b -> x.scoring.base = b);
            x.use(s, base.start(), base.end());
        } else if (norm.contains("百分制")) {
            x.scoring.base = BigDecimal.valueOf(100);
        }
        if (s.kind() == Sentence.Kind.TABLE_ROW) {
            Matcher row = WEIGHT_ROW.matcher(norm);
            if (row.matches() && !POINTS.matcher(norm).find()) {
                String name = row.group(1).strip();
                Optional<BigDecimal> w = Numbers.parse(row.group(2));
                if (w.isPresent() && name.matches(".*(合计|总计|总分|满分).*")) {
                    x.scoring.base = w.get();
                    x.useAll(s);
                } else if (w.isPresent() && !name.matches(".*(权重|分值|项目|维度|指标).*")) {
                    weight(s, name, w.get());
                    x.useAll(s);
                }
            }
            return;
        }
        Matcher m = WEIGHT_PAIR.matcher(norm);
        while (m.find()) {
            String name = m.group(1).replaceAll("^.*?(其中|包括|分别为|分别是|分为|依次为|各)", "").replaceAll("(占|为|的|权重)$", "");
            int before = m.start();
            if (before > 0 && "扣罚减加".indexOf(norm.charAt(before - 1)) >= 0) {
                continue;
            }
            if (name.length() < 2 || name.matches(".*(满分|总分|合计|总计|扣|罚|以上|以下|得分|考核|评分|率|不低于|不超过|达到|不少于|不高于|满意度达|低于|高于|为).*")) {
                continue;
            }
            if (m.group(3).equals("%") && !norm.matches(".*(权重|占).*")) {
                continue;
            }
            if (m.end() < norm.length() && "制之".indexOf(norm.charAt(m.end())) >= 0) {
                continue;   // 百分制: the scale, not a weight
            }
            Numbers.parse(m.group(2)).ifPresent(w -> weight(s, name, w));
            x.use(s, m.start(), m.end());
        }
    }

    private void weight(Sentence s, String word, BigDecimal w) {
        String name = Lexicon.first(Lexicon.DIMENSIONS, word).map(Lexicon.Hit::name).orElse(word);
        if (x.scoring.weights.containsKey(name)) {
            name = word;
        }
        x.scoring.weights.put(name, w);
        x.scoring.words.put(name, word);
        if (!x.scoring.sources.contains(s.quote())) {
            x.scoring.sources.add(s.quote());
        }
        if (s.norm().matches(".*(各营业厅|各网点|各服务站|各站点).*") || s.intro().matches(".*(各营业厅|各网点|各服务站|各站点).*")) {
            x.scoring.groupBy = "site";
        }
    }

    private void grades(Sentence s) {
        String norm = s.norm();
        boolean any = false;
        Matcher above = GRADE_ABOVE.matcher(norm);
        while (above.find()) {
            if (x.isUsed(s, above.start(), above.end())) {
                continue;
            }
            Numbers.parse(above.group(1)).ifPresent(v -> x.scoring.grades.add(new Object[] {v, above.group(2)}));
            x.use(s, above.start(), above.end());
            any = true;
        }
        Matcher range = GRADE_RANGE.matcher(norm);
        while (range.find()) {
            if (x.isUsed(s, range.start(), range.end())) {
                continue;
            }
            Numbers.parse(range.group(1)).ifPresent(v -> x.scoring.grades.add(new Object[] {v, range.group(3)}));
            x.use(s, range.start(), range.end());
            any = true;
        }
        Matcher below = GRADE_BELOW.matcher(norm);
        while (below.find()) {
            if (x.isUsed(s, below.start(), below.end())) {
                continue;
            }
            x.scoring.grades.add(new Object[] {null, below.group(4)});
            x.use(s, below.start(), below.end());
            any = true;
        }
        if (any && !x.scoring.sources.contains(s.quote())) {
            x.scoring.sources.add(s.quote());
        }
    }
}
