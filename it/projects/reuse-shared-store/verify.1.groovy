// Step 1, the store empty: both modules measure their method, at the same time, into one store.
def log = new File(basedir, 'build.log').text // the first step: the whole log
def report = { m -> new groovy.json.JsonSlurper().parse(new File(basedir, "${m}/target/allocbudget/report.json")) }

assert log =~ /\[INFO\] \[1\/1\] demo\.CodecBudget#encode  32 B\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] \[1\/1\] demo\.CodecBudget#encode  80 B\/op  PASS  \d+\.\d s\n/
assert !log.contains('unchanged since an earlier build')
assert !log.contains('[WARNING] allocbudget') : 'two builds writing one store warn of nothing'
assert log.contains('BUILD SUCCESS')
assert report('alpha').methods*.bytesPerOp == [32] && report('beta').methods*.bytesPerOp == [80]
assert report('alpha').methods*.reused == [false] && report('beta').methods*.reused == [false]

def store = new File(basedir, 'shared-store')
def entries = store.listFiles().findAll { it.name != 'discovery' }
assert entries.size() == 1 : 'one method id'
assert entries[0].listFiles().findAll { it.name.endsWith('.json') }.size() == 2 : 'two input sets: alpha\'s, beta\'s'
assert new File(store, 'discovery').listFiles().size() == 2 : 'a discovery per test classes directory'
true
