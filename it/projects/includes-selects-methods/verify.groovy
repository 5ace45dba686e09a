def log = new File(basedir, 'build.log').text

// 6 budget methods in the test classes, 3 over budget; the includes select the 3 that pass
assert log.contains('Measuring allocation of 3 methods on Java ')
assert log =~ /\[INFO\] \[1\/3\] demo\.Codec#encode  0 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] \[2\/3\] demo\.TokenizerFast#length  0 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] \[3\/3\] demo\.TokenizerFast#separator  0 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] allocbudget: 3 methods checked in \d+\.\d s: 3 passed, 0 over budget, 0 errors/
['Codec#decode', 'TokenizerSlow', 'TokenizerFaster'].each { assert !log.contains(it) }
assert log.contains('BUILD SUCCESS')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
assert json.methods*.id == ['demo.Codec#encode', 'demo.TokenizerFast#length', 'demo.TokenizerFast#separator']
assert json.methods*.bytesPerOp == [0, 0, 0]
assert json.methods*.verdict == ['PASS', 'PASS', 'PASS']
// excluded methods are not measured at all: one fork each for the 3 included, plus discovery
def forks = new File(basedir, 'target/allocbudget/forks').list().findAll { it.endsWith('.events') }
assert forks.size() == 4 : "${forks}"
true
