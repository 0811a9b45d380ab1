package io.github.otklik.test;

import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.io.RecordSource;

import java.util.List;
import java.util.Optional;

/** {@link ResponseJsonlReader}, reading on one thread, keeps the {@link RecordSourceContract}. */
class ResponseJsonlReaderContractTest extends RecordSourceContract<SurveyResponse> {
    @Override
    protected SurveyResponse record(int index) {
        return ContractFiles.response(index);
    }

    @Override
    protected Optional<String> spoiledField() {
        return Optional.of("channel");
    }

    @Override
    protected RecordSource<SurveyResponse> source(List<Item<SurveyResponse>> items) {
        return ResponseJsonlReader.builder().parallelism(1).build().source(ContractFiles.jsonl(temporaryDirectory(), items));
    }
}
