package ru.rodnik.platform.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String TOKEN = "organisationToken";

    @Bean
    OpenAPI rodnikOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Rodnik API")
                        .version("v1")
                        .description("API «Родника» для информационных систем ведомств. Каждый запрос несёт токен"
                                + " организации: Authorization: Bearer <токен>. Ошибки — application/problem+json"
                                + " (RFC 9457) со списком errors по полям."))
                .components(new Components()
                        .addSecuritySchemes(
                                TOKEN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Токен организации, выданный администратором")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }
}
