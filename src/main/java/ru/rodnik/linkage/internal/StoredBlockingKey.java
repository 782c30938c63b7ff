package ru.rodnik.linkage.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A blocking key as {@code linkage_block_key} stores it: the first 64 bits of the MD5 of {@code region:key}. The
 * key's text (some 40 bytes of Cyrillic and digits, beside the region) made the table's primary key about two and a
 * half times as large, and each new person's sixteen keys land all over it, so after every checkpoint nearly each
 * of them wrote a whole index page to the WAL. Two keys that share their 64 bits only make a person a candidate for
 * a subject it has nothing in common with, and the comparison that follows turns it away. MD5 and not a faster
 * hash so that SQL computes the same value: {@code ('x' || left(md5(region || ':' || key), 16))::bit(64)::bigint}
 * (V16 converted the stored keys so; a later migration that adds a kind of key builds its text from
 * {@code linkage_person}'s columns, as {@link BlockingKeys} does, and stores it so).
 */
final class StoredBlockingKey {

    private StoredBlockingKey() {}

    static long of(String region, String key) {
        byte[] digest = md5().digest((region + ":" + key).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest).getLong();
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
