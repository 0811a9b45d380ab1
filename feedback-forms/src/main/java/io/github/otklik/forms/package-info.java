/**
 * Questionnaires (анкеты): the {@code otklik-form/1} model, the standard templates (external
 * №1–6, internal №1–5) in a {@link io.github.otklik.forms.FormCatalog}, a fluent builder for an
 * agency's own forms, and the template rules of {@link io.github.otklik.forms.FormChecker}.
 * Forms are immutable and always valid once built.
 */
package io.github.otklik.forms;
