package io.github.otklik.test;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.RecordSource;

import java.util.List;

/** {@link RecordSource#of} keeps the {@link RecordSourceContract} (it holds valid records only). */
class RecordSourceOfContractTest extends RecordSourceContract<Appeal> {
    @Override
    protected Appeal record(int index) {
        return ContractFiles.appeal(index);
    }

    @Override
    protected boolean holdsBadRecords() {
        return false;
    }

    @Override
    protected RecordSource<Appeal> source(List<Item<Appeal>> items) {
        return RecordSource.of("appeals", items.stream().map(i -> ((Good<Appeal>) i).record()).toList());
    }
}
