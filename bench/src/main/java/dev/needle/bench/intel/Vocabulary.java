package dev.needle.bench.intel;

import dev.needle.intel.KillChainStage;
import dev.needle.intel.Tlp;
import java.util.List;

/**
 * The words generated events are made of, with how often each occurs. The mix is made up to
 * look like a commercial feed (much scanning, phishing and C2, few ransomware sightings; the
 * United States most targeted); it is not drawn from any real statistics.
 */
final class Vocabulary {

    static final Weighted<Category> CATEGORIES = Weighted.of(List.of(
            new Category("Scanning", KillChainStage.RECONNAISSANCE),
            new Category("Weaponised document", KillChainStage.WEAPONIZATION),
            new Category("Phishing", KillChainStage.DELIVERY),
            new Category("Malware delivery", KillChainStage.DELIVERY),
            new Category("Brute force", KillChainStage.EXPLOITATION),
            new Category("Exploitation", KillChainStage.EXPLOITATION),
            new Category("Malware", KillChainStage.INSTALLATION),
            new Category("C2 server", KillChainStage.COMMAND_AND_CONTROL),
            new Category("Botnet", KillChainStage.COMMAND_AND_CONTROL),
            new Category("Data exfiltration", KillChainStage.ACTIONS_ON_OBJECTIVES),
            new Category("Ransomware", KillChainStage.ACTIONS_ON_OBJECTIVES)),
            14, 2, 16, 10, 8, 10, 10, 16, 6, 4, 4);

    static final Weighted<String> TARGET_COUNTRIES = Weighted.of(List.of(
            "US", "GB", "DE", "FR", "JP", "KR", "IN", "UA", "IL", "SA", "AU", "CA", "NL", "IT",
            "ES", "BR", "SG", "TW", "PL", "AE"),
            30, 8, 7, 5, 5, 4, 5, 6, 3, 3, 3, 3, 2, 2, 2, 3, 2, 3, 2, 2);

    static final List<String> ATTACKER_COUNTRIES = List.of("CN", "RU", "KP", "IR", "VN", "PK",
            "IN", "TR", "LB", "BY", "NG", "KZ", "BR", "UA");

    static final Weighted<String> INDUSTRIES = Weighted.of(List.of(
            "Finance", "Government", "Healthcare", "Energy", "Telecommunications",
            "Manufacturing", "Education", "Retail", "Technology", "Defense", "Transportation",
            "Media", "Legal", "Hospitality"),
            14, 14, 9, 7, 7, 9, 6, 6, 10, 5, 4, 3, 3, 3);

    static final Weighted<Tlp> TLPS = Weighted.of(List.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER,
            Tlp.AMBER_STRICT, Tlp.RED), 20, 45, 25, 5, 5);

    static final List<String> TAGS = List.of("opportunistic", "targeted", "botnet", "tor-exit",
            "vpn", "bulletproof-hosting", "cve-exploit", "credential-theft", "loader",
            "infostealer");

    static final List<String> WORDS = List.of("secure", "login", "update", "cloud", "mail",
            "account", "verify", "portal", "office", "support", "service", "online", "billing",
            "invoice", "drive", "share", "sync", "cdn", "static", "api", "auth", "wallet",
            "bank", "pay", "shop", "delivery", "track", "docs", "files", "news", "media", "live",
            "app", "data", "web", "host", "net", "micro", "soft", "systems");

    static final List<String> TOP_LEVEL_DOMAINS = List.of("com", "net", "org", "info", "ru",
            "cn", "xyz", "top", "online", "site", "io", "biz");

    static final List<String> URL_PATHS = List.of("/login.php", "/wp-admin/admin-ajax.php",
            "/gate.php", "/update/check", "/invoice.zip", "/docs/view", "/api/v1/beacon",
            "/panel/index.php", "/dl/setup.exe", "/verify/account");

    private Vocabulary() {
    }
}
