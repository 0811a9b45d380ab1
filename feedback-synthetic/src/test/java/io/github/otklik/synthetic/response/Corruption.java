package io.github.otklik.synthetic.response;

import io.github.otklik.core.response.SurveyResponse;

/**
 * A response with exactly one field made invalid, and the path its first violation must name.
 *
 * @param description what was changed, for messages
 * @param response the corrupted response
 * @param expectedPath the path of the first violation
 */
record Corruption(String description, SurveyResponse response, String expectedPath) {
}
