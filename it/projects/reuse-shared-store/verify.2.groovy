// Step 2, nothing changed: each module reuses the figure its own classes gave, from the one store.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def report = { m -> new groovy.json.JsonSlurper().parse(new File(basedir, "${m}/target/allocbudget/report.json")) }

assert log =~ /\[INFO\] \[1\/1\] demo\.CodecBudget#encode  32 B\/op  PASS  0\.0 s  \(unchanged\)\n/
assert log =~ /\[INFO\] \[1\/1\] demo\.CodecBudget#encode  80 B\/op  PASS  0\.0 s  \(unchanged\)\n/
assert log.findAll('1 of 1 method unchanged since an earlier build').size() == 2
assert !log.contains('[WARNING] allocbudget')
assert log.contains('BUILD SUCCESS')
assert report('alpha').methods*.bytesPerOp == [32] && report('beta').methods*.bytesPerOp == [80]
assert report('alpha').methods*.reused == [true] && report('beta').methods*.reused == [true]
['alpha', 'beta'].each { m ->
    def forks = new File(basedir, "${m}/target/allocbudget/forks").list()
    assert forks == null || forks.findAll { it.endsWith('.events') } == [] : "${m}: no fork ran"
}

// for step 3: one stored entry made corrupt, and a temporary file as a killed build leaves it
def entries = new File(basedir, 'shared-store').listFiles().find { it.name != 'discovery' }
def stored = entries.listFiles().findAll { it.name.endsWith('.json') }.sort { it.name }
stored[0].text = stored[0].text.substring(0, stored[0].text.length() / 2 as int)
new File(entries, stored[1].name + '.1234.tmp').text = '{"formatVersion": 1, "id": "demo.Code'
true
