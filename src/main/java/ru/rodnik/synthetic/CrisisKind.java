package ru.rodnik.synthetic;

/**
 * What a simulated family's trouble is about. The kind decides which agencies see it best and which indicators they
 * report; for a crisis it also names the acute event that ends the observation (the ground truth's crisis date).
 */
public enum CrisisKind {
    /**
     * Neglect, usually with a parent's drinking: schools, kindergartens, the clinic and neighbours see it first. Acute
     * event: a child removed from the family or hospitalised for neglect.
     */
    NEGLECT,
    /**
     * Violence at home: the police and neighbours hear it, a school sees fear and injuries. Acute event: a child
     * injured, a police intervention.
     */
    VIOLENCE,
    /**
     * A household's money and housing collapse: social protection sees arrears and stopped benefits first. Acute
     * event: eviction with children, children placed in a shelter on the parents' application.
     */
    POVERTY,
    /**
     * An adolescent's crisis (runaway, offences, drugs, self-harm): the school and the police see it. Only in families
     * with a child of 12 or older. Acute event: a runaway searched for by the police, a suicide attempt, a case before
     * the commission on minors.
     */
    ADOLESCENT
}
