package dev.servicestandards.draft.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import dev.servicestandards.draft.api.UnreadableDocumentException;

/**
 * Reads a document's text: plain text (UTF-8, or GB18030 as Chinese Windows editors save it), Markdown (markup
 * removed, tables as rows) and Word .docx (paragraphs and table rows, through Apache POI). Nothing is fetched.
 */
public final class DocumentReader {

    /** Larger documents are refused: a standard is never this long, and a hostile file must not exhaust memory. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern MD_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern MD_RULE = Pattern.compile("^\\s*(?:[-*_]\\s*){3,}$");
    private static final Pattern MD_TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)(?=\\S)(.+?)(?<=\\S)\\1");

    private DocumentReader() {
    }

    /** The lines of the document; its type comes from the file name's ending. */
    public static List<SourceLine> read(Path file) {
        String name = file.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            // counted while reading: a device or pipe reports no size
            try (java.io.InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new UnreadableDocumentException(name, "the document is larger than " + MAX_BYTES
                        + " bytes, the most that is read", null);
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(name, "no such file", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(name, "cannot read the file: " + e.getMessage(), e);
        }
        if (lower.endsWith(".docx")) {
            return docx(name, bytes);
        }
        if (lower.endsWith(".doc")) {
            throw new UnreadableDocumentException(name, "the old Word .doc format is not read; save it as .docx", null);
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return markdown(decode(name, bytes));
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text") || !lower.contains(".")) {
            return text(decode(name, bytes));
        }
        throw new UnreadableDocumentException(name, "unknown document type; expected .txt, .md or .docx", null);
    }

    /** UTF-8 (a BOM is dropped); text that is not UTF-8 is read as GB18030, the encoding of Chinese Windows. */
    static String decode(String name, byte[] bytes) {
        String text = strict(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            text = strict(bytes, Charset.forName("GB18030"));
        }
        if (text == null) {
            throw new UnreadableDocumentException(name, "the document is neither UTF-8 nor GB18030 text", null);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Plain text: a paragraph is a run of non-blank lines. */
    public static List<SourceLine> text(String text) {
        List<SourceLine> out = new ArrayList<>();
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        int paragraph = 0;
        boolean blank = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            if (blank) {
                paragraph++;
                blank = false;
            }
            out.add(new SourceLine(paragraph, i + 1, line, SourceLine.Kind.TEXT));
        }
        return out;
    }

    /** Markdown: headings, list items and table rows are marked; emphasis, links and code marks are removed. */
    public static List<SourceLine> markdown(String text) {
        List<SourceLine> out = new ArrayList<>();
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        int paragraph = 0;
        boolean blank = true;
        boolean fence = false;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            if (raw.strip().startsWith("```") || raw.strip().startsWith("~~~")) {
                fence = !fence;
                blank = true;
                continue;
            }
            if (raw.isBlank() || MD_RULE.matcher(raw).matches() || MD_TABLE_SEPARATOR.matcher(raw).matches()
                    || raw.strip().startsWith("<!--")) {
                blank = blank || raw.isBlank() || MD_RULE.matcher(raw).matches();
                continue;
            }
            SourceLine.Kind kind = SourceLine.Kind.TEXT;
            String line = raw.strip();
            Matcher m;
            if (!fence && (m = MD_HEADING.matcher(raw)).matches()) {
                kind = SourceLine.Kind.HEADING;
                line = m.group(1);
            } else if (!fence && line.startsWith("|")) {
                kind = SourceLine.Kind.TABLE_ROW;
                line = cells(line);
            } else if (!fence && (m = MD_ITEM.matcher(raw)).matches()) {
                kind = SourceLine.Kind.ITEM;
                line = raw.strip();
                if (line.startsWith("- ") || line.startsWith("* ") || line.startsWith("+ ")) {
                    line = m.group(1);
                }
            } else if (line.startsWith(">")) {
                line = line.replaceFirst("^>+\\s*", "");
            }
            if (!fence) {
                line = MD_LINK.matcher(line).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
                line = MD_EMPHASIS.matcher(line).replaceAll(r -> Matcher.quoteReplacement(r.group(2)));
                line = line.replace("\\", "").strip();
            }
            if (line.isEmpty()) {
                continue;
            }
            // each heading, item and table row is a paragraph of its own, as in a Word document
            if (blank || kind != SourceLine.Kind.TEXT || (!out.isEmpty() && out.get(out.size() - 1).kind() != SourceLine.Kind.TEXT)) {
                paragraph++;
            }
            blank = false;
            out.add(new SourceLine(paragraph, i + 1, line, kind));
        }
        return out;
    }

    private static String cells(String row) {
        String inner = row.strip();
        if (inner.startsWith("|")) {
            inner = inner.substring(1);
        }
        if (inner.endsWith("|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.strip());
        }
        return String.join(" | ", cells);
    }

    /** Word: each paragraph and each table row is a paragraph and a line; numbering and heading styles are kept as kinds. */
    static List<SourceLine> docx(String name, byte[] bytes) {
        List<SourceLine> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String text = p.getText().replaceAll("[\\r\\n\\u000b]+", " ").strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    SourceLine.Kind kind = SourceLine.Kind.TEXT;
                    if (isHeading(doc, p)) {
                        kind = SourceLine.Kind.HEADING;
                    } else if (p.getNumID() != null) {
                        kind = SourceLine.Kind.ITEM;
                    }
                    int n = out.size() + 1;
                    out.add(new SourceLine(n, n, text, kind));
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText().replaceAll("\\s+", " ").strip());
                        }
                        if (cells.stream().allMatch(String::isEmpty)) {
                            continue;
                        }
                        int n = out.size() + 1;
                        out.add(new SourceLine(n, n, String.join(" | ", cells), SourceLine.Kind.TABLE_ROW));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(name, "not a readable .docx file (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")", e);
        }
        return out;
    }

    private static boolean isHeading(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return false;
        }
        String name = id;
        if (doc.getStyles() != null) {
            XWPFStyle style = doc.getStyles().getStyle(id);
            if (style != null && style.getName() != null) {
                name = style.getName();
            }
        }
        String lower = name.toLowerCase(Locale.ROOT).replace(" ", "");
        return lower.startsWith("heading") || lower.equals("title") || lower.startsWith("标题");
    }
}
