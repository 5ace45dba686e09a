// Step 5: the time gate with a reference that lacks one method's code: that row is not compared, with the reason
// (the benchmark's own exception, not JMH's wrappers), and the build passes; the other row is compared.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:'))
def number = /\d+(?:\.\d{1,3})?/
def reason = 'the benchmark threw java.lang.NoSuchMethodError: \'int demo.Codec.length(byte[])\'\n\tat demo.CodecBudget.length(CodecBudget.java:26)'

assert log =~ /\[INFO\] \[jmh 1\/2\] demo\.CodecBudget#checksum  ${number} ns\/op  gc\.alloc\.rate\.norm ${number} B\/op  \d+\.\d\d?x the reference reference-v1 \(95% CI \d+\.\d\d?-\d+\.\d\d?x, (5|10|20) fork pairs\)  \(about \d+ s left\)\n/
assert log.contains('[INFO] [jmh 2/2] demo.CodecBudget#length  ') &&
        log.contains(' not compared with the reference reference-v1: ' + reason + '\n')
assert log =~ /\[INFO\] allocbudget: 2 methods checked in \d+\.\d s: 2 passed \(0 improved, 0 new\), 0 over budget, 0 regressed, 0 errors\n/
assert log.contains('BUILD SUCCESS')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
def m = json.methods.collectEntries { [(it.id - 'demo.CodecBudget#'): it] }
assert m.keySet() as List == ['checksum', 'length']
assert m.checksum.verdict == 'PASS' && m.checksum.jmh.reference.notCompared == null
assert m.checksum.jmh.reference.pairs in [5, 10, 20]
assert [m.length.verdict, m.length.jmh.reference.pairs, m.length.jmh.reference.notCompared] == ['PASS', 0, reason]
true
