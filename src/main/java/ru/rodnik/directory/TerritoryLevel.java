package ru.rodnik.directory;

public enum TerritoryLevel {
    REGION,
    MUNICIPALITY,
    SETTLEMENT
}
