package dev.needle.analyst.plan;

import java.util.Set;

/**
 * Tells English questions from others well enough to answer "I understand English" instead of
 * guessing: mostly non-Latin letters, or more common words of French, German, Spanish, Italian,
 * Portuguese or Dutch than of English.
 */
final class Language {

    private static final Set<String> ENGLISH = Set.of("the", "what", "which", "who", "are",
            "is", "of", "to", "in", "show", "top", "me", "any", "how", "why", "did", "do", "we",
            "our", "my", "these", "about", "for", "and", "from", "list", "give", "know", "last",
            "most", "with", "only", "were", "was", "has", "have", "it", "on", "at", "ips",
            "by", "get", "can", "you", "there", "this", "that", "block", "should");
    private static final Set<String> OTHER = Set.of("le", "la", "les", "des", "est", "sont",
            "quels", "quelles", "quel", "qui", "une", "adresses", "pourquoi", "dans", "der",
            "die", "das", "ist", "sind", "welche", "wer", "warum", "nicht", "und", "mit", "den",
            "el", "los", "las", "qué", "que", "cuáles", "son", "por", "quién", "direcciones",
            "cuales", "il", "gli", "sono", "perché", "chi", "quais", "são", "não", "em", "het",
            "een", "zijn", "wat", "waarom", "welke", "du", "au", "ces", "mes", "meine", "unsere",
            "nos", "nuestro", "nuestra", "principales", "wichtigsten", "angriffe", "attaques",
            "wissen", "wir", "über", "uns", "ich", "bitte", "zeige", "zeig", "savons", "nous",
            "sur", "montre", "moi", "quoi", "sabemos", "sobre", "muestra", "dime", "cosa",
            "sappiamo", "mostra", "weten", "toon", "laat", "zien", "adressen", "haben",
            "avons", "tenemos", "del", "je", "letzten", "stunde", "tage", "woche",
            "heute", "gestern", "derniers", "derni\u00e8re", "heure", "hier", "aujourd'hui",
            "\u00faltima", "hora", "ayer", "hoy", "tu", "vous", "où", "wo", "dónde");

    private Language() {
    }

    /** Whether the question reads as English. */
    static boolean isEnglish(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints().filter(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        if (letters > 0 && latin * 2 < letters) {
            return false;
        }
        int english = 0;
        int other = 0;
        for (String word : Words.of(text).list()) {
            if (ENGLISH.contains(word)) {
                english++;
            } else if (OTHER.contains(word)) {
                other++;
            }
        }
        return other < 2 || english > other;
    }
}
