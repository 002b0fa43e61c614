package dev.servicestandards.api;

import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Facts_readJsonLines_Test {

    private static FactBatch read(String text) throws IOException {
        return Facts.readJsonLines(new StringReader(text));
    }

    @Test
    void reads_the_fact_of_the_spec() throws IOException {
        FactBatch batch = read("""
                {"type":"ticket","id":"T-1001","kind":"complaint","priority":"P2","channel":"hotline","agent":"A-17","site":"BJ-01","events":[{"name":"created","at":"2025-03-03T09:15:00+08:00"},{"name":"accepted","at":"2025-03-05T10:00:00Z"}],"attributes":{"resolved":true,"satisfaction":4.5,"record":"...","gone":null}}
                {"type":"interaction","id":"C-77","ticket":"T-1001","attributes":{"rings":2},"utterances":[{"speaker":"agent","at":"2025-03-03T09:15:04+08:00","text":"您好,请问有什么可以帮您?"},{"speaker":"customer","text":"我的宽带又断了"}]}
                """);
        assertThat(batch.rejected()).isEmpty();
        Fact ticket = batch.facts().get(0);
        assertThat(ticket.field("kind")).contains("complaint");
        assertThat(ticket.field("satisfaction")).contains(new BigDecimal("4.5"));
        assertThat(ticket.field("resolved")).contains(true);
        assertThat(ticket.field("gone")).isEmpty();
        assertThat(ticket.events()).extracting(Event::name, Event::at).containsExactly(
                tuple("created", Instant.parse("2025-03-03T01:15:00Z")),
                tuple("accepted", Instant.parse("2025-03-05T10:00:00Z")));
        Fact call = batch.facts().get(1);
        assertThat(call.field("rings")).contains(new BigDecimal("2"));
        assertThat(call.utterances()).hasSize(2);
        assertThat(call.utterances().get(1).at()).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "not json|not valid JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') at column 1|不是有效的 JSON：Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')（第 1 列）",
        "[1,2]|line: a fact must be a JSON object|line：一条事实记录必须是一个 JSON 对象",
        "{\"id\":\"x\"}|type: is required|type：为必填项",
        "{\"type\":\"order\",\"id\":\"x\"}|type: must be \"ticket\" or \"interaction\", not \"order\"|type：必须是“ticket”或“interaction”，不能是“order”",
        "{\"type\":\"ticket\"}|id: is required|id：为必填项",
        "{\"type\":\"ticket\",\"id\":7}|id: must be non-empty text|id：必须是非空文本",
        "{\"type\":\"ticket\",\"id\":\"x\",\"events\":{}}|events: must be a list|events：必须是列表",
        "{\"type\":\"ticket\",\"id\":\"x\",\"events\":[{\"name\":\"created\",\"at\":\"2025-03-05 09:00\"}]}|events[0].at: not an ISO-8601 instant with offset|events[0].at：不是带时区偏移的 ISO-8601 时间",
        "{\"type\":\"ticket\",\"id\":\"x\",\"events\":[{\"name\":\"created\",\"at\":\"2025-03-05T09:00:00\"}]}|events[0].at: not an ISO-8601 instant with offset|events[0].at：不是带时区偏移的 ISO-8601 时间",
        "{\"type\":\"ticket\",\"id\":\"x\",\"events\":[{\"at\":\"2025-03-05T09:00:00Z\"}]}|events[0].name: must be non-empty text|events[0].name：必须是非空文本",
        "{\"type\":\"ticket\",\"id\":\"x\",\"attributes\":{\"tags\":[1]}}|attributes.tags: must be text, a number, true/false or null|attributes.tags：必须是文本、数字、true/false 或 null",
        "{\"type\":\"ticket\",\"id\":\"x\",\"kind\":{\"a\":1}}|kind: must be text, a number, true/false or null|kind：必须是文本、数字、true/false 或 null",
        "{\"type\":\"ticket\",\"id\":\"x\",\"id\":\"y\"}|not valid JSON: Duplicate field 'id' at column 31|不是有效的 JSON：Duplicate field 'id'（第 31 列）",
        "{\"type\":\"ticket\",\"id\":\"x\"} {}|not valid JSON: more text after the object at column 28|不是有效的 JSON：对象后面还有多余的内容（第 28 列）",
        "{\"type\":\"interaction\",\"id\":\"x\",\"utterances\":[{\"speaker\":\"agent\"}]}|utterances[0].text: must be text|utterances[0].text：必须是文本"})
    void rejects_a_bad_line_with_its_reason(String line, String reason, String chinese) throws IOException {
        FactBatch batch = read(line + "\n");
        assertThat(batch.facts()).isEmpty();
        // the JSON parser's own description of a syntax error stays in English
        assertThat(batch.rejected()).extracting(Rejection::line, Rejection::reason, r -> r.reason(java.util.Locale.CHINA))
                .containsExactly(tuple(1L, reason, chinese));
    }

    @Test
    void keeps_every_good_line_beside_bad_ones_and_skips_blank_lines() throws IOException {
        FactBatch batch = read("""
                {"type":"ticket","id":"A"}

                {"type":"ticket","id":
                {"type":"ticket","id":"B"}
                \u0000\u0001garbage
                {"type":"ticket","id":"C"}""");
        assertThat(batch.facts()).extracting(Fact::id).containsExactly("A", "B", "C");
        assertThat(batch.rejected()).extracting(Rejection::line).containsExactly(3L, 5L);
    }

    @Test
    void refuses_deep_nesting_without_a_stack_overflow() throws IOException {
        String deep = "{\"type\":\"ticket\",\"id\":\"x\",\"attributes\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        FactBatch batch = read(deep + "\n{\"type\":\"ticket\",\"id\":\"ok\"}\n");
        assertThat(batch.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("not valid JSON"));
        assertThat(batch.facts()).extracting(Fact::id).containsExactly("ok");
    }
}
