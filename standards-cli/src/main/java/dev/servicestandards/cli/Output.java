package dev.servicestandards.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Optional;

/**
 * A print writer that remembers why writing failed (a full disk, a closed pipe): a
 * {@link PrintWriter} only says that it failed, and the command must say why before it exits
 * non-zero.
 */
final class Output extends PrintWriter {

    private final Recording recording;

    Output(Writer out) {
        this(new Recording(out));
    }

    private Output(Recording recording) {
        super(recording, true);
        this.recording = recording;
    }

    /** The first failure's reason, if writing failed. */
    Optional<String> failure() {
        return Optional.ofNullable(recording.failure);
    }

    /** Passes everything on and keeps the first failure's reason. */
    private static final class Recording extends Writer {
        private final Writer out;
        private String failure;

        Recording(Writer out) {
            this.out = out;
        }

        private IOException record(IOException e) {
            if (failure == null) {
                failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            return e;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            try {
                out.write(buffer, offset, length);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw record(e);
            }
        }
    }
}
