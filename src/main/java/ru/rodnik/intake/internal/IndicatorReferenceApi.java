package ru.rodnik.intake.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reference data", description = "Справочники: территории, организации, признаки неблагополучия")
class IndicatorReferenceApi {

    private final IndicatorCatalogue catalogue;

    IndicatorReferenceApi(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    record IndicatorItem(
            String code,
            IndicatorGroup group,
            String labelRu,
            String labelEn,
            int weight,
            boolean immediate,
            int version) {}

    @GetMapping("/api/v1/reference/indicators")
    @Operation(summary = "Indicators of family distress that a signal may name, with the catalogue version")
    List<IndicatorItem> indicators() {
        return catalogue.all().stream()
                .map(i -> new IndicatorItem(
                        i.code(), i.group(), i.labelRu(), i.labelEn(), i.weight(), i.immediate(), catalogue.version()))
                .toList();
    }
}
