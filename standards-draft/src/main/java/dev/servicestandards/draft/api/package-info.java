/**
 * Drafting a standard from a committee's own document (.txt, .md or .docx, in Chinese or English). Start at
 * {@link dev.servicestandards.draft.api.Drafts}: a {@link dev.servicestandards.draft.api.Draft} is Standard Format
 * YAML that validates, each clause with the sentence it came from, its position and a confidence mark, and a
 * list of what could not be drafted. Rule-based: nothing is downloaded, and the same document and options give
 * the same draft.
 *
 * <p>Types here are immutable and thread-safe unless their documentation says otherwise. Null arguments are not
 * accepted unless a method's documentation says so. Packages named {@code internal} are not API and may change
 * in any release.
 */
package dev.servicestandards.draft.api;
