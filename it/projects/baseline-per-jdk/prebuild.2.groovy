// Before step 2: a baseline with figures for Java 99 only, in the plugin's own layout (so that step 3 can show
// that rewriting the file leaves the section as it was, line for line).
def about = "Bytes and objects per call of each @AllocationBudget method, per Java feature version;" +
        " allocbudget:check fails when a method allocates more. Rewrite with 'mvn allocbudget:baseline'; the reason" +
        " you add to an entry is kept."
def text = '{\n  "formatVersion": 1,\n  "about": "' + about + '",\n  "java": {\n    ' +
        new File(basedir, 'java-99-section.txt').text.trim() + '\n  }\n}\n'
new File(basedir, 'allocbudget-baseline.json').text = text
new File(basedir, 'baseline-java-99-only.json').text = text
true
