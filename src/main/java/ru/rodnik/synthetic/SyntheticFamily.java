package ru.rodnik.synthetic;

import java.util.List;
import java.util.UUID;

/** A household with at least one child under 18, living at one address of the demo region. */
public record SyntheticFamily(UUID familyId, List<Member> members, String territoryCode, String addressText) {

    public SyntheticFamily {
        members = List.copyOf(members);
    }

    public enum Role {
        CHILD,
        MOTHER,
        FATHER,
        LEGAL_REP,
        OTHER_ADULT
    }

    public record Member(SyntheticPerson person, Role role) {}

    public List<SyntheticPerson> persons() {
        return members.stream().map(Member::person).toList();
    }

    public List<SyntheticPerson> withRole(Role role) {
        return members.stream()
                .filter(member -> member.role() == role)
                .map(Member::person)
                .toList();
    }
}
