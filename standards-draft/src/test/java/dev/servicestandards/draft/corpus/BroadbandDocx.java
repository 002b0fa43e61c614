package dev.servicestandards.draft.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Builds {@code standards-examples/documents/broadband-maintenance.docx}, the Word document of the corpus, the way
 * a committee's export looks: heading styles, items numbered by hand ("（1）"), a line break inside a paragraph,
 * and tables for the indicators and the scoring weights. Run {@link #main} to write it again.
 */
public final class BroadbandDocx {

    /** One block of the document: a heading, a paragraph (lines joined by soft breaks), or a table. */
    sealed interface Block permits Heading, Paragraph, Table {
    }

    record Heading(String text) implements Block {
    }

    record Paragraph(List<String> lines) implements Block {
    }

    record Table(List<List<String>> rows) implements Block {
    }

    static final List<Block> BLOCKS = List.of(
            new Heading("宽带装维服务规范"),
            new Paragraph(List.of("本规范自2025年5月1日起施行，适用于公司宽带装机及故障维修服务。")),
            new Heading("一、装机服务"),
            new Paragraph(List.of("（1）用户申请宽带新装后，应在3个工作日内完成装机。")),
            new Paragraph(List.of("（2）装维人员上门前应提前30分钟电话联系用户，约定上门时间。")),
            new Paragraph(List.of("（3）进门时主动问候“您好，我是XX公司装维人员”，服务结束离开时道别“再见”。")),
            new Paragraph(List.of("（4）装维人员不得向用户索要财物，不得使用“这不归我们管”“你找客服去”等服务禁语。")),
            new Heading("二、故障修复"),
            new Paragraph(List.of("（1）接到故障申告后，应在30分钟内响应；", "城区4小时内到场，农村8小时内到场。")),
            new Paragraph(List.of("（2）故障应在四小时内完成定位，二十四小时内恢复。")),
            new Paragraph(List.of("（3）故障修复超时的，超时4小时报分公司，超时12小时报省公司。")),
            new Paragraph(List.of("（4）维修完毕后应请用户签字确认，工单须记录故障原因、处理过程、处理结果和用户签字。")),
            new Paragraph(List.of("（5）同一故障重复上门不超过2次。")),
            new Heading("三、服务指标"),
            new Table(List.of(List.of("指标名称", "目标值"), List.of("故障修复及时率", "不低于95%"),
                    List.of("装机及时率", "不低于98%"), List.of("用户满意度", "达到90%以上"))),
            new Heading("四、考核评分"),
            new Paragraph(List.of("考核实行百分制，各项权重如下：")),
            new Table(List.of(List.of("考核项目", "分值", "说明"), List.of("服务时效", "40", "装机、到场、修复的及时性"),
                    List.of("服务规范", "40", "问候、禁语、工单记录"), List.of("用户评价", "20", "满意度回访"))),
            new Paragraph(List.of("（1）使用服务禁语的，每次扣5分。")),
            new Paragraph(List.of("（2）故障到场超时的，每次扣2分。")),
            new Paragraph(List.of("得分85分及以上为优秀，70至84分为合格，70分以下为不合格。")));

    private BroadbandDocx() {
    }

    static byte[] build() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Block block : BLOCKS) {
                if (block instanceof Heading h) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setStyle("Heading1");
                    p.createRun().setText(h.text());
                } else if (block instanceof Paragraph para) {
                    XWPFRun run = doc.createParagraph().createRun();
                    for (int i = 0; i < para.lines().size(); i++) {
                        if (i > 0) {
                            run.addBreak();
                        }
                        run.setText(para.lines().get(i), i);
                    }
                } else if (block instanceof Table t) {
                    XWPFTable table = doc.createTable(t.rows().size(), t.rows().get(0).size());
                    for (int r = 0; r < t.rows().size(); r++) {
                        XWPFTableRow row = table.getRow(r);
                        for (int c = 0; c < t.rows().get(r).size(); c++) {
                            row.getCell(c).setText(t.rows().get(r).get(c));
                        }
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** Writes the document into the corpus: {@code BroadbandDocx <repository root>}. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "..");
        Files.write(root.resolve("standards-examples/documents/broadband-maintenance.docx"), build());
    }
}
