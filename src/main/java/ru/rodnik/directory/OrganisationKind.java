package ru.rodnik.directory;

/** Kinds of organisation of the prevention system (субъекты профилактики) that Rodnik works with. */
public enum OrganisationKind {
    FAMILY_CENTRE("family-centre"),
    SCHOOL("school"),
    KINDERGARTEN("kindergarten"),
    CLINIC("clinic"),
    MATERNITY("maternity"),
    POLICE("police"),
    GUARDIANSHIP("guardianship"),
    KDN("kdn"),
    SOCIAL_PROTECTION("social-protection"),
    NGO("ngo"),
    HOTLINE("hotline"),
    MINISTRY("ministry");

    private final String slug;

    OrganisationKind(String slug) {
        this.slug = slug;
    }

    /** The kind as written in URLs and demo token names ({@code demo-token-family-centre}). */
    public String slug() {
        return slug;
    }
}
