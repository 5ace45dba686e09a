// Step 4, 'mvn verify -Dallocbudget.jmh=true' on the same slow code, without the time gate: JMH reports the time
// with the user's settings (the POM's properties), and timings never fail the build unless the gate is on.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def number = /\d+(?:\.\d{1,3})?/

assert !log.contains('Recompiling the module') // still v2
assert log.contains('[INFO] Running 1 method under JMH (1 fork, 2 x 200 ms warm-up, 5 x 200 ms measurement, avgt'
        + ' in ns, GC profiler)\n')
assert log =~ /\[INFO\] \[jmh 1\/1\] demo\.DigestBudget#digest  ${number} ± ${number} ns\/op  gc\.alloc\.rate\.norm ${number} B\/op\n/
assert log =~ /\[INFO\] allocbudget: 1 method checked in \d+\.\d s: 1 passed, 0 over budget, 0 errors\n/
assert !log.contains('time is ')
def pluginOutput = log.substring(log.indexOf('--- allocbudget-maven-plugin:'))
// no warning or error, but for a wait on JMH's machine-wide lock, which another JMH run on the machine can cause
assert pluginOutput.readLines().findAll { it =~ /\[(WARNING|ERROR)\]/ && !(it =~ /: JMH waited [\d.]+ s for /) } == []
assert log.contains('BUILD SUCCESS')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
assert json.methods*.verdict == ['PASS']
assert json.methods*.message == [null]
assert json.methods*.jmh*.reference == [null]
true
