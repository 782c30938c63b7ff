package ru.rodnik.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class SystemActorTest {

    private final SystemActor system = new SystemActor();
    private final CurrentActor current = new CurrentActor();

    private final ApiClientPrincipal school = new ApiClientPrincipal(
            UUID.randomUUID(), "school system", UUID.randomUUID(), "SCHOOL", "50401000", "50000000");

    @AfterEach
    void forgetTheCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void workRunsAsTheGivenClientAndTheCallerIsBackAfterwards() {
        var caller = new TestingAuthenticationToken("caller", "", "ROLE_SCREENER");
        SecurityContextHolder.getContext().setAuthentication(caller);
        AtomicReference<Actor> during = new AtomicReference<>();

        system.runAs(school.authentication(), () -> during.set(current.get()));

        assertThat(during.get().kind()).isEqualTo(Actor.Kind.API_CLIENT);
        assertThat(during.get().organisationId()).isEqualTo(school.organisationId());
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(caller);
    }

    @Test
    void theCallerIsBackAlsoWhenTheWorkFails() {
        var caller = new TestingAuthenticationToken("caller", "", "ROLE_SCREENER");
        SecurityContextHolder.getContext().setAuthentication(caller);

        assertThatThrownBy(() -> system.runAs(school.authentication(), () -> {
                    throw new IllegalStateException("failed");
                }))
                .hasMessage("failed");

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(caller);
    }

    @Test
    void runWorksAsTheSystem() {
        AtomicReference<Actor> during = new AtomicReference<>();

        system.run(() -> during.set(current.get()));

        assertThat(during.get()).isEqualTo(Actor.system());
        assertThat(current.get().kind()).isEqualTo(Actor.Kind.ANONYMOUS);
    }

    @Test
    void anApiClientSignsInWithItsOrganisationsKind() {
        assertThat(school.authentication().getAuthorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder(ApiClientPrincipal.AUTHORITY, "ORG_SCHOOL");
        assertThat(school.authentication().getPrincipal()).isSameAs(school);
    }
}
