/** Clients (клиенты): external and internal, and their categories (seed 004). */
package io.github.otklik.core.client;
