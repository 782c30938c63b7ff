package ru.rodnik.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends the login form back with the reason. The failure event that counts wrong passwords has already run when
 * this handler is called, so the attempt that locks an account already says "locked".
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final UserDetailsService users;

    LoginFailureHandler(UserDetailsService users) {
        this.users = users;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = "error";
        if (exception instanceof LockedException || lockedNow(request.getParameter("username"))) {
            reason = "locked";
        } else if (exception instanceof DisabledException) {
            reason = "disabled";
        }
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }

    private boolean lockedNow(String username) {
        if (username == null || username.isBlank()) {
            return false;
        }
        try {
            return !users.loadUserByUsername(username).isAccountNonLocked();
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }
}
