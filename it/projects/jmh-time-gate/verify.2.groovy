// Step 2, 'mvn verify -Dallocbudget.timeGate=true' on unchanged code: JMH runs (the gate turns it on), every time
// is within the baseline's (or not clearly worse), and the build passes.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def number = /\d+(?:\.\d{1,3})?/

assert log =~ /\[INFO\] \[1\/2\] demo\.DigestBudget#digest  0 B\/op  0 obj\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] \[2\/2\] demo\.DigestBudget#header  0 B\/op  0 obj\/op  PASS  \d+\.\d s\n/
assert log.contains('[INFO] Running 2 methods under JMH (1 fork, 2 x 200 ms warm-up, 5 x 200 ms measurement, avgt'
        + ' in ns, GC profiler)\n')
assert log =~ /\[INFO\] \[jmh 1\/2\] demo\.DigestBudget#digest  ${number} ± ${number} ns\/op  gc\.alloc\.rate\.norm ${number} B\/op  \(about \d+ s left\)\n/
assert log =~ /\[INFO\] \[jmh 2\/2\] demo\.DigestBudget#header  ${number} ± ${number} ns\/op  gc\.alloc\.rate\.norm ${number} B\/op\n/
def baseline = new groovy.json.JsonSlurper().parse(new File(basedir, 'allocbudget-baseline.json')).java.values().first().methods
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
def times = report.methods.collect { "${it.id}: ${it.jmh?.score} ± ${it.jmh?.error} now, ${baseline[it.id]?.time?.score} ± ${baseline[it.id]?.time?.error} in the baseline" }
assert log =~ /\[INFO\] allocbudget: 2 methods checked in \d+\.\d s: 2 passed \(0 improved, 0 new\), 0 over budget, 0 regressed, 0 errors\n/ : times.join('; ')
assert !log.contains('[ERROR]') : times.join('; ')
def pluginOutput = log.substring(log.indexOf('--- allocbudget-maven-plugin:'))
// no warning or error, but for a wait on JMH's machine-wide lock, which another JMH run on the machine can cause
assert pluginOutput.readLines().findAll { it =~ /\[(WARNING|ERROR)\]/ && !(it =~ /: JMH waited [\d.]+ s for /) } == []
assert log.contains('BUILD SUCCESS')

assert report.methods*.id == ['demo.DigestBudget#digest', 'demo.DigestBudget#header']
assert report.methods*.verdict == ['PASS', 'PASS']
assert report.methods*.message == [null, null]
assert report.methods*.baseline*.status == ['SAME', 'SAME']
assert report.methods.every { it.jmh.score > 0 && it.jmh.unit == 'ns/op' && it.jmh.mode == 'avgt' }
assert new File(basedir, 'allocbudget-baseline.json').text == new File(basedir, 'baseline-recorded.json').text
true
