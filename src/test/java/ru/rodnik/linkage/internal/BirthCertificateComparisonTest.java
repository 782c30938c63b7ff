package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BirthCertificateComparisonTest {

    private final BirthCertificateComparison certificates = new BirthCertificateComparison();

    @Test
    void theSameCertificateIsEqual() {
        assertThat(certificates.compare("iiет123456", "iiет123456")).isEqualTo(BirthCertificateLevel.EQUAL);
    }

    @Test
    void oneWrongCharacterIsOneCharacter() {
        assertThat(certificates.compare("iiет123456", "iiет123457")).isEqualTo(BirthCertificateLevel.ONE_CHARACTER);
    }

    @Test
    void aDroppedCharacterIsDifferent() {
        assertThat(certificates.compare("iiет123456", "iiет12345")).isEqualTo(BirthCertificateLevel.DIFFERENT);
    }

    @Test
    void anotherCertificateIsDifferent() {
        assertThat(certificates.compare("iiет123456", "iiет654321")).isEqualTo(BirthCertificateLevel.DIFFERENT);
    }

    @Test
    void aMissingCertificateIsMissing() {
        assertThat(certificates.compare(null, "iiет123456")).isEqualTo(BirthCertificateLevel.MISSING);
    }
}
