// Step 4, demo.Codec changed (src/main/v2: a byte[32]): only encode, whose forks loaded it, is measured again, and
// its line says why; the other two are reused.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:'))
def dir = new File(basedir, 'target/allocbudget')

assert log =~ /\[INFO\] \[1\/3\] demo\.BoxBudget#box  24 B\/op  PASS  0\.0 s  \(unchanged\)\n/
assert log =~ /\[INFO\] \[2\/3\] demo\.CodecBudget#encode  48 B\/op  PASS  \d+\.\d s  \(measured again: class demo\.Codec changed\)\n/
assert log =~ /\[INFO\] \[3\/3\] demo\.NamesBudget#name  \d+ B\/op  PASS  0\.0 s  \(unchanged\)\n/
assert log.contains('[INFO] allocbudget: 2 of 3 methods unchanged since an earlier build')
def measured = new File(dir, 'forks').list().findAll { it.endsWith('-measure.events') }
assert measured.size() == 1 : measured

def json = new groovy.json.JsonSlurper().parse(new File(dir, 'report.json'))
assert json.methods*.reused == [true, false, true]
assert json.methods*.measuredAgainBecause == [null, 'class demo.Codec changed', null]
assert json.methods[1].bytesPerOp == 48
def html = new File(dir, 'report.html').text
assert html.contains('measured again: class demo.Codec changed')
true
