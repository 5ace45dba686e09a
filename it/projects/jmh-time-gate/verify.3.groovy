// Step 3, 'mvn verify -Dallocbudget.timeGate=true' on the changed code (src/main/v2: digest makes 20 passes instead
// of one, with no more allocation): bytes and objects are the baseline's, but the time is some 20x worse, far
// beyond the tolerance and the confidence intervals, so the gate fails the build.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def dir = new File(basedir, 'target/allocbudget')
def number = /\d+(?:\.\d{1,3})?/
def figure = { v -> new BigDecimal(v.toString()).setScale(3, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() }
def baseline = new groovy.json.JsonSlurper().parse(new File(basedir, 'allocbudget-baseline.json')).java.values().first().methods
def then = baseline['demo.DigestBudget#digest'].time

assert log.contains('Recompiling the module because of added or removed source files.') // v1 -> v2
// the check itself sees nothing: bytes and objects are those of the baseline
assert log =~ /\[INFO\] \[1\/2\] demo\.DigestBudget#digest  0 B\/op  0 obj\/op  \S+  \d+\.\d s\n/
assert log =~ /\[INFO\] \[2\/2\] demo\.DigestBudget#header  0 B\/op  0 obj\/op  PASS  \d+\.\d s\n/
def digest = log =~ /\[INFO\] \[jmh 1\/2\] demo\.DigestBudget#digest  ((${number}) ± (${number}) ns\/op)  gc\.alloc\.rate\.norm ${number} B\/op  REGRESSED  \(about \d+ s left\)\n/
assert digest.find()
def now = [score: new BigDecimal(digest.group(2)), error: new BigDecimal(digest.group(3))]
assert now.score > 10 * then.score : "digest is ${digest.group(1)} now, ${then.score} ns/op in the baseline: the fixture did not slow it down enough"
assert log =~ /\[INFO\] allocbudget: 2 methods checked in \d+\.\d s: 1 passed \(0 improved, 0 new\), 0 over budget, 1 regressed, 0 errors\n/

// the message: now and then with their errors, the change in percent, the tolerance, and why it is clear
def message = log =~ /\[ERROR\]   (demo\.DigestBudget#digest: time is (.+), but baseline is (.+) \(\+(\d+)%, beyond the 10% tolerance; the 99\.9% confidence intervals do not overlap\))\n/
assert message.find()
assert message.group(2) == digest.group(1)
assert message.group(3) == "${figure(then.score)} ± ${figure(then.error)} ns/op"
assert Math.abs((message.group(4) as int) - (now.score - then.score) / then.score * 100) <= 1
assert log.contains('[ERROR] Allocation regressed from the baseline in 1 of 2 methods:\n[ERROR]   demo.DigestBudget#digest: time is ')
assert !log.contains('demo.DigestBudget#header: ') : 'header is unchanged'
assert !log.contains('Allocation budget exceeded')
assert log =~ /\[ERROR\] Failed to execute goal dev\.allocbudget:allocbudget-maven-plugin:\S+:check \(default\) on project jmh-time-gate: Allocation regressed from the baseline in 1 of 2 methods \(details above and in \S+report\.json\)/
assert log.contains('BUILD FAILURE')
// a failing check leaves the baseline alone
assert new File(basedir, 'allocbudget-baseline.json').text == new File(basedir, 'baseline-recorded.json').text

def json = new groovy.json.JsonSlurper().parse(new File(dir, 'report.json'))
def m = json.methods.collectEntries { [(it.id - 'demo.DigestBudget#'): it] }
assert m.keySet() as List == ['digest', 'header']
assert [m.digest.bytesPerOp, m.digest.objectsPerOp, m.digest.verdict] == [0, 0, 'REGRESSED']
// bytes and objects did not change; the recorded time is there beside them
assert m.digest.baseline == [status: 'SAME', bytesPerOp: 0, objectsPerOp: 0, reason: null,
        time: [score: then.score, error: then.error, unit: 'ns/op', mode: 'avgt']]
assert m.digest.message == message.group(1)
assert m.digest.jmh.score > 10 * then.score && m.digest.jmh.unit == 'ns/op' && m.digest.jmh.mode == 'avgt'
assert Math.abs(m.digest.jmh.allocNorm - m.digest.bytesPerOp) <= 1 // only time changed
assert [m.header.verdict, m.header.message] == ['PASS', null]

def xml = new groovy.xml.XmlSlurper().parse(new File(dir, 'TEST-allocbudget.xml'))
assert [xml.@tests, xml.@failures, xml.@errors]*.text() == ['2', '1', '0']
def failure = xml.testcase.find { it.@name == 'digest' }.failure
assert failure.@type == 'allocbudget.Regressed'
assert failure.@message == message.group(1) - 'demo.DigestBudget#digest: '
assert xml.testcase.find { it.@name == 'header' }.failure.size() == 0

def md = new File(dir, 'report.md').text
assert md.contains('2 methods checked in ')
assert md.contains("| ❌ **regressed** | `demo.DigestBudget#digest` | 0 | 0 | 0 | 0 B | 0 | – | 0 | 0 | ${digest.group(1)} |")
assert md.contains('\n- ' + message.group(1) + '\n')
true
