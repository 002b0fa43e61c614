package dev.servicestandards.flink.internal;

import dev.servicestandards.api.Rejection;
import dev.servicestandards.rules.api.Judgement;

/**
 * A facts line judged (or rejected), with its number: the report lists judgements in input order.
 * Flink serializes it with Kryo. Internal.
 */
public final class Judged {

    public long line;
    public Judgement judgement;
    public Rejection rejection;

    public Judged() {
    }

    public Judged(long line, Judgement judgement, Rejection rejection) {
        this.line = line;
        this.judgement = judgement;
        this.rejection = rejection;
    }
}
