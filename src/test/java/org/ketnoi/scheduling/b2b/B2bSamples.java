package org.ketnoi.scheduling.b2b;

/** Small instances in the benchmark's format, written for the tests. */
final class B2bSamples {

    private B2bSamples() {}

    /**
     * Four participants, four meetings, 4 slots (2 morning), 2 tables. Meeting 2 is morning only,
     * meeting 3 afternoon only, meeting 4 fixed to slot 4 and after meeting 1; participant 3 cannot
     * meet in slot 2.
     */
    static final String SMALL = """
            % a comment
            nBusiness = 4;
            nMeetings = 4;
            nTables = 2;
            nTotalSlots = 4;
            nMorningSlots = 2;
            requested = [| 1, 2, 3
                         | 1, 3, 1
                         | 2, 4, 2
                         | 3, 4, 3 |];
            meetingsxBusiness = [{1,2,3}, {1,2,4}, {1,3,5}, {1,4,5}];
            nMeetingsBusiness = [2, 2, 2, 2];
            forbidden = [{0}, {0}, {0, 2}, {0}];
            fixed = [0, 0, 0, 4];
            precedences = [{}, {}, {}, {1}];
            """;

    /** Three meetings of participant 1, only one slot: infeasible. */
    static final String INFEASIBLE = """
            nBusiness = 4;
            nMeetings = 3;
            nTables = 3;
            nTotalSlots = 2;
            nMorningSlots = 2;
            requested = [| 1, 2, 3 | 1, 3, 3 | 1, 4, 3 |];
            forbidden = [{0}, {0}, {0}, {0}];
            fixed = [0, 0, 0];
            precedences = [{}, {}, {}];
            """;
}
