package ru.rodnik.registry;

public enum Sex {
    M,
    F
}
