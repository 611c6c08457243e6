package org.ketnoi.event.web;

import java.util.List;
import org.ketnoi.event.Event;
import org.ketnoi.organization.Agency;

/** An event with its organising agencies, as pages show it. */
public record EventView(Event event, List<Agency> organizers) {}
