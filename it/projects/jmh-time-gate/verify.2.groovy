// Step 2, the time gate on unchanged code with the same code as the reference, while a busy thread (started by
// verify.1.groovy) and the other builds of the invoker's first wave load the cores: each method runs in pairs of
// forks, reference and current side by side, and the ratio's interval stays within the 10% tolerance, so the build
// passes.
System.properties.remove('allocbudget.it.load')?.set(true) // the load ends with this step, whatever it found

def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def number = /\d+(?:\.\d{1,3})?/
def ratio = /\d+\.\d\d?/
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
def times = report.methods.collect { "${it.id}: ${it.jmh?.reference}" }.join('; ')

assert log.contains('[INFO] Running 1 method under JMH (beside the reference reference-v1: pairs of forks, 3 x 100 ms'
        + ' warm-up and 5 x 100 ms measurement each, avgt in ns, GC profiler)\n')
// with a reference and no baseline file, allocation is compared with the reference's too (objects counted on both sides)
assert log =~ /\[INFO\] \[1\/1\] demo\.DigestBudget#header  0 B\/op  0 obj\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] \[jmh 1\/1\] demo\.DigestBudget#header  ${number} ns\/op  gc\.alloc\.rate\.norm ${number} B\/op  ${ratio}x the reference reference-v1 \(95% CI ${ratio}-${ratio}x, (5|10|20) fork pairs\)\n/ : times
assert log =~ /\[INFO\] allocbudget: 1 method checked in \d+\.\d s: 1 passed \(0 improved, 0 new\), 0 over budget, 0 regressed, 0 errors\n/ : times
assert !log.contains('[ERROR]') : times
def pluginOutput = log.substring(log.indexOf('--- allocbudget-maven-plugin:'))
// no warning or error, but for a wait on JMH's machine-wide lock, which another JMH run on the machine can cause
assert pluginOutput.readLines().findAll { it =~ /\[(WARNING|ERROR)\]/ && !(it =~ /: JMH waited [\d.]+ s for /) } == []
assert log.contains('BUILD SUCCESS')

assert report.methods*.id == ['demo.DigestBudget#header']
assert report.methods*.verdict == ['PASS']
assert report.methods*.baseline*.subMap('status', 'bytesPerOp', 'reference') ==
        [[status: 'SAME', bytesPerOp: 0, reference: 'reference-v1']]
report.methods.each { m ->
    def c = m.jmh.reference
    assert c.name == 'reference-v1' && c.notCompared == null
    assert c.pairs in [5, 10, 20] && c.confirmed == (c.pairs > 5)
    assert c.ciLow <= c.ratio && c.ratio <= c.ciHigh && c.ciLow <= 1.1 : times
    assert c.referenceMedian > 0 && c.currentMedian > 0
    assert m.jmh.score == c.currentMedian && m.jmh.unit == 'ns/op' && m.jmh.mode == 'avgt'
}
// the forks: a reference JVM and a current one per pair, the reference's with reference-v1 in place of target/classes
def forks = new File(basedir, 'target/allocbudget/forks')
def refArgs = forks.listFiles().findAll { it.name.endsWith('-jmh-run-reference.args') }
def curArgs = forks.listFiles().findAll { it.name.endsWith('-jmh-run.args') }
assert refArgs.size() == curArgs.size() && refArgs.size() >= 5
assert refArgs.every { it.text.contains(new File(basedir, 'reference-v1').path) && !it.text.contains(new File(basedir, 'target/classes').path) }
assert curArgs.every { it.text.contains(new File(basedir, 'target/classes').path) && !it.text.contains('reference-v1') }
true
