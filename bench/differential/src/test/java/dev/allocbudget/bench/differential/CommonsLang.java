package dev.allocbudget.bench.differential;

import dev.allocbudget.AllocationBudget;
import java.util.List;
import java.util.Map;
import org.apache.commons.lang3.ArrayUtils;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.builder.HashCodeBuilder;
import org.apache.commons.lang3.math.NumberUtils;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.commons.text.StringSubstitutor;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Apache commons-lang3 3.18.0 and commons-text 1.12.0: string utilities, builders, escaping, substitution. */
public class CommonsLang {
    public String blank = "   ";
    public String csv = "id,name,price,qty";
    public String word = "allocation";
    public String intStr = "98765";
    public String badInt = "98x65";
    public String html = "<a href=\"x\">Tom & Jerry</a>";
    public String json = "line1\n\"quoted\"\ttab";
    public String template = "Hello ${user}, you have ${count} new messages";
    public int n = 7;
    public final List<String> parts = List.of("a", "b", "c", "d");
    public final int[] ints = {1, 2, 3, 4, 5, 6, 7, 8};
    public final StringSubstitutor substitutor = new StringSubstitutor(Map.of("user", "ann", "count", "3"));
    public final LevenshteinDistance levenshtein = LevenshteinDistance.getDefaultInstance();

    /** StringUtils.isBlank: 0 B. */
    @AllocationBudget
    public boolean isBlank() {
        return StringUtils.isBlank(blank);
    }

    /** StringUtils.join of a list with a char separator, returned. */
    @AllocationBudget
    public Object join() {
        return StringUtils.join(parts, ';');
    }

    /** NumberUtils.toInt of a valid number: 0 B. */
    @AllocationBudget
    public int toIntValid() {
        return NumberUtils.toInt(intStr, -1);
    }

    /** NumberUtils.toInt of an invalid number: the NumberFormatException, caught inside. */
    @AllocationBudget
    public int toIntInvalid() {
        return NumberUtils.toInt(badInt, -1);
    }

    /** ArrayUtils.add to an int[8], returned. */
    @AllocationBudget
    public Object arrayUtilsAdd() {
        return ArrayUtils.add(ints, n);
    }

    /** HashCodeBuilder over three fields. */
    @AllocationBudget
    public int hashCodeBuilder() {
        return new HashCodeBuilder(17, 37).append(word).append(n).append(csv).toHashCode();
    }

    /** commons-text StringEscapeUtils.escapeHtml4, returned. */
    @AllocationBudget
    public Object escapeHtml4() {
        return StringEscapeUtils.escapeHtml4(html);
    }

    /** commons-text StringEscapeUtils.escapeJson, returned. */
    @AllocationBudget
    public Object escapeJson() {
        return StringEscapeUtils.escapeJson(json);
    }

    /** commons-text StringSubstitutor.replace with a prebuilt substitutor, returned. */
    @AllocationBudget
    public Object substitutorReplace() {
        return substitutor.replace(template);
    }

    /** commons-text LevenshteinDistance of two short words. */
    @AllocationBudget
    public int levenshteinDistance() {
        return levenshtein.apply(word, "allocations");
    }
}
