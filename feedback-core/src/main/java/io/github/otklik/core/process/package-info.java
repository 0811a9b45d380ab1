/** Processes (процессы), their eight types, the process registry and process instances. */
package io.github.otklik.core.process;
