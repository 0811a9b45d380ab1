package io.github.otklik.test;

import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.io.ProcessInstanceCsvReader;
import io.github.otklik.core.io.RecordSource;

import java.util.List;
import java.util.Optional;

/** {@link ProcessInstanceCsvReader}, reading on one thread, keeps the {@link RecordSourceContract}. */
class ProcessInstanceCsvReaderContractTest extends RecordSourceContract<ProcessInstance> {
    @Override
    protected ProcessInstance record(int index) {
        return ContractFiles.instance(index);
    }

    @Override
    protected Optional<String> spoiledField() {
        return Optional.of("channel");
    }

    @Override
    protected RecordSource<ProcessInstance> source(List<Item<ProcessInstance>> items) {
        return ProcessInstanceCsvReader.builder().parallelism(1).build().source(ContractFiles.processesCsv(temporaryDirectory(), items));
    }
}
