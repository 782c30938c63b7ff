package ru.rodnik.intake.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The indicator catalogue in force, read from {@code intake/indicators-v<version>.tsv}. It is reference data that
 * changes by publishing a new version, never by editing one: each signal records the version it was checked against,
 * and the version is written to the database so that signals can refer to its rows.
 */
@Component
class IndicatorCatalogue implements InitializingBean {

    private final int version;
    private final Map<String, Indicator> byCode;
    private final IndicatorRepository repository;
    private final Clock clock;

    IndicatorCatalogue(
            @Value("${rodnik.intake.indicator-catalogue-version:1}") int version,
            IndicatorRepository repository,
            Clock clock) {
        this.version = version;
        this.repository = repository;
        this.clock = clock;
        this.byCode = read("intake/indicators-v" + version + ".tsv");
    }

    @Override
    public void afterPropertiesSet() {
        repository.store(version, List.copyOf(byCode.values()), clock.instant());
    }

    int version() {
        return version;
    }

    Collection<Indicator> all() {
        return byCode.values();
    }

    Optional<Indicator> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    static Map<String, Indicator> read(String path) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 6) {
                    throw new IllegalStateException(path + ": 6 columns expected in " + cells[0]);
                }
                Indicator indicator = new Indicator(
                        cells[0].strip(),
                        IndicatorGroup.valueOf(cells[1].strip()),
                        Integer.parseInt(cells[2].strip()),
                        Boolean.parseBoolean(cells[3].strip()),
                        cells[4].strip(),
                        cells[5].strip());
                if (indicators.put(indicator.code(), indicator) != null) {
                    throw new IllegalStateException(path + ": indicator " + indicator.code() + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the indicator catalogue " + path, e);
        }
        return indicators;
    }

    List<Indicator> immediateAmong(List<String> codes) {
        List<Indicator> immediate = new ArrayList<>();
        for (String code : codes) {
            find(code).filter(Indicator::immediate).ifPresent(immediate::add);
        }
        return immediate;
    }
}
