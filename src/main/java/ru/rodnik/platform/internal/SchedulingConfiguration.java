package ru.rodnik.platform.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Periodic jobs (escalation of overdue work, recomputation of scores). Each job is written to be safe when every node
 * of a cluster runs it: it claims its rows with conditional updates, so no node repeats another's work.
 */
@Configuration
@EnableScheduling
class SchedulingConfiguration {}
