/** Localized texts (Russian, optionally English). */
package io.github.otklik.core.text;
