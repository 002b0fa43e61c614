package dev.servicestandards.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.servicestandards.draft.api.UnreadableDocumentException;

class DocumentReader_Test {

    @Test
    void text_saved_as_gb18030_is_read(@TempDir Path dir) throws IOException {
        // GIVEN a document saved by a Chinese Windows editor
        Path file = dir.resolve("规范.txt");
        Files.write(file, "投诉应在48小时内受理。".getBytes(Charset.forName("GB18030")));
        // WHEN it is read, THEN the text is the same
        assertThat(DocumentReader.read(file)).extracting(SourceLine::text).containsExactly("投诉应在48小时内受理。");
    }

    @Test
    void markdown_loses_its_markup_and_keeps_headings_items_and_table_rows() {
        List<SourceLine> lines = DocumentReader.markdown(String.join("\n", "# 标准", "", "1. **铃响**不超过三声",
                "- 见[附件](a.md)", "", "| 指标 | 目标 |", "|---|---|", "| 满意率 | ≥95% |"));
        assertThat(lines).extracting(SourceLine::kind).containsExactly(SourceLine.Kind.HEADING, SourceLine.Kind.ITEM,
                SourceLine.Kind.ITEM, SourceLine.Kind.TABLE_ROW, SourceLine.Kind.TABLE_ROW);
        assertThat(lines).extracting(SourceLine::text)
                .containsExactly("标准", "1. 铃响不超过三声", "见附件", "指标 | 目标", "满意率 | ≥95%");
        assertThat(lines).extracting(SourceLine::line).containsExactly(1, 3, 4, 6, 8);
    }

    @Test
    void the_word_document_of_the_corpus_is_what_its_builder_writes() throws IOException {
        // the committed .docx and BroadbandDocx.BLOCKS must not drift apart
        List<SourceLine> committed = DocumentReader.read(Path.of("../standards-examples/documents/broadband-maintenance.docx"));
        List<SourceLine> built = DocumentReader.docx("built", dev.servicestandards.draft.corpus.BroadbandDocxAccess.build());
        assertThat(committed).isEqualTo(built);
        assertThat(committed.get(0)).isEqualTo(new SourceLine(1, 1, "宽带装维服务规范", SourceLine.Kind.HEADING));
        assertThat(committed).contains(new SourceLine(9, 9, "（1）接到故障申告后，应在30分钟内响应； 城区4小时内到场，农村8小时内到场。",
                SourceLine.Kind.TEXT), new SourceLine(16, 16, "故障修复及时率 | 不低于95%", SourceLine.Kind.TABLE_ROW));
    }

    @Test
    void unreadable_documents_are_refused_with_the_reason(@TempDir Path dir) throws IOException {
        Path doc = Files.writeString(dir.resolve("old.doc"), "x");
        Path pdf = Files.writeString(dir.resolve("a.pdf"), "x");
        Path broken = Files.writeString(dir.resolve("broken.docx"), "not a zip");
        assertThatThrownBy(() -> DocumentReader.read(dir.resolve("missing.txt")))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage(dir.resolve("missing.txt") + ": no such file");
        assertThatThrownBy(() -> DocumentReader.read(doc))
                .hasMessage(doc + ": the old Word .doc format is not read; save it as .docx");
        assertThatThrownBy(() -> DocumentReader.read(pdf))
                .hasMessage(pdf + ": unknown document type; expected .txt, .md or .docx");
        assertThatThrownBy(() -> DocumentReader.read(broken)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith(broken + ": not a readable .docx file");
    }
}
