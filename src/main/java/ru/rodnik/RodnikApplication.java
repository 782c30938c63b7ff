package ru.rodnik;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RodnikApplication {
    public static void main(String[] args) {
        SpringApplication.run(RodnikApplication.class, args);
    }
}
