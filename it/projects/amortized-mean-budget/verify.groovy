// a mean per call is reported as such, checked against the budget like any figure, and stable enough to fail on
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] \[\d\/2\] demo\.BufferBudget#underBudget  7\.273 B\/op \(mean\)  PASS  \d+\.\d s/
assert log =~ /\[\d\/2\] demo\.BufferBudget#overBudget  7\.273 B\/op \(mean\)  (\S+ obj\/op  )?FAIL  \d+\.\d s/
assert log.contains('demo.BufferBudget#overBudget: bytes/op is 7.273, but budget is 7 (a mean per call: 80 B every 11 calls)')
assert log.contains('BUILD FAILURE')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
def byId = json.methods.collectEntries { [(it.id): it] }
[byId['demo.BufferBudget#overBudget'], byId['demo.BufferBudget#underBudget']].each { m ->
    assert m.bytesPerOp == 7.273
    assert m.amortized == true
    assert m.period.calls == 11
    assert m.period.bytes == 80
    assert m.callerBytesPerOp == 7.273
    assert m.otherThreadsBytesPerOp == 0
}
assert byId['demo.BufferBudget#underBudget'].verdict == 'PASS'
assert byId['demo.BufferBudget#overBudget'].verdict == 'FAIL'
// the confirming fork counts the objects over a whole number of periods: 1/11 of a byte[64] per call
def site = byId['demo.BufferBudget#overBudget'].sites[0]
assert site.type == 'byte[]'
assert site.thread == 'main'
assert Math.abs(site.objectsPerOp - 1 / 11) < 0.001
