/** Canonical {@code otklik-form/1} JSON for form templates. */
package io.github.otklik.forms.json;
