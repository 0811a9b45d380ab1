/**
 * Masking of personal data (персональные данные) in free text before it leaves the library
 * ({@code spec/formats.md} §7): e-mail addresses, phone numbers, СНИЛС, ИНН, passports and bank
 * cards, with their check digits where they have them. {@link io.github.otklik.text.mask.PersonalDataMasker}
 * lists the rules exactly. Everything here is immutable and thread-safe; no method accepts or
 * returns {@code null}.
 */
package io.github.otklik.text.mask;
