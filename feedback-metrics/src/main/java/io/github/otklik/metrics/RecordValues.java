package io.github.otklik.metrics;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.SurveyResponse;

import java.util.function.Function;

/**
 * The value of each grouping dimension for each kind of record ({@code spec/metrics.md}, groups):
 * a missing value is {@link Dimension#UNSPECIFIED}. {@link Dimension#LIFE_SITUATION} has several
 * values per record and is resolved by {@link Router}; here it stands for the record's process.
 */
final class RecordValues {
    private RecordValues() {
    }

    /** The value of {@code d} for a response, as a function ({@link #ofResponse}). */
    static Function<SurveyResponse, String> response(Dimension d) {
        if (!d.appliesToResponses()) {
            throw new IllegalArgumentException(d.wireName() + " does not apply to responses");
        }
        return r -> ofResponse(d, r);
    }

    /** The value of {@code d} for response {@code r}. */
    static String ofResponse(Dimension d, SurveyResponse r) {
        switch (d) {
            case AGENCY:
                return r.agency();
            case PROCESS:
            case LIFE_SITUATION:
                return r.process().orElse(Dimension.UNSPECIFIED);
            case CHANNEL:
                return r.channel().name();
            case FORM:
                return r.form();
            case CATEGORY:
                return r.client().category().map(Enum::name).orElse(Dimension.UNSPECIFIED);
            case CLIENT_KIND:
                return r.client().kind().name();
            default:
                throw new IllegalArgumentException(d.wireName() + " does not apply to responses");
        }
    }

    static Function<Appeal, String> appeal(Dimension d) {
        return switch (d) {
            case AGENCY -> Appeal::agency;
            case PROCESS, LIFE_SITUATION -> a -> a.process().orElse(Dimension.UNSPECIFIED);
            case CHANNEL -> a -> a.channel().name();
            case KIND -> a -> a.kind().name();
            case TOPIC -> a -> a.topic().orElse(Dimension.UNSPECIFIED);
            default -> throw new IllegalArgumentException(d.wireName() + " does not apply to appeals");
        };
    }

    static Function<ProcessInstance, String> instance(Dimension d) {
        return switch (d) {
            case AGENCY -> ProcessInstance::agency;
            case PROCESS, LIFE_SITUATION -> ProcessInstance::process;
            case CHANNEL -> p -> p.channel().map(Enum::name).orElse(Dimension.UNSPECIFIED);
            default -> throw new IllegalArgumentException(d.wireName() + " does not apply to process instances");
        };
    }
}
