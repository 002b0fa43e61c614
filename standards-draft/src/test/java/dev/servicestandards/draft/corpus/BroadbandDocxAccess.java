package dev.servicestandards.draft.corpus;

import java.io.IOException;

/** Lets tests of other packages build the corpus's Word document. */
public final class BroadbandDocxAccess {

    private BroadbandDocxAccess() {
    }

    public static byte[] build() throws IOException {
        return BroadbandDocx.build();
    }
}
