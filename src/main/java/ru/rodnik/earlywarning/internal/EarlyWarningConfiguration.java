package ru.rodnik.earlywarning.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The daily recomputation and the resubmission of failed signal deliveries are scheduled tasks; Spring Modulith's
 * staleness monitor is one too.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EarlyWarningConfiguration {}
