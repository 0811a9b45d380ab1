package io.github.otklik.jdbc.migration;

/**
 * Gives the migrations' resource package a class, so that {@code module-info} can open it to Flyway
 * (a module can only open a package that has a compilation unit). Not used otherwise.
 */
final class Migrations {
    private Migrations() {
    }
}
