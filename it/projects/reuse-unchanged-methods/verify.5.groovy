// Step 5, -Dallocbudget.reuse=false: every method measured again in this build, the discovery too.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:'))
def dir = new File(basedir, 'target/allocbudget')

assert log =~ /\[INFO\] \[1\/3\] demo\.BoxBudget#box  24 B\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] \[2\/3\] demo\.CodecBudget#encode  48 B\/op  PASS  \d+\.\d s\n/
assert !log.contains('(unchanged)') && !log.contains('unchanged since an earlier build')
def forks = new File(dir, 'forks').list().findAll { it.endsWith('.events') }.sort()
assert forks == ['fork-001-discover.events', 'fork-002-measure.events', 'fork-003-measure.events',
                 'fork-004-measure.events']
// the box and the names measured afresh read exactly what steps 2 and 3 reused
def slurper = new groovy.json.JsonSlurper()
def fresh = slurper.parse(new File(dir, 'report.json')).methods
def reused = slurper.parse(new File(basedir, 'report-step-2.json')).methods
def figures = { m -> [m.id, m.bytesPerOp, m.objectsPerOp, m.callerBytesPerOp, m.amortized, m.verdict, m.sites] }
assert fresh*.reused == [false, false, false]
assert [fresh[0], fresh[2]].collect(figures) == [reused[0], reused[2]].collect(figures)
true
