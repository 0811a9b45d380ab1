package io.github.otklik.core.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decoding of whole input files as strict UTF-8: malformed bytes are an error, not U+FFFD; a leading BOM is dropped. */
public final class StrictUtf8 {
    private StrictUtf8() {
    }

    /**
     * {@code bytes} decoded as UTF-8, without a leading byte order mark.
     *
     * @throws CharacterCodingException when {@code bytes} are not valid UTF-8
     */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
