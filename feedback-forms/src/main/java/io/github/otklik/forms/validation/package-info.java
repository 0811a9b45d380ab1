/** Response validation against forms: visibility (skip logic) and value rules of {@code spec/formats.md} §2. */
package io.github.otklik.forms.validation;
