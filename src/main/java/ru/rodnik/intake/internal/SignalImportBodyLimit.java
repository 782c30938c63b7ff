package ru.rodnik.intake.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an import upload whose declared length is over the import limit with 413, before the multipart body is
 * parsed into temporary files. It runs before Spring Security: reading the CSRF token of the upload page parses the
 * whole multipart body, and a body over Spring's multipart limit would then fail as a missing token (403) instead of
 * as too large. {@link SignalBodyLimit} keeps its own 256 KB limit for single signals; this limit is the import's
 * ({@code rodnik.intake.import.max-file-size}). A body without a length is limited by Spring's multipart settings and
 * by the controllers, which check the file's size again.
 */
@Component
@Order(-200)
class SignalImportBodyLimit extends OncePerRequestFilter {

    /** Room for the multipart boundaries, part headers and the CSRF field around the file. */
    static final long ENVELOPE = 64 * 1024;

    private final long limit;

    SignalImportBodyLimit(SignalImportFile files) {
        this.limit = files.maxSize() + ENVELOPE;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod())
                && (SignalImportApi.PATH.equals(path) || SignalImportPages.PATH.equals(path)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            SignalBodyLimit.refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
