package ru.rodnik.platform.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A login or logout form left open past the session timeout carries a CSRF token that no longer exists. That is a
 * stale page, not an attack on anything: send the user back to the login form with a note instead of a 403 page.
 */
class ExpiredFormHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (denied instanceof CsrfException && (path.equals("/login") || path.equals("/logout"))) {
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        forbidden.handle(request, response, denied);
    }
}
