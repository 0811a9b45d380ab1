package io.github.otklik.test;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.RecordSource;

import java.util.List;
import java.util.Optional;

/** {@link AppealCsvReader}, reading on one thread, keeps the {@link RecordSourceContract}. */
class AppealCsvReaderContractTest extends RecordSourceContract<Appeal> {
    @Override
    protected Appeal record(int index) {
        return ContractFiles.appeal(index);
    }

    @Override
    protected Optional<String> spoiledField() {
        return Optional.of("channel");
    }

    @Override
    protected RecordSource<Appeal> source(List<Item<Appeal>> items) {
        return AppealCsvReader.builder().parallelism(1).build().source(ContractFiles.appealsCsv(temporaryDirectory(), items));
    }
}
