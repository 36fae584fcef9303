package dev.needle.traffic.internal.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The login-path pattern as DuckDB's regular expressions (RE2) apply it. */
class LoginPathsTest {

    private static Connection duckdb;

    @BeforeAll
    static void open() throws SQLException {
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
    }

    @AfterAll
    static void close() throws SQLException {
        duckdb.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/join_form", "/login_form", "/wp-login.php", "/xmlrpc.php",
        "/acl_users/credentials_cookie_auth/require_login", "/user/login", "/Login/",
        "/SIGN-IN", "/password/reset", "/admin", "/auth", "/users/sign_up",
        "/j_security_check", "http://howto.basjes.nl/login_form", "/api/login.json"})
    void regex_loginLikePath_matches(String path) throws SQLException {
        assertThat(matches(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/author/nielsbasjes", "/admin/users/42/edit", "/wp-admin/",
        "/blog/login-tips.html", "/loginx", "/catalog", "/wp-login.php.bak.old",
        "/index.php", "/register/thanks"})
    void regex_otherPath_doesNotMatch(String path) throws SQLException {
        assertThat(matches(path)).isFalse();
    }

    private static boolean matches(String path) throws SQLException {
        try (PreparedStatement ps = duckdb.prepareStatement("SELECT regexp_matches(?, ?, 'i')")) {
            ps.setString(1, path);
            ps.setString(2, LoginPaths.REGEX);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
