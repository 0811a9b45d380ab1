package io.github.otklik.jdbc;

/** The store contract on an embedded H2 file database, one per test. */
class H2StoreTest extends FeedbackStoreContract {
    @Override
    String url() {
        return "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
    }
}
