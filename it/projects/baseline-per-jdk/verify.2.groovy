// Step 2: a file with figures for Java 99 only: every method is new (none can regress), the build passes, and a
// warning says how to record figures for this JDK.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
def java = Runtime.Version.parse(json.environment.javaVersion).feature() as String

// the figures of step 1 reused, with the objects its forks counted against that baseline
assert log =~ /\[INFO\] \[1\/2\] demo\.PerJdkBudget#array  48 B\/op  1 obj\/op  PASS  0\.0 s  \(unchanged\)\n/
assert log =~ /\[INFO\] \[2\/2\] demo\.PerJdkBudget#boxed  16 B\/op  1 obj\/op  PASS  0\.0 s  \(unchanged\)\n/
assert log =~ /\[INFO\] allocbudget: 2 methods checked in \d+\.\d s: 2 passed \(0 improved, 2 new\), 0 over budget, 0 regressed, 0 errors\n/
assert log.contains("[WARNING] allocbudget-baseline.json has no figures for Java ${java} (it has Java 99), so every" +
        " method is NEW and none can regress. Record them with 'mvn allocbudget:baseline' on Java ${java}.\n")
// the warning says it all: no list of new methods besides it, no other warning from the plugin
assert !log.contains('Not in the baseline yet')
def pluginOutput = log.substring(log.indexOf('--- allocbudget-maven-plugin:'))
assert pluginOutput.findAll(/\[(WARNING|ERROR)\]/).size() == 1
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'allocbudget-baseline.json').text == new File(basedir, 'baseline-java-99-only.json').text

assert json.baseline == [file: new File(basedir, 'allocbudget-baseline.json').absolutePath, java: java,
        javaInFile: ['99'], staleEntries: []]
assert json.methods*.baseline*.status == ['NEW', 'NEW']
assert json.methods*.verdict == ['PASS', 'PASS']
def md = new File(basedir, 'target/allocbudget/report.md').text
assert md.contains(" · baseline `allocbudget-baseline.json` (Java 99)\n\n> The baseline has no figures for Java ${java}," +
        " so every method is new. Record them with `mvn allocbudget:baseline` on Java ${java}.\n")
assert md.contains('| ✅ new | `demo.PerJdkBudget#array` | 48 | – | – | – | 1 | – | – | – |\n' +
        '| ✅ new | `demo.PerJdkBudget#boxed` | 16 | 64 | – | – | 1 | – | – | – |\n')
true
