package io.github.otklik.core.io;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule by rule: what the byte-level scanner decides itself (with the Jackson path's fields and
 * problem) and what it leaves to the Jackson path. Lines are written with {@code '} for {@code "}
 * and {@code <hex>} for raw bytes.
 */
class ResponseLineScannerTest {
    private static final String HEAD = "{'id':'r-1','form':'EXT-1','formVersion':'1','submittedAt':'2025-03-31T21:30:00Z','agency':'a',"
            + "'process':'p','channel':'EPGU','client':{'kind':'EXTERNAL','category':'CITIZEN'},";
    private final ResponseLineScanner scanner = new ResponseLineScanner();
    private final ResponseLineParser jackson = new ResponseLineParser(false);

    @ParameterizedTest
    @ValueSource(strings = {
        "'anonymous':false,'answers':{'used':'yes','overall':4,'time':'dk','problems':['queue','docs'],'comment':'ok'}}",
        "'answers':{'n':-0,'m':9223372036854775807,'big':9223372036854775808,'neg':-9223372036854775809,'d':4.0,'e':1E+3,'f':-2.5e-7}}",
        "'answers':{'t':'\\u00e9\\n\\t\\\\\\/\\\"\\b\\f\\r\\u0000','u':'жЁё€<f09f9880>','x':[true,false,null,[],{}]}}",
        "'answers':{},'respondent':{'name':'Иван','a':{'b':[1,{'c':2}]}},'x-extra':{'k':[1,2,{'k':3}]},'y':'z'}",
        "'answers':{'\\u0061':1,'a\\u0062':2}} ",
        "'client2':1,'answers':{'deep':[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}",
        "'answers':{'overall':7}}",
        "'channel2':'x','submittedAt2':1}",
        // arrays of every short length, as the scanner builds them
        "'answers':{'a':[],'b':['x'],'c':['x','y'],'d':['x','y','z'],'e':[1,2,3,4],'f':[ 'x' , 'y' ]}}",
        // strings in fields the scanner skips: validated, not kept
        "'answers':{},'x':'жё€<f09f9880>\\n\\u00e9','y':{'z':['a','<c3a9>',{'q':'\\\\'}]},'client2':'\\\"'}",
        // names in skipped objects: siblings at one level reuse its array; beyond 16 names a hash set
        "'answers':{},'x':[{'k':1},{'k':2}],'y':{'a':{'k':1,'j':{'k':1}},'b':{'k':2}},'z':{'k0':0,'k1':1,'k2':2,'k3':3,'k4':4,'k5':5,'k6':6,'k7':7,'k8':8,'k9':9,'k10':10,'k11':11,'k12':12,'k13':13,'k14':14,'k15':15,'k16':16,'k17':17,'k18':18,'k19':19}}",
    })
    void decidesWellFormedLinesWithTheJacksonPathsFields(String tail) {
        byte[] line = line(HEAD + tail);
        ResponseFields scanned = scanner.scan(line, 0, line.length);
        ResponseFields parsed = jackson.parse(line, 0, line.length);
        assertThat(scanned).as("decided").isNotNull();
        assertThat(scanned.problem).isEqualTo(parsed.problem);
        assertThat(scanned.problem == null ? scanned.build() : null).isEqualTo(parsed.problem == null ? parsed.build() : null);
        assertThat(scanned.id).isEqualTo(parsed.id);
        assertThat(scanner.cursor().wellFormed(line, 0, line.length)).as("well-formed").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "'answers':{'t':'<c0af>'}}", "'x':'<eda080>'}", "'x':'a<09>b'}", "'x':'\\uD800'}", "'x':'abc}", "'answers':{'n':01}}",
        "'answers':{'n':1e}}", "'answers':{'a':[1,2,]}}", "'answers':{'a':1}} x", "'answers':{'a':tru}}", "'x':{'k':1,'k':2}}",
        "'id':'r-2'}", "'answers':{'deep':[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}",
    })
    void wellFormedRefusesWhatTheScannerRefusesAsMalformed(String tail) {
        byte[] line = line(HEAD + tail);
        assertThat(scanner.cursor().wellFormed(line, 0, line.length)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"'anonymous':'yes'}", "'answers':[]}", "'respondent':1}", "'answers':{'t':'\\u00e9'}}"})
    void wellFormedReadsNoField(String tail) {
        byte[] line = line(HEAD + tail);
        assertThat(scanner.cursor().wellFormed(line, 0, line.length)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // field checks after a well-formed parse are the shared ResponseFields checks
        "{'id':'r 1','form':'F'}", "{'form':'F'}", "{'id':'r-1','channel':'FAX'}",
        "{}", " \t{'id':'x'}\r ",
    })
    void decidesLinesWithFieldProblemsAsTheJacksonPath(String text) {
        byte[] line = line(text);
        ResponseFields scanned = scanner.scan(line, 0, line.length);
        assertThat(scanned).as("decided").isNotNull();
        assertThat(scanned.problem).isEqualTo(jackson.parse(line, 0, line.length).problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // UTF-8: overlong, surrogate, above U+10FFFF, stray continuation, cut short, outside a string
        "'answers':{'t':'<c0af>'}}", "'answers':{'t':'<c1bf>'}}", "'answers':{'t':'<e08080>'}}", "'answers':{'t':'<f0808080>'}}",
        "'answers':{'t':'<eda080>'}}", "'answers':{'t':'<edbfbf>'}}", "'answers':{'t':'<f4908080>'}}", "'answers':{'t':'<f5808080>'}}",
        "'answers':{'t':'<80>'}}", "'answers':{'t':'<ff>'}}", "'answers':{'t':'<e282>'}}", "'answers':{'t':'<c328>'}}",
        "'answers':{'<c3a9>':1}}<c3a9>", "'answers':{'t':'a<e282>",
        // strings: raw control characters, bad escapes, surrogate escapes (paired or not)
        "'answers':{'t':'a<09>b'}}", "'answers':{'t':'a<00>'}}", "'answers':{'t':'\\x'}}", "'answers':{'t':'\\u00g0'}}",
        "'answers':{'t':'\\uD83D\\uDE00'}}", "'answers':{'t':'\\uD800'}}", "'answers':{'t':'\\u12'}}",
        // the same in fields the scanner skips
        "'x':{'t':'<c0af>'}}", "'x':'<eda080>'}", "'x':'<ff>'}", "'x':'a<e282>'}", "'x':'a<09>b'}", "'x':'\\x'}",
        "'x':'\\uD800'}", "'x':['\\u12']}", "'x':'abc}", "'x':'\\u00e9<80>'}",
        // numbers
        "'answers':{'n':01}}", "'answers':{'n':-}}", "'answers':{'n':1.}}", "'answers':{'n':.5}}", "'answers':{'n':+1}}",
        "'answers':{'n':1e}}", "'answers':{'n':1e+}}", "'answers':{'n':1e9999999999}}", "'answers':{'n':NaN}}", "'answers':{'n':0x1}}",
        // grammar
        "'answers':{'n':1,}}", "'answers':{'a':[1,]}}", "'answers':{'a':[1,2,]}}", "'answers':{'a':[1,2,3,]}}",
        "'answers':{'a':[1 2]}}", "'answers':{'a':[1,2}}", "'answers':{'a':[1,2,3}}", "'answers':{'a':[,]}}", "'answers':{'a' 1}}", "'answers':{'a':1}", "'answers':{'a':1}}}",
        "'answers':{'a':1}} x", "'answers':{'a':1}}{}", "'answers':{'a':tru}}", "'answers':{'a':nul}}", "'answers':{a:1}}",
        // repeated keys at every level
        "'id':'r-2'}", "'answers':{'a':1,'a':2}}", "'answers':{'a':{'b':1,'b':1}}}", "'x':1,'x':2}", "'x':{'k':1,'k':2}}",
        "'x':[{'k':1,'k':2}]}", "'answers':{'\\u0061':1,'a':2}}", "'respondent':{'n':1,'n':1}}",
        "'x':{'\\u0061':1,'a':2}}", "'x':{'a':{'k':1},'b':{'k':2,'k':3}}}", "'x':{'k0':0,'k1':1,'k2':2,'k3':3,'k4':4,'k5':5,'k6':6,'k7':7,'k8':8,'k9':9,'k10':10,'k11':11,'k12':12,'k13':13,'k14':14,'k15':15,'k16':16,'k17':17,'k18':18,'k19':19,'k0':0}}", "'x':{'k0':0,'k1':1,'k2':2,'k3':3,'k4':4,'k5':5,'k6':6,'k7':7,'k8':8,'k9':9,'k10':10,'k11':11,'k12':12,'k13':13,'k14':14,'k15':15,'k16':16,'k17':17,'k18':18,'k19':19,'k19':0}}", "'x':{'k0':0,'k1':1,'k2':2,'k3':3,'k4':4,'k5':5,'k6':6,'k7':7,'k8':8,'k9':9,'k10':10,'k11':11,'k12':12,'k13':13,'k14':14,'k15':15,'k16':16,'k17':17,'k18':18,'k19':19,'k0':0,'k16':1}}",
        // depth beyond the scanner's bound (Jackson's limit decides)
        "'answers':{'deep':[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}",
        // a known field of another type: the Jackson path words the type problem
        "'anonymous':'yes'}", "'answers':[]}", "'respondent':1}", "'anonymous':null}",
    })
    void leavesEveryDoubtfulLineToTheJacksonPath(String tail) {
        byte[] line = line(HEAD + tail);
        assertThat(scanner.scan(line, 0, line.length)).as(new String(line, StandardCharsets.UTF_8)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "'x'", "1", "<efbbbf>{'id':'x'}", "{'id':1}", "{'client':[]}", "{'client':{'kind':1}}",
        "{'client':{'kind':'EXTERNAL','kind':'EXTERNAL'}}", "{'id':'x'", "",
        "{'client':{'kind':'EXTERNAL','z':'<c1bf>'}}", "{'client':{'z':'\\q'}}",
        // unknown keys repeated: in the client object, at the top level before and after 16 unknown keys
        "{'client':{'z':1,'kind':'EXTERNAL','z':2}}", "{'u0':1,'id':'x','u0':2}", "{'u0':0,'u1':1,'u2':2,'u3':3,'u4':4,'u5':5,'u6':6,'u7':7,'u8':8,'u9':9,'u10':10,'u11':11,'u12':12,'u13':13,'u14':14,'u15':15,'u16':16,'u17':17,'u18':18,'u19':19,'u3':0}", "{'u0':0,'u1':1,'u2':2,'u3':3,'u4':4,'u5':5,'u6':6,'u7':7,'u8':8,'u9':9,'u10':10,'u11':11,'u12':12,'u13':13,'u14':14,'u15':15,'u16':16,'u17':17,'u18':18,'u19':19,'u19':0}"})
    void leavesOtherShapesToTheJacksonPath(String text) {
        byte[] line = line(text);
        assertThat(scanner.scan(line, 0, line.length)).isNull();
    }

    @org.junit.jupiter.api.Test
    void aNameWithAnInvalidByteIsMalformedWhateverTheNamesReadBefore() {
        // Jackson's name table matches "\xffd" to an earlier "d" (names padded with 0xFF) unless names are decoded
        byte[] earlier = line(HEAD + "'d':1}");
        byte[] bad = line(HEAD + "'<ff>d':1}");
        assertThat(jackson.parse(earlier, 0, earlier.length).problem).isNull();
        ResponseFields parsed = jackson.parse(bad, 0, bad.length);
        assertThat(parsed.problem).isNotNull();
        assertThat(parsed.problem.message()).startsWith("malformed JSON: Invalid UTF-8");
        assertThat(scanner.scan(bad, 0, bad.length)).isNull();
    }

    @org.junit.jupiter.api.Test
    void acceptsExactlyTheWellFormedUtf8OfTheJdksStrictDecoder() {
        // every byte from 0x80 as a lead, with every second byte, and for a lead of a three- or four-byte
        // sequence its last bytes continuation bytes or not: in a decoded answer, in a skipped field and
        // in a key, the scanner decides exactly the lines the JDK's strict decoder reads
        int[] laterBytes = {0x80, 0xBF, 0x7F, 0xC0};
        int checked = 0;
        for (int lead = 0x80; lead <= 0xFF; lead++) {
            int length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            for (int second = 0x20; second <= 0xFF; second++) {
                for (int later : laterBytes) {
                    if (second == '"' || second == '\\' || (length == 2 && later != 0x80)) {
                        continue; // a quote or backslash is JSON, not UTF-8; a two-byte sequence has no later bytes
                    }
                    byte[] text = new byte[length];
                    text[0] = (byte) lead;
                    text[1] = (byte) second;
                    for (int k = 2; k < length; k++) {
                        text[k] = (byte) later;
                    }
                    boolean valid = strictUtf8(text);
                    String shown = HexFormat.of().formatHex(text);
                    byte[] answer = line(HEAD + "'answers':{'t':'<" + shown + ">'}}");
                    ResponseFields scanned = scanner.scan(answer, 0, answer.length);
                    assertThat(scanned != null).as("answer %s", shown).isEqualTo(valid);
                    if (valid) {
                        ResponseFields parsed = jackson.parse(answer, 0, answer.length);
                        assertThat(scanned.problem).as("answer %s", shown).isEqualTo(parsed.problem).isNull();
                        assertThat(scanned.build()).as("answer %s", shown).isEqualTo(parsed.build());
                    }
                    byte[] skipped = line(HEAD + "'x':'<" + shown + ">'}");
                    assertThat(scanner.scan(skipped, 0, skipped.length) != null).as("skipped %s", shown).isEqualTo(valid);
                    assertThat(scanner.cursor().wellFormed(skipped, 0, skipped.length)).as("well formed %s", shown).isEqualTo(valid);
                    byte[] key = line(HEAD + "'answers':{'<" + shown + ">':1}}");
                    assertThat(scanner.scan(key, 0, key.length) != null).as("key %s", shown).isEqualTo(valid);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(96 * 222 + 32 * 222 * 4); // 222 second bytes: 0x20–0xFF without the quote and backslash
    }

    private static boolean strictUtf8(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return s.chars().allMatch(c -> c >= 0x20); // a decoded control character is refused by JSON, not by UTF-8
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** {@code '} → {@code "}, {@code <hex>} → raw bytes. */
    private static byte[] line(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == '<') {
                int close = text.indexOf('>', i);
                out.writeBytes(HexFormat.of().parseHex(text.substring(i + 1, close)));
                i = close + 1;
            } else {
                int cp = text.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp == '\'' ? '"' : cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return out.toByteArray();
    }
}
