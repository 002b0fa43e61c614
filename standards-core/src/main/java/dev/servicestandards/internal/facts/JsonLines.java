package dev.servicestandards.internal.facts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.servicestandards.api.LocalizedText;

/**
 * Splits JSON Lines input into numbered, non-blank lines, before any parsing, holding at most
 * one line of {@link #MAX_LINE_BYTES} at a time: a longer line is counted while it is read and
 * skipped, never buffered whole. Over UTF-8 bytes ({@link #utf8}) each line is decoded on its
 * own, so an invalid byte rejects its line and no other. Internal.
 */
public final class JsonLines {

    /** The longest line kept: bytes over UTF-8 input, chars over other readers. */
    public static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

    /**
     * How far past {@link #MAX_LINE_BYTES} a line without an end is followed before the input is
     * given up as not JSON Lines (a device such as {@code /dev/zero} would otherwise be read forever).
     */
    public static final long MAX_SKIPPED_BYTES = 1L << 30;

    /** Receives one line and its number (1-based, counting blank lines too). */
    @FunctionalInterface
    public interface LineConsumer {
        void accept(long number, String line);
    }

    /** Receives a line that could not be read as text (too long, not UTF-8) and why. */
    @FunctionalInterface
    public interface RejectConsumer {
        void reject(long number, LocalizedText why);
    }

    private JsonLines() {
    }

    /**
     * A reader of UTF-8 bytes that {@link #forEach} splits and decodes line by line. Read as an
     * ordinary {@link Reader} elsewhere, malformed bytes become U+FFFD. Closing it closes {@code in}.
     */
    public static Reader utf8(InputStream in) {
        return new Utf8Lines(java.util.Objects.requireNonNull(in, "in"));
    }

    /**
     * Reads {@code in} (not closed) line by line: a byte-order mark opening the first line is
     * dropped, blank lines are skipped but counted; a line that is too long or, over
     * {@link #utf8} input, not valid UTF-8 goes to {@code rejects}.
     *
     * @throws IOException when reading fails, or a line has no end within {@link #MAX_SKIPPED_BYTES}
     */
    public static void forEach(Reader in, LineConsumer lines, RejectConsumer rejects) throws IOException {
        if (in instanceof Utf8Lines bytes) {
            bytes.forEach(lines, rejects);
        } else {
            forEachChars(in, lines, rejects);
        }
    }

    private static void forEachChars(Reader in, LineConsumer lines, RejectConsumer rejects) throws IOException {
        char[] buffer = new char[8192];
        StringBuilder line = new StringBuilder();
        long number = 1;
        long length = 0;
        boolean afterCr = false;
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (c == '\n' && afterCr) {
                    afterCr = false;
                    continue;
                }
                afterCr = c == '\r';
                if (c == '\n' || c == '\r') {
                    emit(number++, length, line.toString(), lines, rejects, "fact.line-too-long");
                    line.setLength(0);
                    length = 0;
                    continue;
                }
                length++;
                if (length <= MAX_LINE_BYTES) {
                    line.append(c);
                } else if (length == MAX_LINE_BYTES + 1) {
                    line.setLength(0);
                    line.trimToSize();
                } else if (length > MAX_LINE_BYTES + MAX_SKIPPED_BYTES) {
                    throw new IOException(noEnd(number));
                }
            }
        }
        if (length > 0) {
            emit(number, length, line.toString(), lines, rejects, "fact.line-too-long");
        }
    }

    private static String noEnd(long number) {
        return "line " + number + " has no end within " + (MAX_LINE_BYTES + MAX_SKIPPED_BYTES)
                + " bytes: this is not JSON Lines";
    }

    private static void emit(long number, long length, String line, LineConsumer lines, RejectConsumer rejects,
            String tooLong) {
        if (length > MAX_LINE_BYTES) {
            rejects.reject(number, LocalizedText.of(tooLong, MAX_LINE_BYTES));
            return;
        }
        if (number == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        if (!line.isBlank()) {
            lines.accept(number, line);
        }
    }

    /** UTF-8 bytes split at line ends before they are decoded. */
    private static final class Utf8Lines extends Reader {
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int position;
        private int limit;
        private Reader chars;

        Utf8Lines(InputStream in) {
            this.in = in;
        }

        void forEach(LineConsumer lines, RejectConsumer rejects) throws IOException {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            byte[] line = new byte[8192];
            int kept = 0;
            long length = 0;
            long number = 1;
            boolean afterCr = false;
            while (fill()) {
                int start = position;
                int end = start;
                while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
                    end++;
                }
                // the chars before a line end (or the buffer's end) belong to the current line
                int count = end - start;
                if (count > 0) {
                    afterCr = false;
                    if (length + count <= MAX_LINE_BYTES) {
                        if (kept + count > line.length) {
                            line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, Math.max(kept + count, line.length * 2)));
                        }
                        System.arraycopy(buffer, start, line, kept, count);
                        kept += count;
                    } else {
                        kept = 0;
                        if (line.length > 8192) {
                            line = new byte[8192];
                        }
                        if (length + count > MAX_LINE_BYTES + MAX_SKIPPED_BYTES) {
                            throw new IOException(noEnd(number));
                        }
                    }
                    length += count;
                }
                position = end;
                if (end < limit) {
                    byte b = buffer[end];
                    position++;
                    if (b == '\n' && afterCr) {
                        afterCr = false;
                        continue;
                    }
                    afterCr = b == '\r';
                    line(number++, line, kept, length, decoder, lines, rejects);
                    kept = 0;
                    length = 0;
                    if (line.length > 8192) {
                        line = new byte[8192];
                    }
                }
            }
            if (length > 0) {
                line(number, line, kept, length, decoder, lines, rejects);
            }
        }

        private static void line(long number, byte[] bytes, int kept, long length, CharsetDecoder decoder,
                LineConsumer lines, RejectConsumer rejects) {
            if (length > MAX_LINE_BYTES) {
                rejects.reject(number, LocalizedText.of("fact.line-too-long-bytes", MAX_LINE_BYTES));
                return;
            }
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, kept);
            CharBuffer out = CharBuffer.allocate(kept);
            decoder.reset();
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                int at = in.position();
                rejects.reject(number, LocalizedText.of("fact.not-utf8", at + 1,
                        String.format("%02X", bytes[at] & 0xFF)));
                return;
            }
            out.flip();
            emit(number, length, out.toString(), lines, rejects, "fact.line-too-long-bytes");
        }

        /** True when there are bytes at {@link #position}, reading more if needed. */
        private boolean fill() throws IOException {
            if (position < limit) {
                return true;
            }
            int n = in.read(buffer);
            while (n == 0) {
                n = in.read(buffer);
            }
            position = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (chars == null) {
                InputStream rest = new SequenceInputStream(
                        new ByteArrayInputStream(buffer, position, limit - position), in);
                position = limit;
                chars = new InputStreamReader(rest, StandardCharsets.UTF_8);
            }
            return chars.read(cbuf, off, len);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
