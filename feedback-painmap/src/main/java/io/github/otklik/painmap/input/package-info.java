/**
 * Loading the optional inputs of the pain map from files (реестр процессов, ручные записи, каталог
 * мероприятий, набор правил), each failing with one line that names the file and the problem.
 *
 * <p>Stateless and thread-safe; every method takes non-null arguments and returns non-null values.
 */
package io.github.otklik.painmap.input;
