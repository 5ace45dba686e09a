package dev.allocbudget.bench.differential;

import dev.allocbudget.AllocationBudget;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** java.util.regex: precompiled patterns, reused matchers, and the String shortcuts that compile on every call. */
public class Regex {
    public String email = "someone.else@example.org";
    public String line = "GET /api/v1/items/12345?sort=asc HTTP/1.1";
    public String words = "the quick  brown fox   jumps";
    public final Pattern emailPattern = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    public final Pattern requestPattern = Pattern.compile("(\\w+) (/\\S*?)(?:\\?(\\S*))? HTTP/(\\d\\.\\d)");
    public final Pattern spaces = Pattern.compile("\\s+");
    public final Pattern digits = Pattern.compile("\\d+");
    public final Matcher reusedMatcher = Pattern.compile("\\d+").matcher("");

    /** A precompiled pattern's matcher(..).matches(): the Matcher and its group arrays. */
    @AllocationBudget
    public boolean patternMatches() {
        return emailPattern.matcher(email).matches();
    }

    /** A reused Matcher: reset(input) + find: 0 B. */
    @AllocationBudget
    public int matcherReuseFind() {
        Matcher m = reusedMatcher.reset(line);
        return m.find() ? m.start() : -1;
    }

    /** Capturing groups, one group returned: the Matcher and the group's substring. */
    @AllocationBudget
    public Object matcherGroup() {
        Matcher m = requestPattern.matcher(line);
        return m.matches() ? m.group(2) : null;
    }

    /** Counting matches of \d+ with a new Matcher. */
    @AllocationBudget
    public int matcherFindCount() {
        Matcher m = digits.matcher(line);
        int c = 0;
        while (m.find()) c++;
        return c;
    }

    /** Pattern.split on \s+, returned. */
    @AllocationBudget
    public Object patternSplit() {
        return spaces.split(words);
    }

    /** String.split with a regex of more than one char: compiles the Pattern on every call. */
    @AllocationBudget
    public Object stringSplitRegex() {
        return words.split("\\s+");
    }

    /** String.matches: Pattern.compile on every call. */
    @AllocationBudget
    public boolean stringMatches() {
        return email.matches("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    }

    /** A precompiled pattern's replaceAll, returned. */
    @AllocationBudget
    public Object replaceAll() {
        return digits.matcher(line).replaceAll("#");
    }

    /** Pattern.compile of a small pattern, returned. */
    @AllocationBudget
    public Object patternCompile() {
        return Pattern.compile("(\\w+)=(\\d+)");
    }
}
