package io.github.otklik.jdbc;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The main class of a separate JVM that the fault tests start: opens a store, optionally waits for
 * a line on stdin, imports one file and reports on stdout, one line per event: {@code open},
 * {@code batch N} (written, about to commit), {@code holding N} (when told to stop in batch N with
 * its rows written and its transaction open), {@code reject …}, {@code result stored …} and
 * {@code error …}. Exit code 0 when the import completed, 3 when it failed.
 *
 * <p>Arguments: {@code URL KIND FILE BATCH_SIZE [wait] [hold=N]}; {@code hold=0} stays after the import,
 * with the store open, until killed.
 */
final class ImportChild {
    private ImportChild() {
    }

    public static void main(String[] args) throws java.io.IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String url = args[0];
        RecordKind<?> kind = RecordKind.values().stream().filter(k -> k.name().equals(args[1])).findFirst().orElseThrow();
        Path file = Path.of(args[2]);
        int batchSize = Integer.parseInt(args[3]);
        boolean wait = false;
        int hold = -1;
        for (int i = 4; i < args.length; i++) {
            if (args[i].equals("wait")) {
                wait = true;
            } else if (args[i].startsWith("hold=")) {
                hold = Integer.parseInt(args[i].substring(5));
            }
        }
        int holdAt = hold;
        try (FeedbackStore store = FeedbackStore.builder(url).batchSize(batchSize).open()) {
            out.println("open");
            if (wait) {
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            }
            store.batchHook = (c, table, batch, size) -> {
                out.println("batch " + batch);
                if (batch == holdAt) {
                    out.println("holding " + batch);
                    try {
                        Thread.sleep(600_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
            ImportResult result = store.importFile(kind, file, reject -> out.println("reject " + reject));
            out.println("result " + result);
            if (holdAt == 0) { // hold=0: stay, with the store open, until killed
                out.println("holding 0");
                Thread.sleep(600_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            out.println("error " + e.getMessage());
            e.printStackTrace();
            System.exit(3);
        }
        System.exit(0);
    }
}
