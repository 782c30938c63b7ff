package ru.rodnik.benchmark;

/**
 * Sizes, seeds and threads of one run. Each can be changed with the system property of its name, e.g.
 * {@code -Dbenchmark.families=30000}, so that a smaller run needs no change to the code.
 *
 * @param seed the generated region's seed; no test uses it, so nothing was tuned on it
 * @param outsiderSeed the seed of a second region whose people are reported but never registered
 * @param families families to register; about 3.4 persons each, so 295,000 make a million persons
 * @param reports reports about registered persons to link
 * @param outsiderReports reports about people of the second region, one per person
 * @param warmUpReports reports linked through the batch path before its clock starts
 * @param singleReports of all the reports, how many (the last ones) are linked one report per call instead of in
 *     batches, to time that path too
 * @param singleWarmUpReports of those, how many are linked before the per-report clock starts
 * @param batchReports reports per call (and transaction) of the batch path
 * @param linkThreads threads that link at once
 * @param loadThreads threads that feed the bulk registration at once
 * @param sliceFamilies families per bulk-registration call (one transaction each)
 * @param searches person searches timed
 * @param searchWarmUp person searches made before timing
 * @param snapshot a directory that keeps the loaded database between runs while working on linkage (empty: none); a
 *     run that finds a snapshot of the same seed and size starts from it instead of loading, and then reports no
 *     load speed
 */
record BenchmarkSettings(
        long seed,
        long outsiderSeed,
        int families,
        int reports,
        int outsiderReports,
        int warmUpReports,
        int singleReports,
        int singleWarmUpReports,
        int batchReports,
        int linkThreads,
        int loadThreads,
        int sliceFamilies,
        int searches,
        int searchWarmUp,
        String snapshot) {

    static BenchmarkSettings fromSystemProperties() {
        return new BenchmarkSettings(
                Long.getLong("benchmark.seed", 424_242L),
                Long.getLong("benchmark.outsiderSeed", 424_243L),
                Integer.getInteger("benchmark.families", 295_000),
                Integer.getInteger("benchmark.reports", 30_000),
                Integer.getInteger("benchmark.outsiderReports", 3_000),
                Integer.getInteger("benchmark.warmUpReports", 2_000),
                Integer.getInteger("benchmark.singleReports", 3_000),
                Integer.getInteger("benchmark.singleWarmUpReports", 1_000),
                Integer.getInteger("benchmark.batchReports", 500),
                Integer.getInteger("benchmark.linkThreads", 2),
                Integer.getInteger("benchmark.loadThreads", 2),
                Integer.getInteger("benchmark.sliceFamilies", 3_000),
                Integer.getInteger("benchmark.searches", 1_000),
                Integer.getInteger("benchmark.searchWarmUp", 200),
                System.getProperty("benchmark.snapshot", ""));
    }
}
