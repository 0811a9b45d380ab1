/** Identifier syntax, violations, and Bean Validation of the domain types. */
package io.github.otklik.core.validation;
