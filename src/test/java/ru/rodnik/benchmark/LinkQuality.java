package ru.rodnik.benchmark;

/**
 * Precision, recall and F1 of a set of links.
 *
 * @param links links made
 * @param correctLinks links to the person the report is truly about
 * @param linkable reports whose person is in the registry, the links a perfect engine would make
 */
record LinkQuality(int links, int correctLinks, int linkable) {

    double precision() {
        return links == 0 ? Double.NaN : correctLinks / (double) links;
    }

    double recall() {
        return correctLinks / (double) linkable;
    }

    double f1() {
        double precision = precision();
        double recall = recall();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
