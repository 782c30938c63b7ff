package ru.rodnik.intake.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a signal body over the limit with 413. Neither Tomcat nor Spring limit a JSON body (Tomcat's
 * {@code maxPostSize} counts form posts only), so without this a client could make a node parse megabytes. The
 * status is sent with {@code sendError}, so the platform's error controller answers problem+json for the API path.
 * A body without {@code Content-Length} (chunked) is read up to the limit and replayed to the controller. Runs after
 * Spring Security, so that an unauthenticated client learns 401 first.
 *
 * <p>The rest of a refused body is read and discarded (up to {@link #DRAINED}) before answering: Tomcat swallows at
 * most 2 MB of an unread body and then closes the connection before the end of the chunked error answer, so the
 * client saw a broken response instead of 413. Beyond {@link #DRAINED} the connection is closed after the answer.
 */
@Component
class SignalBodyLimit extends OncePerRequestFilter {

    static final String PATH = "/api/v1/signals";

    /** How much of a refused body is read away so that the 413 reaches the client intact. */
    static final long DRAINED = 16L * 1024 * 1024;

    private final int limit;

    SignalBodyLimit(@Value("${rodnik.intake.max-signal-size:256KB}") DataSize limit) {
        this.limit = Math.toIntExact(limit.toBytes());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && PATH.equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            refuse(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        InputStream in = request.getInputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while (read < DRAINED && (n = in.read(buffer)) != -1) {
            read += n;
        }
        if (read >= DRAINED) {
            response.setHeader("Connection", "close");
        }
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }

    /** The request with its body already read, so that the message converter reads it again from memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
