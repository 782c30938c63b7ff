package ru.rodnik.linkage.internal;

/** How two birth certificates (series and number) compare. */
enum BirthCertificateLevel implements FeatureLevel {
    EQUAL,
    /** Same length, one character different: a typo. */
    ONE_CHARACTER,
    /** Another certificate: another child, or a certificate issued again after a change of name or paternity. */
    DIFFERENT,
    MISSING;

    @Override
    public Feature feature() {
        return Feature.BIRTH_CERTIFICATE;
    }

    @Override
    public boolean carriesEvidence() {
        return this != MISSING;
    }
}
