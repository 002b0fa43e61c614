package dev.servicestandards.flink.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * Reads a file's lines with their numbers (files are read whole, one split each, so the numbers
 * are the file's). Internal.
 */
public final class NumberedLines extends SimpleStreamFormat<NumberedLine> {

    private static final long serialVersionUID = 1L;

    @Override
    public Reader<NumberedLine> createReader(Configuration config, FSDataInputStream stream) {
        BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        return new Reader<>() {
            private long number;

            @Override
            public NumberedLine read() throws IOException {
                String line = in.readLine();
                if (line == null) {
                    return null;
                }
                number++;
                return new NumberedLine(number, line);
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    @Override
    public TypeInformation<NumberedLine> getProducedType() {
        return TypeInformation.of(NumberedLine.class);
    }
}
