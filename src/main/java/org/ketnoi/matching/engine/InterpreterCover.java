package org.ketnoi.matching.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.ketnoi.event.LanguagePair;
import org.ketnoi.i18n.Language;

/**
 * The language pairs an event's interpreters cover: at each in-person connection point (by id), and
 * remotely. Two parties who both come in person to one point meet at a table there, so an interpreter
 * at that point can help; any other pair meets online, where a remote interpreter can.
 */
public record InterpreterCover(Map<Long, Set<LanguagePair>> atPoint, Set<LanguagePair> remote) {

    public static final InterpreterCover NONE = new InterpreterCover(Map.of(), Set.of());

    public InterpreterCover {
        Map<Long, Set<LanguagePair>> copy = new HashMap<>();
        atPoint.forEach((point, pairs) -> copy.put(point, Set.copyOf(pairs)));
        atPoint = Map.copyOf(copy);
        remote = Set.copyOf(remote);
    }

    /** Whether an interpreter between the two languages could serve a meeting of the two parties. */
    public boolean covers(MatchParty a, MatchParty b, Language first, Language second) {
        if (first == second) {
            return false;
        }
        LanguagePair pair = LanguagePair.of(first, second);
        boolean atTable = !a.online() && !b.online() && a.connectionPoint() == b.connectionPoint();
        return atTable ? atPoint.getOrDefault(a.connectionPoint(), Set.of()).contains(pair) : remote.contains(pair);
    }
}
