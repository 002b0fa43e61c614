package dev.servicestandards.flink.internal;

/** A line of a facts file with its 1-based number, as rejections name it. A Flink POJO. Internal. */
public final class NumberedLine {

    public long number;
    public String text;

    public NumberedLine() {
    }

    public NumberedLine(long number, String text) {
        this.number = number;
        this.text = text;
    }
}
