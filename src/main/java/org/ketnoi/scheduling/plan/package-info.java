/**
 * The planning model of an event's schedule, apart from stored records: slots, participants with
 * their available slots and caps, requested meetings with weights, table pools per connection point,
 * interpreters, pins and the previously published placements. A {@link
 * org.ketnoi.scheduling.plan.EventPlanner} places as much weight as it can, then keeps idle gaps few
 * and meetings evenly spread, and reports an upper bound on the weight and a reason for each meeting
 * it could not place. Pure Java: no Spring, no database.
 */
@NullMarked
package org.ketnoi.scheduling.plan;

import org.jspecify.annotations.NullMarked;
