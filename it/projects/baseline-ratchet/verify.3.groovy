// Step 3, the ratchet again: loose is now the same as its baseline, so nothing improved and the file is not touched.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def file = new File(basedir, 'allocbudget-baseline.json')

assert log =~ /\[INFO\] \[2\/3\] demo\.RatchetBudget#loose  16 B\/op  1 obj\/op  PASS  0\.0 s  \(unchanged\)\n/
assert log =~ /\[INFO\] allocbudget: 3 methods checked in \d+\.\d s: 3 passed \(0 improved, 1 new\), 0 over budget, 0 regressed, 0 errors\n/
assert log.contains('[INFO] Ratchet: nothing improved; allocbudget-baseline.json is unchanged.\n')
assert !log.contains('Improved on the baseline') && !log.contains('Ratchet: tightened')
assert log.contains('BUILD SUCCESS')
assert file.text == new File(basedir, 'baseline-ratcheted.json').text
assert file.lastModified() == new File(basedir, 'baseline-ratcheted.mtime').text as long : 'not even rewritten'

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
assert json.methods*.baseline*.status == ['NEW', 'SAME', 'SAME']
assert json.methods*.baseline*.bytesPerOp == [null, 16, 46]
true
