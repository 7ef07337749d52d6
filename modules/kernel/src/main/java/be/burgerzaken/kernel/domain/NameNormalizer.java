package be.burgerzaken.kernel.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Search keys for person names (familienaam en voornamen / nom et prénoms), stored in indexed columns for
 * tolerant search over a million rows. Pure functions; the same input always gives the same key.
 *
 * <p><b>Changing any rule changes stored keys</b>: bump {@link #RULES_VERSION} and recompute the key columns.
 *
 * <h2>{@link #key(String)}: exact-but-tolerant key</h2>
 * Lower case; compatibility decomposition (NFKD) with all combining marks removed ({@code é -> e},
 * {@code ç -> c}, {@code ĳ -> ij}); letters that do not decompose are mapped ({@code ß -> ss},
 * {@code æ -> ae}, {@code œ -> oe}, {@code ø -> o}, {@code ł -> l}, {@code ı -> i}, {@code đ/ð -> d},
 * {@code þ -> th}); Cyrillic and Greek letters are transliterated by sound, so a Cyrillic {@code о} or
 * {@code с} that slipped into a Latin name reads {@code o} / {@code s}; then everything that is not a letter
 * is removed (spaces, apostrophes, hyphens, dots, digits). {@code "D'Hondt" -> "dhondt"},
 * {@code "Van den Broeck" -> "vandenbroeck"}, {@code "Çelik" -> "celik"}.
 *
 * <h2>{@link #phonetic(String)}: Dutch/French-aware sound key</h2>
 * Computed from {@code key()}, so spacing never matters ({@code Van de Velde = Vandevelde},
 * {@code De Smet = Desmet}). Read left to right, the longest rule first:
 * <ol>
 *   <li>A leading {@code deh} becomes {@code dh}: the article forms {@code De Hondt}, {@code D'Hondt},
 *       {@code Dehaene}, {@code D'Haene} collide.</li>
 *   <li>Every run of vowels {@code a e i o u y}, with {@code ij} counted as a vowel, becomes one {@code a}:
 *       vowels keep their position but not their colour ({@code Peeters = Pieters = Peters},
 *       {@code Mertens = Maertens}, {@code Wouters = Wauters}, {@code Claes = Claeys = Claeijs},
 *       {@code Thijs = Thys}, {@code Huybrechts = Huijbrechts = Hybrechts}).</li>
 *   <li>Consonants: {@code sch -> sx}; {@code ch, gh, g -> x} (one class); {@code ph -> f};
 *       {@code th -> t}; {@code ck, cq, qu, q, k -> k}; {@code c -> s} before {@code e i y}, else
 *       {@code k}; {@code dt -> t} anywhere and {@code d -> t} at the end ({@code Smedts = Smets},
 *       {@code Dhondt = Dhont}); {@code b} before {@code v} is silent ({@code Lefebvre = Lefèvre});
 *       {@code x -> ks}; {@code z -> s}; {@code w -> v}; {@code h} is silent after a consonant and at the
 *       end, kept elsewhere; other letters stay.</li>
 *   <li>Repeated codes collapse ({@code Janssens = Jansens}, {@code Schmitt = Schmit},
 *       {@code Dierickx = Diericks}); a final {@code s} is kept ({@code Janssens != Janssen}).</li>
 * </ol>
 * Known consequences: names differing only in vowels collide ({@code Smets = Smits}, {@code Maes = Mees}),
 * which search ranking must sort out. Deliberately <em>not</em> merged: a final {@code n}
 * ({@code Vermeulen != Vermeule}), {@code Lefebvre != Lefebure}, {@code Çelik != Tchelik}
 * ({@code key()} loses the cedilla), {@code Schmitt != Smit}, {@code b != p}, {@code f != v}.
 */
public final class NameNormalizer {

    /** Version of the key rules; stored keys must be recomputed when it changes. */
    public static final int RULES_VERSION = 1;

    private static final Map<Integer, String> LETTERS = letterMap();

    private NameNormalizer() {
    }

    // ---------------------------------------------------------------- key

    /** The tolerant exact key: lower case, no diacritics, letters only; {@code ""} for null or blank. */
    public static String key(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            String mapped = LETTERS.get(cp);
            if (mapped != null) {
                out.append(mapped);
            } else if (Character.isLetter(cp) && Character.getType(cp) != Character.MODIFIER_LETTER) {
                // Modifier letters are excluded: U+02BC (ʼ) and U+02BB (ʻ) are apostrophes in practice.
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return out.toString();
    }

    /** {@link #key(String)} of each word; words are separated by anything but letters and apostrophes. */
    public static List<String> tokens(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String word : words(name)) {
            String k = key(word);
            if (!k.isEmpty()) {
                result.add(k);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * The upper-case first letter (without diacritics) of each given name: {@code "Jan Pieter" -> "JP"},
     * {@code "Marie-Claire" -> "MC"}, {@code "Çağla" -> "C"}; {@code ""} for null or blank.
     */
    public static String initials(String givenNames) {
        StringBuilder out = new StringBuilder();
        for (String token : tokens(givenNames)) {
            out.appendCodePoint(Character.toUpperCase(token.codePointAt(0)));
        }
        return out.toString();
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean partOfWord = Character.isLetter(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || isApostrophe(cp);
            if (partOfWord) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '`' || cp == '\u00B4';
    }

    // ---------------------------------------------------------------- phonetic

    /** The Dutch/French-aware sound key described in the class comment; {@code ""} for null or blank. */
    public static String phonetic(String name) {
        String k = key(name);
        if (k.startsWith("deh")) {
            k = "dh" + k.substring(3);
        }
        StringBuilder out = new StringBuilder(k.length() + 4);
        int n = k.length();
        int i = 0;
        while (i < n) {
            char c = k.charAt(i);
            if (isVowel(c)) {
                while (i < n && (isVowel(k.charAt(i)) || (k.charAt(i) == 'j' && k.charAt(i - 1) == 'i'))) {
                    i++;
                }
                emit(out, "a");
                continue;
            }
            char next = i + 1 < n ? k.charAt(i + 1) : 0;
            if (k.startsWith("sch", i)) {
                emit(out, "sx");
                i += 3;
            } else if ((c == 'c' || c == 'g') && next == 'h') {
                emit(out, "x");
                i += 2;
            } else if (c == 'p' && next == 'h') {
                emit(out, "f");
                i += 2;
            } else if (c == 't' && next == 'h') {
                emit(out, "t");
                i += 2;
            } else if ((c == 'c' && (next == 'k' || next == 'q')) || (c == 'q' && next == 'u')) {
                emit(out, "k");
                i += 2;
            } else if (c == 'd' && next == 't') {
                emit(out, "t");
                i += 2;
            } else {
                emit(out, single(c, next, i == n - 1, i == 0 ? 0 : k.charAt(i - 1)));
                i++;
            }
        }
        return out.toString();
    }

    /** The code of one letter with no multi-letter rule, given its neighbours (0 when none). */
    private static String single(char c, char next, boolean last, char previous) {
        return switch (c) {
            case 'c' -> next == 'e' || next == 'i' || next == 'y' ? "s" : "k";
            case 'q', 'k' -> "k";
            case 'g' -> "x";
            case 'd' -> last ? "t" : "d";
            case 'b' -> next == 'v' ? "" : "b";
            case 'x' -> "ks";
            case 'z' -> "s";
            case 'w' -> "v";
            case 'h' -> last || (previous != 0 && !isVowel(previous)) ? "" : "h";
            default -> String.valueOf(c);
        };
    }

    /** Appends codes, dropping a code equal to the last one written (double letters collapse). */
    private static void emit(StringBuilder out, String codes) {
        for (int j = 0; j < codes.length(); j++) {
            char code = codes.charAt(j);
            if (out.length() == 0 || out.charAt(out.length() - 1) != code) {
                out.append(code);
            }
        }
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    // ---------------------------------------------------------------- letter table

    private static Map<Integer, String> letterMap() {
        Map<Integer, String> m = new java.util.HashMap<>();
        // Latin letters without a canonical decomposition.
        put(m, "ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "ı", "i", "đ", "d", "ð", "d", "þ", "th",
                "ħ", "h", "ŧ", "t", "ŋ", "n", "ſ", "s");
        // Cyrillic (Russian, Ukrainian, Bulgarian, Serbian, Macedonian, Belarusian), by sound; й, ё, ї
        // arrive here already decomposed to и, е, і.
        put(m, "а", "a", "б", "b", "в", "v", "г", "g", "ґ", "g", "д", "d", "е", "e", "є", "ye", "ж", "zh",
                "з", "z", "и", "i", "і", "i", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p",
                "р", "r", "с", "s", "т", "t", "у", "u", "ў", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch",
                "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "yu", "я", "ya",
                "ђ", "dj", "ј", "j", "љ", "lj", "њ", "nj", "ћ", "c", "џ", "dz", "ѕ", "dz", "ѓ", "gj", "ќ", "kj");
        // Greek (after ELOT 743, simplified: upsilon -> u so that ou reads ou); accents are already removed.
        put(m, "α", "a", "β", "v", "γ", "g", "δ", "d", "ε", "e", "ζ", "z", "η", "i", "θ", "th", "ι", "i",
                "κ", "k", "λ", "l", "μ", "m", "ν", "n", "ξ", "x", "ο", "o", "π", "p", "ρ", "r", "σ", "s",
                "ς", "s", "τ", "t", "υ", "u", "φ", "f", "χ", "ch", "ψ", "ps", "ω", "o");
        return Map.copyOf(m);
    }

    private static void put(Map<Integer, String> m, String... pairs) {
        for (int j = 0; j < pairs.length; j += 2) {
            m.put(pairs[j].codePointAt(0), pairs[j + 1]);
        }
    }
}
