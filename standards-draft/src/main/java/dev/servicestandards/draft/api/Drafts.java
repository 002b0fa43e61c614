package dev.servicestandards.draft.api;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

import dev.servicestandards.draft.internal.DocumentReader;
import dev.servicestandards.draft.internal.DraftEngine;

/**
 * Drafts a standard from a committee's document: reads a Chinese or English service standard (.txt, .md or
 * .docx) and writes Standard Format YAML that validates, each clause with the sentence it came from, its position
 * and a confidence mark, and an {@code # unplaced:} list of what could not be drafted. Rule-based: nothing is
 * downloaded, and the same document and options give the same draft.
 *
 * <pre>{@code
 * Draft draft = Drafts.draft(Path.of("投诉处理规范.docx"), DraftOptions.defaults().withId("cn.telecom.complaint-handling"));
 * Files.writeString(Path.of("complaint-handling.yaml"), draft.yaml());
 * draft.unplaced().forEach(u -> System.out.println(u.source().position() + ": " + u.reason()));
 * }</pre>
 */
public final class Drafts {

    private Drafts() {
    }

    /** Drafts a document with the default options. */
    public static Draft draft(Path document) {
        return draft(document, DraftOptions.defaults());
    }

    /**
     * Drafts a document; its type comes from its name: {@code .txt} (UTF-8, or GB18030), {@code .md}, {@code .docx}.
     *
     * @throws UnreadableDocumentException when the document is missing, too large, of another type or damaged
     * @throws IllegalArgumentException    when the options' id or version is malformed
     */
    public static Draft draft(Path document, DraftOptions options) {
        requireNonNull(document, "document");
        requireNonNull(options, "options");
        return DraftEngine.draft(document.getFileName() == null ? document.toString() : document.getFileName().toString(),
                DocumentReader.read(document), options);
    }

    /**
     * Drafts a document given as text; {@code documentName} names it in the draft, and Markdown is read as Markdown
     * when the name ends with {@code .md}.
     */
    public static Draft draft(String text, String documentName, DraftOptions options) {
        requireNonNull(text, "text");
        requireNonNull(documentName, "documentName");
        requireNonNull(options, "options");
        boolean markdown = documentName.toLowerCase(java.util.Locale.ROOT).endsWith(".md");
        return DraftEngine.draft(documentName, markdown ? DocumentReader.markdown(text) : DocumentReader.text(text), options);
    }
}
