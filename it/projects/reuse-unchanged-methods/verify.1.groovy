// Step 1, the first build: every method measured; the box is over its budget of 16, so a second fork confirms it
// (and counts its objects and sites).
def log = new File(basedir, 'build.log').text // the first step: the whole log
def dir = new File(basedir, 'target/allocbudget')

assert log =~ /\[INFO\] \[1\/3\] demo\.BoxBudget#box  24 B\/op  1 obj\/op  FAIL  \d+\.\d s\n/
assert log =~ /\[INFO\] \[2\/3\] demo\.CodecBudget#encode  32 B\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] \[3\/3\] demo\.NamesBudget#name  \d+ B\/op  PASS  \d+\.\d s\n/
assert !log.contains('unchanged since an earlier build')
assert log.contains('BUILD FAILURE')
def forks = new File(dir, 'forks').list().findAll { it.endsWith('.events') }.sort()
assert forks == ['fork-001-discover.events', 'fork-002-measure.events', 'fork-003-measure.events',
                 'fork-004-measure.events', 'fork-005-measure.events']
// the store holds a discovery and one entry per method
assert new File(dir, 'store/discovery').list().size() == 1
assert new File(dir, 'store').list().findAll { it != 'discovery' }.size() == 3
def json = new groovy.json.JsonSlurper().parse(new File(dir, 'report.json'))
assert json.methods*.reused == [false, false, false]
assert json.methods*.measuredAgainBecause == [null, null, null]
true
