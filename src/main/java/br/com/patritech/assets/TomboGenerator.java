package br.com.patritech.assets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Suggests and hands out tombos from a configurable pattern ({@code patritech.tombo.pattern}):
 * {@code {seq:6}} gives 000123 (the default); {@code {prefix}-{unitPrefix}-{seq:3}} gives NB-SED-001 like the
 * earlier system. Placeholders: {prefix} (category), {unit} (unit code), {unitPrefix} (unit code up to its
 * first hyphen), {year}, {seq:N}. Each distinct text around {seq} is its own series.
 */
@Component
class TomboGenerator {

    private static final Pattern SEQ = Pattern.compile("\\{seq(?::(\\d+))?}");
    private static final int MAX_SKIPS = 10_000;

    private final String pattern;
    private final TomboCounterRepository counters;
    private final AssetRepository assets;
    private final Clock clock;
    private final java.util.Map<String, Pattern> numberedTombos = new java.util.concurrent.ConcurrentHashMap<>();

    TomboGenerator(@Value("${patritech.tombo.pattern:{seq:6}}") String pattern, TomboCounterRepository counters,
                   AssetRepository assets, Clock clock) {
        if (!SEQ.matcher(pattern).find()) {
            throw new IllegalStateException("patritech.tombo.pattern must contain {seq} or {seq:N}: " + pattern);
        }
        this.pattern = pattern;
        this.counters = counters;
        this.assets = assets;
        this.clock = clock;
    }

    /** The tombo the next registration would get; nothing is reserved. */
    String suggest(String categoryPrefix, String unitCode) {
        String series = series(categoryPrefix, unitCode);
        long next = counters.findById(series).map(TomboCounter::getNextValue).orElse(1L);
        return firstFree(series, next);
    }

    /** Hands out the next free tombo of the series for good (call inside the registering transaction). */
    String claim(String categoryPrefix, String unitCode) {
        String series = series(categoryPrefix, unitCode);
        TomboCounter counter = lockedCounter(series);
        String tombo = firstFree(series, counter.getNextValue());
        counter.moveTo(sequenceOf(series, tombo).orElseThrow() + 1);
        return tombo;
    }

    /** A person typed a tombo of the series by hand: make sure the counter never hands it out again. */
    void skipPast(String categoryPrefix, String unitCode, String tombo) {
        String series = series(categoryPrefix, unitCode);
        sequenceOf(series, tombo).ifPresent(n -> lockedCounter(series).moveTo(n + 1));
    }

    /**
     * Tombos typed in a spreadsheet, many at once: each series' counter is locked once and moved past the highest
     * of them (one query per series instead of one per asset).
     */
    void skipPastAll(java.util.Collection<String[]> prefixUnitTombo) {
        java.util.Map<String, Long> highest = new java.util.TreeMap<>();
        for (String[] p : prefixUnitTombo) {
            String series = series(p[0], p[1]);
            sequenceOf(series, p[2]).ifPresent(n -> highest.merge(series, n, Math::max));
        }
        highest.forEach((series, n) -> lockedCounter(series).moveTo(n + 1));
    }

    /**
     * {@code count} tombos of one series handed out at once (a spreadsheet's rows without a tombo): the counter is
     * locked once, and the candidates are checked against registered tombos with one query per round instead of one
     * per asset.
     */
    List<String> claimAll(String categoryPrefix, String unitCode, int count) {
        String series = series(categoryPrefix, unitCode);
        TomboCounter counter = lockedCounter(series);
        List<String> claimed = new ArrayList<>(count);
        long next = counter.getNextValue();
        long skipped = 0;
        while (claimed.size() < count) {
            int wanted = count - claimed.size();
            List<String> candidates = new ArrayList<>(wanted);
            for (long n = next; n < next + wanted; n++) {
                candidates.add(format(series, n));
            }
            Set<String> taken = new HashSet<>();
            for (int from = 0; from < candidates.size(); from += 100) { // short lists: looked up in the tombo index
                taken.addAll(assets.findTombosIn(candidates.subList(from, Math.min(candidates.size(), from + 100))));
            }
            candidates.stream().filter(t -> !taken.contains(t)).forEach(claimed::add);
            skipped += taken.size();
            next += wanted;
            if (skipped > MAX_SKIPS) {
                throw new IllegalStateException("No free tombo after " + MAX_SKIPS + " tries in series " + series);
            }
        }
        counter.moveTo(next);
        return claimed;
    }

    private TomboCounter lockedCounter(String series) {
        return counters.lockById(series).orElseGet(() -> counters.save(new TomboCounter(series)));
    }

    private String firstFree(String series, long from) {
        long n = from;
        for (int i = 0; i < MAX_SKIPS; i++, n++) {
            String tombo = format(series, n);
            if (!assets.existsByTombo(tombo)) {
                return tombo;
            }
        }
        throw new IllegalStateException("No free tombo after " + MAX_SKIPS + " tries in series " + series);
    }

    /** The pattern with everything but {seq} filled in. */
    private String series(String categoryPrefix, String unitCode) {
        String code = unitCode == null ? "" : unitCode;
        int hyphen = code.indexOf('-');
        return pattern.replace("{prefix}", categoryPrefix == null ? "" : categoryPrefix)
                .replace("{unitPrefix}", hyphen > 0 ? code.substring(0, hyphen) : code)
                .replace("{unit}", code)
                .replace("{year}", String.valueOf(LocalDate.now(clock).getYear()));
    }

    private static String format(String series, long n) {
        Matcher m = SEQ.matcher(series);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int width = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            m.appendReplacement(out, String.format("%0" + width + "d", n));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Optional<Long> sequenceOf(String series, String tombo) {
        Pattern numbered = numberedTombos.computeIfAbsent(series, TomboGenerator::numberedTombos);
        Matcher m = numbered == null ? null : numbered.matcher(tombo);
        return m != null && m.matches() && m.group(1).length() < 18 ? Optional.of(Long.parseLong(m.group(1)))
                : Optional.empty();
    }

    /** The tombos of a series, with their number as group 1 (compiled once per series: imports ask per row). */
    private static Pattern numberedTombos(String series) {
        Matcher seq = SEQ.matcher(series);
        if (!seq.find()) {
            return null;
        }
        return Pattern.compile(Pattern.quote(series.substring(0, seq.start())) + "(\\d+)"
                + Pattern.quote(series.substring(seq.end())));
    }
}
