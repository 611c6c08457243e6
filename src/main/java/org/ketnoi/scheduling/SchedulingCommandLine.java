package org.ketnoi.scheduling;

import java.io.PrintStream;
import java.util.List;
import org.ketnoi.scheduling.b2b.B2bSolveCommand;

/**
 * The module's command-line tools, run before (and instead of) the web application:
 * {@code java -jar ketnoi.jar b2b-solve ...}. No Spring context is started for them.
 */
public final class SchedulingCommandLine {

    private SchedulingCommandLine() {}

    /** Whether the arguments name one of this module's commands. */
    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals(B2bSolveCommand.NAME);
    }

    /** Runs the command the arguments name; returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return B2bSolveCommand.run(List.of(args), out, err);
    }
}
