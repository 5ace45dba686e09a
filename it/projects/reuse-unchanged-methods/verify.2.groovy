// Step 2, only the box's budget changed (16 to 32): the verdict changes with no fork at all. The stored figures of
// step 1 stand in for its forks, the confirming one included; the discovery is stored too, and a budget is not
// part of a class's key.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def dir = new File(basedir, 'target/allocbudget')

// Within its budget now, the box's first fork decides: a fresh build would not run the confirming fork that counted
// its objects either, so the reused result is the one a fresh build gives (no obj/op, no sites).
assert log =~ /\[INFO\] \[1\/3\] demo\.BoxBudget#box  24 B\/op  PASS  0\.0 s  \(unchanged\)\n/
assert log =~ /\[INFO\] \[2\/3\] demo\.CodecBudget#encode  32 B\/op  PASS  0\.0 s  \(unchanged\)\n/
assert log =~ /\[INFO\] \[3\/3\] demo\.NamesBudget#name  \d+ B\/op  PASS  0\.0 s  \(unchanged\)\n/
assert log =~ /\[INFO\] allocbudget: 3 methods checked in \d+\.\d s: 3 passed, 0 over budget, 0 errors\n/
assert log.contains('[INFO] allocbudget: 3 of 3 methods unchanged since an earlier build: their figures were'
        + ' reused (-Dallocbudget.reuse=false measures them again)\n')
assert log.contains('BUILD SUCCESS')
assert new File(dir, 'forks').list().findAll { it.endsWith('.events') } == [] : 'no fork ran'

def json = new groovy.json.JsonSlurper().parse(new File(dir, 'report.json'))
assert json.methods*.budget*.bytes == [32, 64, null]
assert json.methods*.verdict == ['PASS', 'PASS', 'PASS']
assert json.methods*.reused == [true, true, true]
assert json.methods*.sites.every { it == null || it == [] }
new File(basedir, 'report-step-2.json').text = new File(dir, 'report.json').text
true
