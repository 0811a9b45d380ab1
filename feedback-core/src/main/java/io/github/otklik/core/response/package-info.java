/** Survey responses (ответы на анкеты) with their raw answers. */
package io.github.otklik.core.response;
