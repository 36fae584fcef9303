package dev.needle.core.filter;

import dev.needle.core.net.IpAddress;
import java.util.List;

/** Rows with the values filters trip over: quotes, LIKE wildcards, NULLs, sign-bit addresses. */
final class RequestRows {

    static final List<RequestRow> ALL = List.of(
            row(1, "10.1.2.3", "/login", 200L, "curl/8.0", "US", 15169L),
            row(2, "10.255.255.255", "/admin/panel", 403L, "Mozilla/5.0 (X11)", "DE", null),
            row(3, "11.0.0.1", "/wp-login.php", 404L, "python-requests/2.31", null, 16509L),
            row(4, "2001:db8::1", "/100%_done", 401L, "say \"hi\"", "FR", 3320L),
            row(5, "2001:db9::1", "/100xxdone", 500L, "'; drop table x; --", "US", null),
            row(6, "192.168.0.1", "/a_b", 200L, "back\\slash", "US", 15169L),
            row(7, null, "/a*b", null, null, null, null),
            row(8, "8000::1", "/AdMin", 302L, "", "GB", 1L),
            row(9, "7fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "/admin", 301L, "bot", "GB", 2L));

    private RequestRows() {
    }

    private static RequestRow row(int id, String ip, String path, Long status, String ua,
            String country, Long asn) {
        return new RequestRow(id, ip == null ? null : IpAddress.parse(ip), path, status, ua,
                country, asn);
    }
}
