// Seven steps (invoker.properties), each a goal on one broken or missing baseline file. The invoker appends every step to one
// build.log; each step's part starts with Maven's "Scanning for projects...".
def log = new File(basedir, 'build.log').text
def steps = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
def pluginVersion = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml'))
        .build.plugins.plugin.find { it.artifactId == 'allocbudget-maven-plugin' }.version.text()
def path = { String name -> new File(basedir, "baselines/${name}").absolutePath }
def broken = { String name, int line, String what ->
    "allocbudget: the baseline file ${path(name)} is broken at line ${line}: ${what}. Fix that line (or take the" +
            " file from version control), or delete the file and record a new baseline with 'mvn allocbudget:baseline'." +
            ' The file was not changed.'
}
def newer = "allocbudget: the baseline file ${path('format-3.json')} is in format 3 (line 2), written by a newer" +
        " allocbudget; this plugin reads format 2. Use the newer plugin version, or delete the file and record it" +
        " again with 'mvn allocbudget:baseline'. The file was not changed."
def expected = [
        ['check', broken('missing-comma.json', 6, "expected ',' or '}' after the value on this line (a missing comma?)")],
        ['check', broken('duplicate-entry.json', 7, 'duplicate key "demo.CorruptBudget#boxed" (first at line 6)')],
        ['check', newer],
        ['check', broken('merge-conflict.json', 6, 'an unresolved merge conflict (a line starting with <<<<<<<,' +
                ' ======= or >>>>>>>)')],
        ['baseline', broken('missing-comma.json', 6, "expected ',' or '}' after the value on this line (a missing comma?)")],
        ['baseline', newer],
        ['check', "allocbudget: the baseline file ${path('missing.json')} does not exist; it was named by" +
                " -Dallocbudget.baselineFile or the plugin's <baselineFile>. Correct the path, or record the baseline" +
                " there first: mvn allocbudget:baseline -Dallocbudget.baselineFile=${path('missing.json')}"]]

assert steps.size() == expected.size()
[steps, expected].transpose().eachWithIndex { pair, i ->
    def (String step, List want) = pair
    def (goal, message) = want
    def execution = goal == 'check' ? 'check (default)' : 'baseline (default-cli)'
    // a setup problem, not a verdict: MojoExecutionException, with the message in Maven's failure line
    assert step.contains("[ERROR] Failed to execute goal dev.allocbudget:allocbudget-maven-plugin:${pluginVersion}:" +
            "${execution} on project baseline-corrupt-files: ${message} -> [Help 1]\n") : "step ${i + 1}"
    assert step.contains("Caused by: org.apache.maven.plugin.MojoExecutionException: ${message}\n") : "step ${i + 1}"
    assert step.contains('BUILD FAILURE') : "step ${i + 1}"
    // the file is read before anything is measured
    assert !step.contains('Measuring allocation') : "step ${i + 1}"
}
assert !new File(basedir, 'target/allocbudget').exists() : 'no fork started, no report written'

// every broken file is as it was: same bytes, never rewritten
def times = new Properties()
new File(basedir, 'baselines.mtimes').withInputStream { times.load(it) }
def files = new File(basedir, 'baselines').listFiles().sort()
assert files*.name == ['duplicate-entry.json', 'format-3.json', 'merge-conflict.json', 'missing-comma.json']
files.each { f ->
    assert f.bytes == new File(basedir, "pristine/${f.name}").bytes : f.name
    assert f.lastModified() == times[f.name] as long : f.name
}
true
