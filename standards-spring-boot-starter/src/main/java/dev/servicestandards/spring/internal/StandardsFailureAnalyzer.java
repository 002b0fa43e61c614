package dev.servicestandards.spring.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.servicestandards.api.InvalidStandardException;

/**
 * Tells why an application did not start on its standard files: every problem, one a line,
 * where Spring Boot prints startup failures. Internal.
 */
public final class StandardsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidStandardException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidStandardException cause) {
        return new FailureAnalysis("The configured standard files cannot be used:\n\n" + cause.report().toString().stripTrailing(),
                "Correct the files at the places named above (file:line:column: path: message [code]), or point "
                        + "standards.catalog / standards.files elsewhere.", cause);
    }
}
