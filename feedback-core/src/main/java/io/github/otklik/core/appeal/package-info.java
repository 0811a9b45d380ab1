/** Appeals (обращения), complaints (жалобы), requests and proposals, seed 004 and 59-FZ. */
package io.github.otklik.core.appeal;
