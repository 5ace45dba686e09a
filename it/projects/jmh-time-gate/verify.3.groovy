// Step 3, the time gate on the changed code (src/main/v2: digest makes 20 passes instead of one, with no more
// allocation) against reference-v1: bytes are the same, but digest's time is some 20x the reference's in every pair,
// so the first pairs suspect it, new pairs confirm it, and the gate fails the build. (Only digest runs here; header,
// unchanged, passes beside the reference in step 2.)
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def dir = new File(basedir, 'target/allocbudget')
def number = /\d+(?:\.\d{1,3})?/
def ratio = /\d+\.\d\d?/

assert log.contains('Recompiling the module because of added or removed source files.') // v1 -> v2
// the check itself sees nothing: the bytes are the same
assert log =~ /\[INFO\] \[1\/1\] demo\.DigestBudget#digest  0 B\/op  0 obj\/op  \S+  \d+\.\d s\n/
def comparison = /(${ratio})x the reference reference-v1 \(95% CI (${ratio})-(${ratio})x, 10 fork pairs\)/
def digest = log =~ /\[INFO\] \[jmh 1\/1\] demo\.DigestBudget#digest  ${number} ns\/op  gc\.alloc\.rate\.norm ${number} B\/op  (${comparison})  REGRESSED\n/
assert digest.find()
assert new BigDecimal(digest.group(3)) > 10 : "digest is ${digest.group(1)}: the fixture did not slow it down enough"
assert log =~ /\[INFO\] allocbudget: 1 method checked in \d+\.\d s: 0 passed \(0 improved, 0 new\), 0 over budget, 1 regressed, 0 errors\n/

def message = "demo.DigestBudget#digest: time is ${digest.group(1)}, beyond the 10% tolerance".toString()
assert log.contains('[ERROR] Time regressed from the reference in 1 of 1 method:\n[ERROR]   ' + message + '\n')
assert log.contains('[ERROR] A slower method is compared with the reference again in every run: to accept it, make'
        + ' the reference a version that has the change (-Dallocbudget.reference), or allow more'
        + ' (-Dallocbudget.timeTolerancePercent).\n')
assert !log.contains('mvn allocbudget:baseline') : 'a baseline does not accept a time'
assert !log.contains('Allocation budget exceeded')
assert log =~ /\[ERROR\] Failed to execute goal dev\.allocbudget:allocbudget-maven-plugin:\S+:check \(default\) on project jmh-time-gate: Time regressed from the reference in 1 of 1 method \(details above and in \S+report\.html\)/
assert log.contains('BUILD FAILURE')

def json = new groovy.json.JsonSlurper().parse(new File(dir, 'report.json'))
def m = json.methods.collectEntries { [(it.id - 'demo.DigestBudget#'): it] }
assert m.keySet() as List == ['digest']
assert [m.digest.bytesPerOp, m.digest.verdict, m.digest.message] == [0, 'REGRESSED', message]
def c = m.digest.jmh.reference
assert [c.name, c.pairs, c.confirmed, c.notCompared] == ['reference-v1', 10, true, null]
assert c.ciLow > 10 && c.ratio >= c.ciLow && c.ciHigh >= c.ratio
assert c.currentMedian > 10 * c.referenceMedian
assert Math.abs(m.digest.jmh.allocNorm - m.digest.bytesPerOp) <= 1 // only time changed

def xml = new groovy.xml.XmlSlurper().parse(new File(dir, 'TEST-allocbudget.xml'))
assert [xml.@tests, xml.@failures, xml.@errors]*.text() == ['1', '1', '0']
def failure = xml.testcase.find { it.@name == 'digest' }.failure
assert failure.@type == 'allocbudget.Regressed'
assert failure.@message == message - 'demo.DigestBudget#digest: '

def html = new File(dir, 'report.html').text
assert html.contains('Time per call (median of 10 forks each)')
true
