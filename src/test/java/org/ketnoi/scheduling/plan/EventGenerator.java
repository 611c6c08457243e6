package org.ketnoi.scheduling.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Large realistic events, the same for the same size and seed. At 30,000 requested meetings: 3,000
 * participants (Vietnamese sellers and Chinese buyers, half each), 16 slots of 20 minutes in two
 * sessions, three connection points (Hà Nội 200 tables, Quảng Châu 150, Côn Minh 100), 300 online rooms
 * per slot and 40 interpreters; smaller sizes scale participants and resources down in proportion.
 * Popularity is skewed (a few buyers are asked by hundreds of sellers); a fifth of the participants
 * attend only one session or miss a few slots; interpreters have a language pair, a place and, for
 * half of them, one session only; 2 % of the meetings are pinned by the organisers.
 */
public final class EventGenerator {

    static final Instant MORNING = Instant.parse("2026-12-01T02:00:00Z");
    static final Instant AFTERNOON = Instant.parse("2026-12-01T06:30:00Z");
    static final int SLOTS_PER_SESSION = 8;
    private static final int[] TABLES = {200, 150, 100};
    private static final String[][] PAIRS = {{"vi", "zh"}, {"vi", "en"}, {"zh", "en"}};

    private final Random random;
    private final double scale;

    private EventGenerator(long seed, int meetings) {
        this.random = new Random(seed);
        this.scale = meetings / 30_000.0;
    }

    /** An event with {@code meetings} requested meetings and {@code meetings / 10} participants (at least 60). */
    public static PlanProblem generate(int meetings, long seed) {
        return new EventGenerator(seed, meetings).event(meetings);
    }

    private record Person(boolean seller, int point, boolean online, Set<String> languages) {}

    private PlanProblem event(int meetingCount) {
        List<PlanSlot> slots = slots();
        int participantCount = Math.max(60, meetingCount / 10);
        List<Person> people = new ArrayList<>();
        List<PlanParticipant> participants = new ArrayList<>();
        for (int p = 0; p < participantCount; p++) {
            boolean seller = p % 2 == 0;
            people.add(person(seller));
            participants.add(new PlanParticipant(1000 + p, availability(), 8 + random.nextInt(7)));
        }
        List<PlanPool> pools = new ArrayList<>();
        for (int k = 0; k < TABLES.length; k++) {
            int[] capacity = new int[slots.size()];
            java.util.Arrays.fill(capacity, Math.max(2, (int) Math.round(TABLES[k] * scale)));
            pools.add(new PlanPool(k + 1, capacity));
        }
        List<PlanInterpreter> interpreters = new ArrayList<>();
        List<String[]> pairs = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        int interpreterCount = Math.max(4, (int) Math.round(40 * scale));
        for (int i = 0; i < interpreterCount; i++) {
            pairs.add(PAIRS[i % 10 < 7 ? 0 : i % 10 < 9 ? 1 : 2]);
            places.add(random.nextInt(TABLES.length));
            interpreters.add(new PlanInterpreter(500 + i, interpreterAvailability()));
        }
        List<PlanMeeting> meetings = meetings(meetingCount, people, participants, pairs, places, slots.size());
        return new PlanProblem(
                slots, participants, meetings, pools, interpreters, Math.max(3, (int) Math.round(300 * scale)));
    }

    private static List<PlanSlot> slots() {
        List<PlanSlot> slots = new ArrayList<>();
        for (int session = 0; session < 2; session++) {
            Instant start = session == 0 ? MORNING : AFTERNOON;
            for (int s = 0; s < SLOTS_PER_SESSION; s++) {
                slots.add(new PlanSlot(start.plusSeconds(1200L * s), start.plusSeconds(1200L * (s + 1)), session));
            }
        }
        return slots;
    }

    private Person person(boolean seller) {
        Set<String> languages = new HashSet<>();
        languages.add(seller ? "vi" : "zh");
        if (random.nextDouble() < (seller ? 0.45 : 0.25)) {
            languages.add(seller ? "zh" : "vi");
        }
        if (random.nextDouble() < (seller ? 0.4 : 0.35)) {
            languages.add("en");
        }
        double where = random.nextDouble();
        int point = seller ? (where < 0.6 ? 0 : where < 0.8 ? 1 : 2) : (where < 0.4 ? 0 : where < 0.75 ? 1 : 2);
        return new Person(seller, point, random.nextDouble() < 0.25, languages);
    }

    private BitSet availability() {
        BitSet available = new BitSet();
        available.set(0, 2 * SLOTS_PER_SESSION);
        double kind = random.nextDouble();
        if (kind < 0.1) {
            int session = random.nextInt(2);
            available.clear(session * SLOTS_PER_SESSION, (session + 1) * SLOTS_PER_SESSION);
        } else if (kind < 0.2) {
            for (int missing = 2 + random.nextInt(3); missing > 0; missing--) {
                available.clear(random.nextInt(2 * SLOTS_PER_SESSION));
            }
        }
        return available;
    }

    private BitSet interpreterAvailability() {
        BitSet available = new BitSet();
        if (random.nextBoolean()) {
            available.set(0, 2 * SLOTS_PER_SESSION);
        } else {
            int session = random.nextInt(2);
            available.set(session * SLOTS_PER_SESSION, (session + 1) * SLOTS_PER_SESSION);
        }
        return available;
    }

    private List<PlanMeeting> meetings(
            int count,
            List<Person> people,
            List<PlanParticipant> participants,
            List<String[]> pairs,
            List<Integer> places,
            int slotCount) {
        List<PlanMeeting> meetings = new ArrayList<>();
        Set<Long> requested = new HashSet<>();
        int half = people.size() / 2;
        double[] sellers = cumulative(half, 0.5);
        double[] buyers = cumulative(half, 0.8);
        while (meetings.size() < count) {
            int seller = 2 * skewed(sellers);
            int buyer = 2 * skewed(buyers) + 1;
            if (!requested.add((long) seller * people.size() + buyer)) {
                continue;
            }
            Person a = people.get(seller);
            Person b = people.get(buyer);
            boolean online = a.online || b.online || a.point != b.point;
            int pool = online ? PlanMeeting.ONLINE : a.point;
            boolean common = a.languages.stream().anyMatch(b.languages::contains);
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; !common && i < pairs.size(); i++) {
                boolean covers = (a.languages.contains(pairs.get(i)[0]) && b.languages.contains(pairs.get(i)[1]))
                        || (a.languages.contains(pairs.get(i)[1]) && b.languages.contains(pairs.get(i)[0]));
                if (covers && (online || places.get(i) == pool)) {
                    candidates.add(i);
                }
            }
            int weight = 1 + random.nextInt(5) + (random.nextDouble() < 0.05 ? 5 : 0);
            int pinned = PlanMeeting.NONE;
            if (random.nextDouble() < 0.02) {
                BitSet both = participants.get(seller).available();
                both.and(participants.get(buyer).available());
                int s = random.nextInt(slotCount);
                pinned = both.get(s) ? s : PlanMeeting.NONE;
            }
            meetings.add(new PlanMeeting(
                    meetings.size() + 1L, seller, buyer, weight, pool, !common, candidates, pinned, PlanMeeting.NONE));
        }
        return meetings;
    }

    /** Half of the time any of [0, n), otherwise rank r with probability proportional to 1 / (r + 1)^exponent. */
    private int skewed(double[] cumulative) {
        int n = cumulative.length;
        if (random.nextBoolean()) {
            return random.nextInt(n);
        }
        double x = random.nextDouble() * cumulative[n - 1];
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] cumulative(int n, double exponent) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1 / Math.pow(r + 1, exponent);
            cumulative[r] = sum;
        }
        return cumulative;
    }
}
