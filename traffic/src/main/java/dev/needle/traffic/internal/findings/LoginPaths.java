package dev.needle.traffic.internal.findings;

import java.util.List;

/**
 * The paths brute-force detection watches: those whose last segment names a sign-in,
 * registration, admin entry or password-reset form.
 *
 * <p>A path is login-like when its last segment (a trailing slash and a file extension of one to
 * five letters or digits, such as {@code .php}, allowed) is one of {@link #NAMES}, compared
 * without regard to case. Only the last segment counts, so {@code /user/login} and
 * {@code /wp-login.php} match while {@code /admin/users/42/edit} (pages behind a login) and
 * {@code /author/jane} do not. The query string is not looked at: a login selected by a
 * parameter, such as {@code /index.php?action=login}, is not recognised.
 */
final class LoginPaths {

    /** Last-segment names, lower case; {@code password/reset} spans two segments. */
    static final List<String> NAMES = List.of(
            "login", "log-in", "log_in", "logon", "log-on", "signin", "sign-in", "sign_in",
            "login_form", "require_login", "wp-login", "xmlrpc", "j_security_check",
            "auth", "authenticate", "credentials", "admin", "administrator",
            "register", "signup", "sign-up", "sign_up", "join", "join_form",
            "password/reset", "password-reset", "password_reset", "reset-password",
            "reset_password", "forgot-password", "forgot_password", "lostpassword");

    /** The pattern for DuckDB's {@code regexp_matches} with the {@code 'i'} option. */
    static final String REGEX = "(^|/)(" + String.join("|", NAMES) + ")(\\.[a-z0-9]{1,5})?/?$";

    private LoginPaths() {
    }
}
