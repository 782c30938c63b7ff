package ru.rodnik.linkage.internal;

/** A registry person found by blocking, under the id the caller knows it by. */
record Candidate<I>(I id, LinkageRecord record) {}
