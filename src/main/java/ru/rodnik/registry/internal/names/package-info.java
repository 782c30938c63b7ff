/**
 * Russian name normalisation: spelling, transliteration, given-name variants, surname and phonetic keys. Everything
 * but {@link ru.rodnik.registry.internal.names.RussianNameNormaliser} is package-private.
 */
@NullMarked
package ru.rodnik.registry.internal.names;

import org.jspecify.annotations.NullMarked;
